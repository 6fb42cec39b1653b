package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.WebhookVerificationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.ListingEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.webhook.EventIdDeduplicator;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import io.channelbridge.testkit.WebhookSigner;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code parseWebhook} on {@code X-DAP-*} signed events, and the simulator's webhook sender. */
class DeliveryAppWebhookTest {
  private final DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
  private final CommerceChannel channel = DeliveryAppTestSupport.open(sim);

  @AfterEach
  void close() {
    channel.close();
    sim.close();
  }

  private String order() {
    return sim.createOrder(
        OrderSpec.of("SKU-1", "떡볶이", 2, Money.krw(8_000))
            .withFulfilment(FulfilmentKind.QUICK_DELIVERY));
  }

  private WebhookRequest created() {
    return sim.signedWebhook(order(), ChannelEvent.Type.ORDER_CREATED);
  }

  private void refused(Map<String, String> headers, byte[] body, String message) {
    assertThatThrownBy(() -> channel.parseWebhook(headers, body))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining(message);
  }

  @Test
  void validEventBecomesNormalizedOrderEvent() {
    String id = order();
    WebhookRequest r = sim.signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
    List<ChannelEvent> events = channel.parseWebhook(r.headers(), r.body());
    assertThat(events).hasSize(1);
    OrderEvent e = (OrderEvent) events.get(0);
    assertThat(e.eventId()).isEqualTo(r.headers().get("X-DAP-Event-Id"));
    assertThat(e.type()).isEqualTo(ChannelEvent.Type.ORDER_CREATED);
    assertThat(e.source()).isEqualTo(ChannelEvent.Source.WEBHOOK);
    assertThat(e.order().orderId()).isEqualTo(id);
    assertThat(e.order().status()).isEqualTo(OrderStatus.NEW);
    assertThat(e.order().fulfilment()).isEqualTo(FulfilmentKind.QUICK_DELIVERY);
    assertThat(e.order().acceptDeadline())
        .isEqualTo(e.order().placedAt().plus(DeliveryAppSimulator.DEFAULT_ACCEPT_WINDOW));
    assertThat(e.raw()).isEqualTo(r.bodyText());
  }

  @Test
  void itemSoldOutAndUnknownTypesAreEventsToo() {
    String itemId =
        channel
            .listings()
            .publish(
                io.channelbridge.core.model.Listing.builder()
                    .sku("SKU-9")
                    .title("김밥")
                    .price(Money.krw(4_000))
                    .stock(0)
                    .build())
            .listingId();
    WebhookRequest r = sim.signedItemSoldOut(itemId);
    ListingEvent e = (ListingEvent) channel.parseWebhook(r.headers(), r.body()).get(0);
    assertThat(e.type()).isEqualTo(ChannelEvent.Type.LISTING_STATUS_CHANGED);
    assertThat(e.listing().ref().listingId()).isEqualTo(itemId);
    assertThat(e.listing().state()).isEqualTo(ListingState.LIVE);

    String body = "{\"id\":\"evt-x\",\"type\":\"settlement.done\",\"shopId\":\"shop-1\"}";
    WebhookRequest unknown =
        WebhookSigner.deliveryApp(DeliveryAppSimulator.WEBHOOK_SECRET)
            .sign("evt-x", body, sim.now());
    ChannelEvent u = channel.parseWebhook(unknown.headers(), unknown.body()).get(0);
    assertThat(u.type()).isEqualTo(ChannelEvent.Type.UNKNOWN);
    assertThat(u.raw()).isEqualTo(body);
  }

  @Test
  void tamperedBodyIsRefused() {
    WebhookRequest r = created();
    byte[] tampered =
        r.bodyText().replace("\"quantity\":2", "\"quantity\":3").getBytes(StandardCharsets.UTF_8);
    assertThat(new String(tampered, StandardCharsets.UTF_8)).isNotEqualTo(r.bodyText());
    refused(r.headers(), tampered, "signature does not match");
  }

  @Test
  void tamperedSignatureIsRefused() {
    WebhookRequest r = created();
    String sig = r.headers().get("X-DAP-Signature");
    String flipped = sig.substring(0, sig.length() - 1) + (sig.endsWith("0") ? "1" : "0");
    refused(r.withHeader("X-DAP-Signature", flipped).headers(), r.body(), "does not match");
    refused(r.withHeader("X-DAP-Signature", sig.toUpperCase()).headers(), r.body(), "scheme");
  }

