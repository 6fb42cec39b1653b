package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pull's shortcuts give what the plain way gives. */
class NaverPullShortcutsTest {
  private static final Instant NOW = Instant.parse("2026-03-05T00:00:00Z");

  /** The option text parser before it scanned by hand: {@code String.split}. */
  private static Map<String, String> splitOptions(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : text.split("/")) {
      int colon = part.indexOf(':');
      if (colon <= 0) {
        return Map.of("option", text.strip());
      }
      out.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
    }
    return out;
  }

  @Test
  void optionsAreReadAsSplitReadThem() {
    for (String text :
        List.of(
            "색상: 빨강 / 사이즈: L",
            "색상:빨강",
            "a: b/",
            "a: b//",
            "a: b//c: d",
            "/a: b",
            "//",
            "/",
            ":x",
            "a: b/:x",
            "ab/c:d",
            "a: b/ ",
            "a: b: c / d : e",
            "  단일 옵션  ",
            "a:/b:",
            " ")) {
      assertThat(NaverMapper.options(text)).as(text).isEqualTo(splitOptions(text));
      assertThat(List.copyOf(NaverMapper.options(text).keySet()))
          .as(text)
          .isEqualTo(List.copyOf(splitOptions(text).keySet()));
    }
  }

  @Test
  void aCheckpointReadBackFromTextGivesTheSameRequest() {
    OrderPull pull = new OrderPull(Duration.ofMinutes(5), Duration.ofDays(1));
    OrderPull.Request first = pull.request(Checkpoint.since(NOW.minus(Duration.ofDays(3))), NOW);
    Instant moreFrom = first.from().plus(Duration.ofMillis(7_200_123));
    Checkpoint paged = pull.next(first, moreFrom, "P42");
    // The same values as other String objects: the parse path.
    Map<String, String> copy = new HashMap<>();
    paged.values().forEach((k, v) -> copy.put(k, new String(v)));
    OrderPull.Request direct = pull.request(paged, NOW);
    assertThat(direct).isEqualTo(pull.request(Checkpoint.of(copy), NOW));
    assertThat(direct).isEqualTo(new OrderPull.Request(moreFrom, first.to(), "P42"));

    Checkpoint again = pull.next(direct, moreFrom.plusSeconds(1), "P43");
    assertThat(again.values().get(OrderPull.TO)).isEqualTo(first.to().toString());
    Checkpoint done = pull.next(pull.request(again, NOW), null, null);
    Map<String, String> doneCopy = new HashMap<>();
    done.values().forEach((k, v) -> doneCopy.put(k, new String(v)));
    assertThat(pull.request(done, NOW)).isEqualTo(pull.request(Checkpoint.of(doneCopy), NOW));
    assertThat(pull.request(done, NOW).from()).isEqualTo(first.to().minus(Duration.ofMinutes(5)));
  }
}
