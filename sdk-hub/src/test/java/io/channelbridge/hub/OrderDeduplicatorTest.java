package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDeduplicatorTest {

  @Test
  void dropsRepeatsWithinAListAndAgainstWhatWasMarked() {
    LogChannel log = new LogChannel("naver", 10);
    Order a1 = log.change("A", OrderStatus.NEW);
    Order b1 = log.change("B", OrderStatus.NEW);
    Order a2 = log.change("A", OrderStatus.ACKNOWLEDGED);
    OrderDeduplicator d = new OrderDeduplicator(10);

    assertThat(d.unseen(List.of(a1, b1, a1))).containsExactly(a1, b1);
    assertThat(d.unseen(List.of(a1))).containsExactly(a1); // unseen() records nothing
    d.markSeen(List.of(a1, b1));
    assertThat(d.unseen(List.of(a1, b1, a2))).containsExactly(a2);
    assertThat(d.firstTime(a2.dedupeKey())).isTrue();
    assertThat(d.firstTime(a2.dedupeKey())).isFalse();
    assertThat(d.contains("naver/A@1")).isTrue();
    assertThat(d.size()).isEqualTo(3);
  }

  @Test
  void memoryIsBoundedAndTheOldestKeyGoesFirst() {
    OrderDeduplicator d = new OrderDeduplicator(3);
    d.firstTime("k1");
    d.firstTime("k2");
    d.firstTime("k3");
    d.firstTime("k1"); // refreshed: k2 is now the oldest
    d.firstTime("k4");
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.contains("k2")).isFalse();
    assertThat(d.contains("k1")).isTrue();
    for (int i = 0; i < 10_000; i++) {
      d.firstTime("x" + i);
    }
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.capacity()).isEqualTo(3);
    d.clear();
    assertThat(d.size()).isZero();
    assertThatThrownBy(() -> new OrderDeduplicator(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