  @Test
  void wrongSecretIsRefused() {
    WebhookRequest good = created();
    WebhookRequest forged =
        WebhookSigner.deliveryApp("not-the-secret")
            .sign(good.headers().get("X-DAP-Event-Id"), good.body(), sim.now());
    refused(forged.headers(), forged.body(), "signature does not match");
  }

  @Test
  void timestampTooOldIsRefusedAndJustInsideIsAccepted() {
    String id = order();
    WebhookSigner signer = WebhookSigner.deliveryApp(DeliveryAppSimulator.WEBHOOK_SECRET);
    WebhookRequest r = sim.signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
    WebhookRequest old =
        signer.sign(r.headers().get("X-DAP-Event-Id"), r.body(), sim.now().minusSeconds(301));
    refused(old.headers(), old.body(), "from now");
    WebhookRequest edge =
        signer.sign(r.headers().get("X-DAP-Event-Id"), r.body(), sim.now().minusSeconds(299));
    assertThat(channel.parseWebhook(edge.headers(), edge.body())).hasSize(1);
    sim.advanceClock(Duration.ofMinutes(6));
    refused(r.headers(), r.body(), "from now");
  }

  @Test
  void timestampInTheFutureIsRefused() {
    WebhookRequest r = created();
    WebhookRequest future =
        WebhookSigner.deliveryApp(DeliveryAppSimulator.WEBHOOK_SECRET)
            .sign(r.headers().get("X-DAP-Event-Id"), r.body(), sim.now().plusSeconds(301));
    refused(future.headers(), future.body(), "from now");
  }

  @Test
  void malformedHeadersAreTypedFailuresNeverNumberFormatExceptions() {
    WebhookRequest r = created();
    for (String ts : new String[] {"yesterday", "-5", "1.5e9", "99999999999999999999999", ""}) {
      assertThatThrownBy(
              () -> channel.parseWebhook(r.withHeader("X-DAP-Timestamp", ts).headers(), r.body()))
          .as(ts)
          .isInstanceOf(WebhookVerificationException.class);
    }
    refused(r.withHeader("X-DAP-Signature", "%%not-a-sig").headers(), r.body(), "scheme");
    refused(r.withHeader("X-DAP-Signature", "v1=").headers(), r.body(), "does not match");
    refused(r.withHeader("X-DAP-Event-Id", "evt-other").headers(), r.body(), "Event-Id");
  }

  @Test
  void missingHeadersAreRefused() {
    WebhookRequest r = created();
    for (String h : new String[] {"X-DAP-Signature", "X-DAP-Timestamp", "X-DAP-Event-Id"}) {
      refused(r.headersWithout(h), r.body(), "missing " + h);
    }
    Map<String, String> lower = new LinkedHashMap<>();
    r.headers().forEach((k, v) -> lower.put(k.toLowerCase(), v));
    assertThat(channel.parseWebhook(lower, r.body())).hasSize(1);
  }

