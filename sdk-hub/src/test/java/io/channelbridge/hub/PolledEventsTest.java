package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolledEventsTest {
  @Test
  void infersTheTypeFromTheOrderState() {
    LogChannel log = new LogChannel("coupang", 10);
    Order created = log.change("A", OrderStatus.NEW);
    Order updated = log.change("A", OrderStatus.ACKNOWLEDGED);
    Order cancelled = log.change("A", OrderStatus.CANCELLED);

    List<ChannelEvent> events = PolledEvents.fromOrders(List.of(created, updated, cancelled));

    assertThat(events)
        .extracting(ChannelEvent::type)
        .containsExactly(
            ChannelEvent.Type.ORDER_CREATED,
            ChannelEvent.Type.ORDER_UPDATED,
            ChannelEvent.Type.ORDER_CANCELLED);
    ChannelEvent e = events.get(1);
    assertThat(e.source()).isEqualTo(ChannelEvent.Source.POLLING);
    assertThat(e.eventId()).isEqualTo("polled:coupang/A@2");
    assertThat(e.channelId()).isEqualTo("coupang");
    assertThat(e.occurredAt()).isEqualTo(updated.updatedAt());
    assertThat(e)
        .isInstanceOfSatisfying(OrderEvent.class, oe -> assertThat(oe.order()).isSameAs(updated));
    assertThat(e.raw()).isNull();
  }
}
