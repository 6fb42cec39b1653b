package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class OrderStreamTest {

  private static Order order(String id) {
    return Order.builder()
        .channelId("t")
        .orderId(id)
        .version("1")
        .status(OrderStatus.NEW, "NEW")
        .amounts(new OrderAmounts(Money.krw(1), Money.krw(0), Money.krw(0), Money.krw(1)))
        .placedAt(Instant.EPOCH)
        .updatedAt(Instant.EPOCH)
        .build();
  }

  private static Checkpoint at(int page) {
    return Checkpoint.of(java.util.Map.of("page", Integer.toString(page)));
  }

  /** Pages: [a, b], [] (empty, more), [c], then the end. */
  private static final class Pages implements OrderStream.PageSource {
    final List<Checkpoint> pulled = new ArrayList<>();

    @Override
    public OrderPage pull(Checkpoint cp) {
      pulled.add(cp);
      int page = Integer.parseInt(cp.get("page").orElse("0"));
      return switch (page) {
        case 0 -> new OrderPage(List.of(order("a"), order("b")), at(1), true);
        case 1 -> new OrderPage(List.of(), at(2), true);
        case 2 -> new OrderPage(List.of(order("c")), at(3), false);
        default -> throw new AssertionError("pulled past the end: " + cp);
      };
    }
  }

  @Test
  void isLazyAndWalksEveryPageOnce() {
    Pages pages = new Pages();
    List<String> ids = new ArrayList<>();
    try (OrderStream s = new OrderStream(pages, Checkpoint.initial())) {
      assertThat(pages.pulled).as("nothing pulled before hasNext").isEmpty();
      for (Order o : s) {
        ids.add(o.orderId());
      }
      assertThat(s.hasNext()).isFalse();
      assertThat(s.checkpoint()).isEqualTo(at(3));
      assertThatThrownBy(s::next).isInstanceOf(NoSuchElementException.class);
    }
    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(pages.pulled).containsExactly(Checkpoint.initial(), at(1), at(2));
  }

  @Test
  void checkpointMovesOnlyAfterEveryOrderOfAPage() {
    OrderStream s = new OrderStream(new Pages(), Checkpoint.initial());
    assertThat(s.checkpoint()).isEqualTo(Checkpoint.initial());
    assertThat(s.next().orderId()).isEqualTo("a");
    assertThat(s.checkpoint()).as("in the middle of page 0").isEqualTo(Checkpoint.initial());
    assertThat(s.next().orderId()).isEqualTo("b");
    assertThat(s.checkpoint()).as("page 0 done").isEqualTo(at(1));
    assertThat(s.next().orderId()).as("past the empty page").isEqualTo("c");
    assertThat(s.checkpoint()).isEqualTo(at(3));
    s.close();
    assertThat(s.hasNext()).isFalse();
  }

  @Test
  void closingMidPageKeepsTheCheckpointBeforeThatPage() {
    OrderStream s = new OrderStream(new Pages(), Checkpoint.initial());
    s.next();
    s.close();
    assertThat(s.hasNext()).isFalse();
    assertThat(s.checkpoint()).isEqualTo(Checkpoint.initial());
  }

  @Test
  void aFailedPullLeavesTheCheckpoint() {
    int[] calls = {0};
    OrderStream s =
        new OrderStream(
            cp -> {
              if (calls[0]++ == 1) {
                throw new IllegalStateException("down");
              }
              return new OrderPage(List.of(order("a")), at(1), true);
            },
            Checkpoint.initial());
    assertThat(s.next().orderId()).isEqualTo("a");
    assertThatThrownBy(s::hasNext).hasMessage("down");
    assertThat(s.checkpoint()).isEqualTo(at(1));
  }

  @Test
  void listingPageHasMoreExactlyWithACursor() {
    assertThat(new ListingPage(List.of(), null).hasMore()).isFalse();
    assertThat(new ListingPage(List.of(), "p2").hasMore()).isTrue();
    assertThat(ListingPage.FIRST).isNull();
    assertThatThrownBy(() -> new ListingPage(List.of(), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
