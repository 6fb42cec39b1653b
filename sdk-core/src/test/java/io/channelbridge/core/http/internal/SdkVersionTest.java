package io.channelbridge.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where the SDK version in the User-Agent comes from. */
class SdkVersionTest {

  @Test
  void aBuildFilteredResourceWinsThenTheManifestThenDev() throws Exception {
    String filtered =
        SdkVersion.fromProperties(
            new ByteArrayInputStream("version=1.2.3\n".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(SdkVersion.choose(filtered, "9.9.9")).isEqualTo("1.2.3");
    assertThat(SdkVersion.choose("${project.version}", "0.1.0")).isEqualTo("0.1.0");
    assertThat(SdkVersion.choose(null, null)).isEqualTo("dev");
    assertThat(SdkVersion.fromProperties(null)).isNull();
  }

  @Test
  void theUserAgentNamesTheVersionAndTheChannel() {
    assertThat(SdkVersion.userAgent("naver"))
        .isEqualTo("channelbridge-java/" + SdkVersion.current() + " (naver)");
  }
}
