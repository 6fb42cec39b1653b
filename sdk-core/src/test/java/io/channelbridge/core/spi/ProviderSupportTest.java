package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.http.ChannelCallListener;
import io.channelbridge.core.http.HttpStack;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unknown keys fail at open; transport settings are read from config. */
class ProviderSupportTest {
  private static final Set<String> KEYS =
      Set.of("naver.client-id", "naver.client-secret", "naver.orders.limit-count");

  private static ChannelConfig.Builder base() {
    return ChannelConfig.builder()
        .set("naver.client-id", "id")
        .set("naver.client-secret", "s3cr3t");
  }

  @Test
  void aMisspeltKeyFailsNamingItAndTheLikelyKeyButNeverAValue() {
    ChannelConfig config = base().set("naver.client-secrte", "leaked-value").build();

    assertThatThrownBy(() -> ProviderSupport.open("naver", config, KEYS))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("'naver.client-secrte'")
        .hasMessageContaining("did you mean 'naver.client-secret'")
        .hasMessageNotContaining("leaked-value")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void aMisspeltEnvironmentVariableFailsToo() {
    ChannelConfig config =
        base()
            .environment(
                Map.of(
                    "CHANNELBRIDGE_NAVER_CLIENT_SECRTE", "leaked-value",
                    "CHANNELBRIDGE_NAVER_CLIENT_ID", "id",
                    "CHANNELBRIDGE_NAVER_HTTP_MAX_ATTEMPTS", "2",
                    "CHANNELBRIDGE_COUPANG_WHATEVER", "x",
                    "PATH", "/bin"))
            .build();

    assertThatThrownBy(() -> ProviderSupport.open("naver", config, KEYS))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("environment variable CHANNELBRIDGE_NAVER_CLIENT_SECRTE")
        .hasMessageContaining("did you mean 'CHANNELBRIDGE_NAVER_CLIENT_SECRET'")
        .hasMessageNotContaining("leaked-value")
        .hasMessageNotContaining("COUPANG");
  }

  @Test
  void aKeyInAPropertiesFileIsCheckedAndAFarOffOneGetsNoSuggestion() {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("naver.something-else-entirely", "1");
    ChannelConfig config = base().properties(props).build();

    assertThatThrownBy(() -> ProviderSupport.open("naver", config, KEYS))
        .hasMessageContaining("'naver.something-else-entirely'")
        .hasMessageNotContaining("did you mean");
  }

  @Test
  void transportKeysAndOtherChannelsKeysAreAccepted() {
    ChannelConfig config =
        base()
            .set("naver.http.max-attempts", "5")
            .set("naver.http.backoff", "PT0.2S")
            .set("naver.http.max-backoff", "PT1S")
            .set("naver.http.rate-limit", "7")
            .set("naver.http.connect-timeout", "PT1S")
            .set("naver.http.read-timeout", "PT2S")
            .set("naver.http.call-timeout", "PT9S")
            .set("coupang.anything", "x")
            .set("naverx.other", "y")
            .build();

    ProviderSupport support = ProviderSupport.open("naver", config, KEYS);

    assertThat(support.retryPolicy().build().maxAttempts()).isEqualTo(5);
    assertThat(support.retryPolicy().build().baseDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(support.retryPolicy().build().maxDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(support.rateLimit(RateLimit.perSecond(20))).contains(RateLimit.perSecond(7));
  }

  @Test
  void theRateLimitIsTheDocumentedOneUnlessSetOrLifted() {
    assertThat(
            ProviderSupport.open("naver", base().build(), KEYS).rateLimit(RateLimit.perSecond(20)))
        .contains(RateLimit.perSecond(20));
    assertThat(
            ProviderSupport.open("naver", base().set("naver.http.rate-limit", "none").build(), KEYS)
                .rateLimit(RateLimit.perSecond(20)))
        .isEmpty();
  }

  @Test
  void malformedTransportSettingsFailNamingTheKey() {
    assertThatThrownBy(
            () ->
                ProviderSupport.open(
                    "naver", base().set("naver.http.rate-limit", "fast").build(), KEYS))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("naver.http.rate-limit");
    assertThatThrownBy(
            () ->
                ProviderSupport.open(
                    "naver", base().set("naver.http.max-attempts", "0").build(), KEYS))
        .hasMessageContaining("naver.http.max-attempts");
    assertThatThrownBy(
            () ->
                ProviderSupport.open(
                    "naver",
                    base()
                        .set("naver.http.backoff", "PT2S")
                        .set("naver.http.max-backoff", "PT1S")
                        .build(),
                    KEYS))
        .hasMessageContaining("naver.http.max-backoff");
    assertThatThrownBy(
            () ->
                ProviderSupport.open(
                    "naver", base().set("naver.http.read-timeout", "PT0S").build(), KEYS))
        .hasMessageContaining("naver.http.read-timeout");
  }

  @Test
  void theListenerAndStackComeFromResources() {
    ChannelCallListener listener = new ChannelCallListener() {};
    try (HttpStack stack = HttpStack.create()) {
      ProviderSupport support =
          ProviderSupport.open(
              "naver", base().listener(listener).resource(HttpStack.class, stack).build(), KEYS);
      assertThat(support.listener()).isSameAs(listener);
      assertThat(support.stack()).isSameAs(stack);
      assertThat(support.ownsStack()).isFalse();
    }
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertThat(ProviderSupport.distance("client-secrte", "client-secret")).isEqualTo(1);
    assertThat(ProviderSupport.distance("abc", "abc")).isZero();
  }
}
