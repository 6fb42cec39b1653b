package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.spi.ChannelRegistry;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.FakeChannelProvider;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook and polled events reach one handler in one shape; channels opened from configs. */
class ChannelEventsTest {

  @Test
  void pushedAndPolledEventsLookAlike() {
    List<ChannelEvent> seen = Collections.synchronizedList(new ArrayList<>());
    EventHandler handler = (channel, events) -> seen.addAll(events);
    try (ChannelHub hub =
        ChannelHub.builder()
            .registry(ChannelRegistry.builder().register(new FakeChannelProvider()).build())
            .open("fake", ChannelConfig.builder().set("fake.page-size", "3").build())
            .build()) {
      FakeChannel fake = (FakeChannel) hub.channel("fake");
      String orderId =
          fake.driver().createOrder(OrderSpec.of("JEJU-5KG", "감귤", 2, Money.krw(19_900)));
      fake.driver().changeOrderStatus(orderId, OrderStatus.CANCELLED);

      // pushed: the tool's webhook endpoint verifies and hands events over
      WebhookRequest push = fake.driver().signedWebhook(orderId, ChannelEvent.Type.ORDER_CANCELLED);
      handler.handle("fake", hub.channel("fake").parseWebhook(push.headers(), push.body()));

      // polled: the same handler gets events from the sync
      OrderSync sync =
          hub.orderSync()
              .checkpoints(new InMemoryCheckpointStore())
              .events(handler)
              .eventsForPushChannels(true) // the fake pushes; poll it anyway for this test
              .pollInterval(Duration.ofMillis(5))
              .build()
              .start();
      try {
        HubFixtures.await(() -> seen.size() >= 2, Duration.ofSeconds(20), seen::toString);
      } finally {
        sync.stop();
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(seen).hasSize(2);
    ChannelEvent webhook = seen.get(0);
    ChannelEvent polled = seen.get(1);
    assertThat(webhook.source()).isEqualTo(ChannelEvent.Source.WEBHOOK);
    assertThat(polled.source()).isEqualTo(ChannelEvent.Source.POLLING);
    for (ChannelEvent e : seen) {
      assertThat(e.type()).isEqualTo(ChannelEvent.Type.ORDER_CANCELLED);
      assertThat(e.channelId()).isEqualTo("fake");
      assertThat(((OrderEvent) e).order().status()).isEqualTo(OrderStatus.CANCELLED);
    }
    Order polledOrder = ((OrderEvent) polled).order();
    Order webhookOrder = ((OrderEvent) webhook).order();
    assertThat(polledOrder.orderId()).isEqualTo(webhookOrder.orderId());
    assertThat(polledOrder.version()).isEqualTo(webhookOrder.version());
  }
}
