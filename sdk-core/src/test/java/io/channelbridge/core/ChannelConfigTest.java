package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.error.ChannelConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelConfigTest {

  private static final String SECRET = "$2a$10$abcdefghijklmnopqrstuv";

  @Test
  void environmentNameFollowsTheConvention() {
    assertThat(ChannelConfig.environmentName("naver.client-secret"))
        .isEqualTo("CHANNELBRIDGE_NAVER_CLIENT_SECRET");
    assertThat(ChannelConfig.environmentName("delivery-app.shop-id"))
        .isEqualTo("CHANNELBRIDGE_DELIVERY_APP_SHOP_ID");
  }

  @Test
  void codeBeatsEnvironmentBeatsProperties() {
    Properties props = new Properties();
    props.setProperty("naver.account-id", "from-props");
    props.setProperty("naver.client-id", "from-props");
    props.setProperty("naver.base-url", "https://props.example");
    ChannelConfig config =
        ChannelConfig.builder()
            .properties(props)
            .environment(
                Map.of(
                    "CHANNELBRIDGE_NAVER_CLIENT_ID", "from-env",
                    "CHANNELBRIDGE_NAVER_ACCOUNT_ID", "from-env"))
            .set("naver.account-id", "from-code")
            .build();
    assertThat(config.require("naver.account-id")).isEqualTo("from-code");
    assertThat(config.require("naver.client-id")).isEqualTo("from-env");
    assertThat(config.require("naver.base-url")).isEqualTo("https://props.example");
  }

  @Test
  void propertiesFileIsReadAsUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("channels.properties");
    Files.writeString(file, "naver.account-id=스토어\n");
    ChannelConfig config = ChannelConfig.builder().propertiesFile(file).build();
    assertThat(config.require("naver.account-id")).isEqualTo("스토어");
  }

  @Test
  void missingSettingNamesTheKeyAndTheVariable() {
    ChannelConfig config = ChannelConfig.builder().build();
    assertThatThrownBy(() -> config.require("coupang.vendor-id"))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.vendor-id")
        .hasMessageContaining("CHANNELBRIDGE_COUPANG_VENDOR_ID")
        .satisfies(
            e -> assertThat(((ChannelConfigurationException) e).channelId()).isEqualTo("coupang"));
  }

  @Test
  void blankCountsAsMissing() {
    ChannelConfig config = ChannelConfig.builder().set("naver.client-id", "  ").build();
    assertThat(config.get("naver.client-id")).isEmpty();
  }

  @Test
  void malformedSettingsNameTheKey() {
    ChannelConfig config =
        ChannelConfig.builder()
            .set("fake.page-size", "ten")
            .set("naver.base-url", "ftp://x")
            .set("fake.timeout", "soon")
            .set("fake.review", "maybe")
            .build();
    assertThatThrownBy(() -> config.getInt("fake.page-size", 1))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("fake.page-size")
        .hasMessageContaining("'ten'");
    assertThatThrownBy(() -> config.requireUri("naver.base-url"))
        .hasMessageContaining("naver.base-url");
    assertThatThrownBy(() -> config.getDuration("fake.timeout", Duration.ZERO))
        .hasMessageContaining("fake.timeout");
    assertThatThrownBy(() -> config.getBoolean("fake.review", true))
        .hasMessageContaining("fake.review");
  }

  @Test
  void typedGettersParse() {
    ChannelConfig config =
        ChannelConfig.builder()
            .set("a.n", "7")
            .set("a.d", "PT2S")
            .set("a.s", "30")
            .set("a.b", "TRUE")
            .build();
    assertThat(config.getInt("a.n", 0)).isEqualTo(7);
    assertThat(config.getInt("a.missing", 3)).isEqualTo(3);
    assertThat(config.getDuration("a.d", null)).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.getDuration("a.s", null)).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.getBoolean("a.b", false)).isTrue();
  }

  @Test
  void toStringAndErrorsNeverShowSecrets() {
    ChannelConfig config =
        ChannelConfig.builder()
            .set("naver.client-id", "aaaabbbbcccc")
            .set("naver.client-secret", SECRET)
            .set("coupang.secret-key", "coupang-secret-value")
            .secret("ott-shopping.partner-pin", "1234-5678")
            .set("coupang.access-key", "not-a-number")
            .build();
    assertThat(config.toString())
        .contains("aaaabbbbcccc")
        .doesNotContain(SECRET)
        .doesNotContain("coupang-secret-value")
        .doesNotContain("1234-5678");
    assertThat(config.requireSecret("naver.client-secret").toString()).isEqualTo("****");
    assertThat(config.requireSecret("naver.client-secret").reveal()).isEqualTo(SECRET);
    assertThatThrownBy(() -> config.getInt("coupang.access-key", 0))
        .hasMessageContaining("coupang.access-key")
        .hasMessageNotContaining("not-a-number");
  }

  @Test
  void resourcesAreTypedAndSurviveToBuilder() {
    StringBuilder shared = new StringBuilder("shared");
    ChannelConfig config =
        ChannelConfig.builder()
            .set("x.client-secret", "hidden")
            .resource(StringBuilder.class, shared)
            .build();
    ChannelConfig copy = config.toBuilder().set("x.account-id", "a").build();
    assertThat(copy.resource(StringBuilder.class)).containsSame(shared);
    assertThat(copy.resource(String.class)).isEmpty();
    assertThat(copy.require("x.account-id")).isEqualTo("a");
    assertThat(copy.requireSecret("x.client-secret").reveal()).isEqualTo("hidden");
    assertThat(copy.toString()).contains("StringBuilder").doesNotContain("hidden");
  }

  @Test
  void rangedNumbersDurationsAndPathsNameTheKeyWhenOutOfBounds() {
    ChannelConfig c =
        ChannelConfig.builder()
            .set("x.limit", "301")
            .set("x.overlap", "PT2H")
            .set("x.path", "/v1/lives")
            .build();
    assertThat(c.getInt("x.other", 7, 1, 10)).isEqualTo(7);
    assertThatThrownBy(() -> c.getInt("x.limit", 100, 1, 300))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("x.limit")
        .hasMessageContaining("1 to 300");
    assertThatThrownBy(
            () ->
                c.getDuration(
                    "x.overlap",
                    java.time.Duration.ZERO,
                    java.time.Duration.ZERO,
                    java.time.Duration.ofHours(1)))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("x.overlap");
    assertThat(c.getPath("x.path", "/d")).isEqualTo("/v1/lives");
    assertThat(c.getPath("x.none", "/d/{id}", "{id}")).isEqualTo("/d/{id}");
    assertThatThrownBy(() -> c.getPath("x.path", "/d/{id}", "{id}"))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("x.path")
        .hasMessageContaining("{id}");
  }
}
