package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {
  @Test
  void writesWhatInstantToStringWrites() {
    for (String s :
        new String[] {
          "1970-01-01T00:00:00Z",
          "2026-11-28T03:31:05.250Z",
          "2026-02-28T23:59:59.000001Z",
          "2024-02-29T12:00:00.123456789Z",
          "2000-03-01T00:00:00.100Z",
          "1969-12-31T23:59:59.999999999Z",
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999Z",
          "1900-03-01T00:00:00Z"
        }) {
      Instant i = Instant.parse(s);
      assertThat(InstantText.of(i)).isEqualTo(i.toString()).isEqualTo(s);
    }
    SplittableRandom random = new SplittableRandom(12);
    for (int k = 0; k < 200_000; k++) {
      long seconds = random.nextLong(-62167219200L - 86_400L * 400, 253402300799L + 86_400L * 400);
      int nano =
          switch (k % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant i = Instant.ofEpochSecond(seconds, nano);
      assertThat(InstantText.of(i)).isEqualTo(i.toString());
    }
  }
}
