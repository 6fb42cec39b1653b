package io.channelbridge.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventIdDeduplicatorTest {

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void repeatsAreDroppedWithinRetention() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    EventIdDeduplicator d = new EventIdDeduplicator(10, Duration.ofHours(1), clock);
    assertThat(d.markSeen("a")).isTrue();
    assertThat(d.markSeen("a")).isFalse();
    clock.advance(Duration.ofMinutes(59));
    assertThat(d.markSeen("a")).isFalse();
    clock.advance(Duration.ofMinutes(2));
    assertThat(d.markSeen("a")).as("forgotten after the retention").isTrue();
  }

  @Test
  void memoryIsBoundedByCapacityOldestFirst() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    EventIdDeduplicator d = new EventIdDeduplicator(3, Duration.ofDays(1), clock);
    for (int i = 0; i < 1_000; i++) {
      assertThat(d.markSeen("e" + i)).isTrue();
    }
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.markSeen("e999")).isFalse();
    assertThat(d.markSeen("e0")).as("evicted long ago").isTrue();
  }
}
