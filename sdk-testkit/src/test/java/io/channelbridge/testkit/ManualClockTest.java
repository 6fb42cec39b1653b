package io.channelbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ManualClockTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void standsStillUntilMoved() {
    ManualClock clock = new ManualClock(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advancesAndSets() {
    ManualClock clock = new ManualClock(T0);
    assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(T0.plusSeconds(300));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));
    clock.set(T0.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(T0.minusSeconds(60));
  }

  @Test
  void refusesToAdvanceBackwards() {
    ManualClock clock = new ManualClock(T0);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void zonedViewSharesTheInstant() {
    ManualClock utc = new ManualClock(T0);
    ManualClock seoul = utc.withZone(ZoneId.of("Asia/Seoul"));
    assertThat(seoul.getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    utc.advance(Duration.ofHours(1));
    assertThat(seoul.instant()).isEqualTo(T0.plusSeconds(3600));
    seoul.advance(Duration.ofHours(1));
    assertThat(utc.instant()).isEqualTo(T0.plusSeconds(7200));
    assertThat(utc.withZone(ZoneOffset.UTC)).isSameAs(utc);
  }

  @Test
  void defaultStartsNearNow() {
    Instant before = Instant.now().minusSeconds(1);
    assertThat(new ManualClock().instant()).isBetween(before, Instant.now().plusSeconds(1));
  }

  @Test
  void concurrentAdvancesAreNotLost() throws InterruptedException {
    ManualClock clock = new ManualClock(T0);
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                for (int i = 0; i < 1000; i++) {
                  clock.advance(Duration.ofMillis(1));
                }
              });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(clock.instant()).isEqualTo(T0.plusMillis(4000));
  }
}
