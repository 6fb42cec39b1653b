package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  /** The compact arrays against a plain LRU map, over random keys, repeats and evictions. */
  @Test
  void behavesExactlyLikeAnLruMapOfTheKeys() {
    for (int capacity : new int[] {1, 7, 1024, 3000}) {
      OrderDeduplicator d = new OrderDeduplicator(capacity);
      Map<String, Boolean> model =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > capacity;
            }
          };
      Random random = new Random(capacity);
      int universe = capacity * 3;
      for (int op = 0; op < 60_000; op++) {
        String key = "naver/" + random.nextInt(universe) + "@" + random.nextInt(3);
        if (random.nextInt(4) == 0) {
          assertThat(d.contains(key))
              .as("contains %s at op %d", key, op)
              .isEqualTo(model.containsKey(key));
        } else {
          boolean absent = model.put(key, Boolean.TRUE) == null;
          assertThat(d.firstTime(key)).as("firstTime %s at op %d", key, op).isEqualTo(absent);
        }
        assertThat(d.size()).isEqualTo(model.size());
      }
      for (String key : model.keySet()) {
        assertThat(d.contains(key)).as(key).isTrue();
      }
      d.clear();
      assertThat(d.size()).isZero();
      assertThat(d.contains(model.keySet().iterator().next())).isFalse();
    }
  }

  @Test
  void keysThatDifferOnlyInOrderOrLengthAreDifferent() {
    OrderDeduplicator d = new OrderDeduplicator(10);
    assertThat(d.firstTime("naver/12@3")).isTrue();
    assertThat(d.firstTime("naver/21@3")).isTrue();
    assertThat(d.firstTime("naver/1@23")).isTrue();
    assertThat(d.firstTime("")).isTrue();
    assertThat(d.firstTime("\0")).isTrue();
    assertThat(d.size()).isEqualTo(5);
    long[] ab = new long[2];
    long[] ba = new long[2];
    OrderDeduplicator.fingerprint("abcdefgh", ab);
    OrderDeduplicator.fingerprint("abcdefhg", ba);
    assertThat(ab[0]).isNotEqualTo(ba[0]);
    assertThat(ab[1]).isNotEqualTo(ba[1]);
    OrderDeduplicator.fingerprint("a", ab);
    OrderDeduplicator.fingerprint("a\0", ba); // the same chars packed, a different length
    assertThat(ab[0]).isNotEqualTo(ba[0]);
    assertThat(ab[1]).isNotEqualTo(ba[1]);
  }
}
