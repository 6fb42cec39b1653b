package io.channelbridge.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared pieces, on the simulator's clock only. */
class SimulatorBaseTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T00:00:00.900Z"));

  @Test
  void rateWindowCountsAnySecondOfTheSimulatorsClockPlusRealTime() {
    long[] real = {0};
    RateWindow window = new RateWindow(clock, 2, () -> real[0]);
    assertThat(window.tryAcquire()).isTrue();
    assertThat(window.tryAcquire()).isTrue();
    assertThat(window.tryAcquire()).isFalse();
    clock.advance(Duration.ofMillis(999)); // any second counts, not whole seconds
    assertThat(window.tryAcquire()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(window.tryAcquire()).isTrue();
    assertThat(window.tryAcquire()).isTrue();
    assertThat(window.tryAcquire()).isFalse();
    real[0] += 1_000_000_000L; // a second passes for real while the test's clock stands still
    assertThat(window.tryAcquire()).as("a frozen clock never freezes the limit").isTrue();
    window.enabled(false);
    for (int i = 0; i < 10; i++) {
      assertThat(window.tryAcquire()).isTrue();
    }
  }

  @Test
  void tokensExpireOnTheSimulatorsClockAndCanBeRevoked() {
    TokenIssuer issuer = new TokenIssuer(clock, Duration.ofHours(1));
    TokenIssuer.Token t = issuer.issue();
    assertThat(issuer.verify("Bearer " + t.value())).isTrue();
    assertThat(issuer.verify(t.value())).isFalse();
    assertThat(issuer.reuseOrIssue(Duration.ofMinutes(30))).isEqualTo(t);
    clock.advance(Duration.ofMinutes(31));
    TokenIssuer.Token fresh = issuer.reuseOrIssue(Duration.ofMinutes(30));
    assertThat(fresh).isNotEqualTo(t);
    assertThat(fresh.expiresIn(clock.instant())).isEqualTo(3600);
    clock.advance(Duration.ofMinutes(29));
    assertThat(issuer.verify("Bearer " + t.value())).as("expired").isFalse();
    issuer.revokeAll();
    assertThat(issuer.verify("Bearer " + fresh.value())).isFalse();
    assertThat(issuer.issued()).isEqualTo(2);
  }

  @Test
  void keysetPagesByTimeThenIdAndNamesTheNextRow() {
    record Row(Instant at, String id) {}
    Instant t = clock.instant();
    List<Row> rows = List.of(new Row(t, "b"), new Row(t, "a"), new Row(t.plusSeconds(1), "a"));
    Keyset.Page<Row> first = Keyset.page(rows, Row::at, Row::id, r -> true, 2);
    assertThat(first.rows()).containsExactly(new Row(t, "a"), new Row(t, "b"));
    assertThat(first.next()).isEqualTo(new Row(t.plusSeconds(1), "a"));
    Keyset.Key after = Keyset.Key.decode(new Keyset.Key(t, "b").encode());
    Keyset.Page<Row> rest =
        Keyset.page(rows, Row::at, Row::id, r -> after.before(r.at(), r.id(), false), 2);
    assertThat(rest.rows()).containsExactly(new Row(t.plusSeconds(1), "a"));
    assertThat(rest.next()).isNull();
    assertThatThrownBy(() -> Keyset.Key.decode("not a cursor"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