  @Test
  void signedGarbageIsAProtocolException() {
    WebhookRequest r =
        WebhookSigner.deliveryApp(DeliveryAppSimulator.WEBHOOK_SECRET)
            .sign("evt-1", "not json", sim.now());
    assertThatThrownBy(() -> channel.parseWebhook(r.headers(), r.body()))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void duplicateEventIdIsDroppedByTheDeduplicator() {
    WebhookRequest r = created();
    EventIdDeduplicator seen = new EventIdDeduplicator(1_000, Duration.ofHours(24), sim.clock());
    assertThat(seen.firstDeliveries(channel.parseWebhook(r.headers(), r.body()))).hasSize(1);
    assertThat(seen.firstDeliveries(channel.parseWebhook(r.headers(), r.body()))).isEmpty();
  }

  /**
   * The simulator pushes to a real HTTP endpoint at least once: a 500 is retried, every second
   * event is sent twice on purpose, and the receiver's deduplicator hands each event on once.
   */
  @Test
  void senderDeliversAtLeastOnceAndReceiverDedupes() throws Exception {
    EventIdDeduplicator seen = new EventIdDeduplicator(1_000, Duration.ofHours(24), sim.clock());
    List<ChannelEvent> handled = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger posts = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          int n = posts.incrementAndGet();
          Map<String, String> headers = new LinkedHashMap<>();
          ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
          byte[] body = ex.getRequestBody().readAllBytes();
          int status;
          if (n == 1) {
            status = 500; // the receiver's first answer fails: the sender must retry
          } else {
            try {
              handled.addAll(seen.firstDeliveries(channel.parseWebhook(headers, body)));
              status = 200;
            } catch (RuntimeException e) {
              status = 401;
            }
          }
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    receiver.start();
    try {
      sim.sendWebhooksTo(
          URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), 2);
      String a = order();
      String b = order();
      channel.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, a)));
      DeliveryAppSimulator.Delivery d = sim.deliverWebhooks();
      assertThat(d.delivered()).isEqualTo(3);
      assertThat(d.failed()).isZero();
      assertThat(d.posts()).as("3 events + 1 retry + 1 duplicate").isEqualTo(5);
      assertThat(handled)
          .extracting(e -> ((OrderEvent) e).order().orderId() + ":" + e.type())
          .containsExactly(a + ":ORDER_CREATED", b + ":ORDER_CREATED", a + ":ORDER_UPDATED");
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void nullPartsOversizedBodiesAndInvalidUtf8AreTypedFailures() {
    WebhookRequest r = created();
    refused(null, r.body(), "headers");
    refused(r.headers(), null, "body");
    byte[] huge = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    WebhookSigner signer = WebhookSigner.deliveryApp(DeliveryAppSimulator.WEBHOOK_SECRET);
    WebhookRequest big = signer.sign("evt-big", huge, sim.now());
    refused(big.headers(), big.body(), "limit");
    // Correctly signed, but not UTF-8: the channel's protocol error, never silently replaced.
    byte[] latin1 =
        "{\"id\":\"evt-l\",\"type\":\"settlement.done\",\"memo\":\"caf\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    WebhookRequest bad = signer.sign("evt-l", latin1, sim.now());
    assertThatThrownBy(() -> channel.parseWebhook(bad.headers(), bad.body()))
        .isInstanceOf(io.channelbridge.core.error.ProtocolException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void stockClaimAndOrderChangesArePushedAndParsed() throws Exception {
    List<ChannelEvent> handled = Collections.synchronizedList(new ArrayList<>());
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          Map<String, String> headers = new LinkedHashMap<>();
          ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
          byte[] body = ex.getRequestBody().readAllBytes();
          int status = 200;
          try {
            handled.addAll(channel.parseWebhook(headers, body));
          } catch (RuntimeException e) {
            status = 401;
          }
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    receiver.start();
    try {
      String itemId =
          channel
              .listings()
              .publish(
                  io.channelbridge.core.model.Listing.builder()
                      .sku("SKU-1")
                      .title("떡볶이")
                      .price(Money.krw(8_000))
                      .stock(2)
                      .build())
              .listingId();
      sim.sendWebhooksTo(
          URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), 0);
      String id = order(); // takes both: sold out
      channel.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, id)));
      String claimId =
          sim.createClaim(
              io.channelbridge.testkit.ClaimSpec.wholeOrder(
                  id, io.channelbridge.core.model.ClaimType.CANCEL));
      DeliveryAppSimulator.Delivery d = sim.deliverWebhooks();
      assertThat(d.failed()).isZero();
      assertThat(handled)
          .extracting(
              e ->
                  e.type()
                      + ":"
                      + (e instanceof ListingEvent l
                          ? l.listing().ref().listingId() + "/" + l.listing().channelStatus()
                          : e instanceof io.channelbridge.core.event.ClaimEvent c
                              ? c.claim().claimId()
                              : ((OrderEvent) e).order().orderId()))
          .containsExactly(
              "LISTING_STATUS_CHANGED:" + itemId + "/SOLD_OUT", // item.updated
              "LISTING_STATUS_CHANGED:" + itemId + "/SOLD_OUT", // item.sold_out
              "ORDER_CREATED:" + id,
              "ORDER_UPDATED:" + id,
              "CLAIM_CREATED:" + claimId,
              "ORDER_UPDATED:" + id); // the order's updatedAt moves with its claim
    } finally {
      receiver.stop(0);
    }
  }
}
