package io.channelbridge.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LiveScheduleValidatorTest {
  private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
  private final LiveScheduleValidator validator =
      LiveScheduleValidator.forChannel(
          "naver",
          new LiveConstraints(
              30, Duration.ofMinutes(10), Duration.ofMinutes(180), 1, 2, Duration.ofMinutes(30)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void validScheduleHasNoViolations() {
    LiveSchedule s =
        LiveSchedule.builder()
            .title("감귤 라이브")
            .start(NOW.plus(Duration.ofHours(1)))
            .end(NOW.plus(Duration.ofHours(2)))
            .feature(ListingRef.of("naver", "1", "SKU-1"))
            .build();
    assertThat(s.duration()).isEqualTo(Duration.ofHours(1));
    assertThat(validator.validate(s)).isEmpty();
  }

  @Test
  void reportsEveryViolation() {
    LiveSchedule s =
        LiveSchedule.builder()
            .title("")
            .start(NOW.plus(Duration.ofMinutes(5)))
            .duration(Duration.ofMinutes(500))
            .feature(ListingRef.of("coupang", "1", "A"))
            .feature(ListingRef.of("naver", "1", "A"))
            .feature(ListingRef.of("naver", "1", "A"))
            .thumbnailUrl("not a url")
            .build();
    assertThat(validator.validate(s))
        .extracting(Violation::field)
        .containsExactly(
            "title", "start", "duration", "featured", "featured[0]", "featured[2]", "thumbnailUrl");
  }
}
