package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A checkpoint's instants read as {@code Instant.parse} reads them, invalid ones refused. */
class CheckpointsInstantTest {
  @Test
  void readsWhatInstantToStringWrote() {
    for (String text :
        new String[] {
          "2026-11-29T00:00:00Z",
          "2026-11-29T23:59:59.999Z",
          "2024-02-29T12:00:00.000001Z",
          "1970-01-01T00:00:00.123456789Z",
          "2026-11-29T09:00:00+09:00"
        }) {
      assertThat(Checkpoints.instant("naver", Map.of("k", text), "k"))
          .as(text)
          .isEqualTo(Instant.parse(text));
    }
    assertThat(Checkpoints.instant("naver", Map.of(), "k")).isNull();
  }

  @Test
  void refusesWhatIsNotAnInstant() {
    for (String text :
        new String[] {"2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "yesterday Z", "Z", ""}) {
      assertThatThrownBy(() -> Checkpoints.instant("naver", Map.of("k", text), "k"))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a checkpoint of the naver channel");
    }
  }
}
