package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.WebhookVerificationException;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.OrderRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbstractCommerceChannelTest {

  /** Supports pulling, acknowledging, statuses and webhooks; implements only pull and ack. */
  private static final class Probe extends AbstractCommerceChannel {
    final List<String> calls = new ArrayList<>();
    int releases;

    @Override
    public String id() {
      return "probe";
    }

    @Override
    public ChannelCapabilities capabilities() {
      return ChannelCapabilities.builder()
          .supports(
              Operation.PULL_ORDERS,
              Operation.ACKNOWLEDGE_ORDERS,
              Operation.LISTING_STATUS,
              Operation.PARSE_WEBHOOK)
          .build();
    }

    @Override
    protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      calls.add("pull");
      return new OrderPage(List.of(), checkpoint, false);
    }

    @Override
    protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
      calls.add("ack " + orders.size());
      return new BatchResult<>(orders.stream().map(BatchResult.Item::ok).toList());
    }

    @Override
    protected void release() {
      releases++;
    }
  }

  @Test
  void unsupportedOperationsAreRefusedBeforeTheAdapterSeesThem() {
    Probe p = new Probe();
    assertThatThrownBy(() -> p.lives().list(Instant.EPOCH, Instant.MAX))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.LIST_LIVES));
    assertThatThrownBy(() -> p.orders().ship(List.of()))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(p.calls).isEmpty();
  }

  @Test
  void aSupportedOperationTheAdapterLacksIsNotImplementedNeverANoOp() {
    Probe p = new Probe();
    assertThatThrownBy(() -> p.listings().status(ListingRef.of("probe", "1", "S")))
        .isInstanceOfSatisfying(
            NotImplementedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(Operation.LISTING_STATUS);
              assertThat(e.channelId()).isEqualTo("probe");
            });
  }

  @Test
  void closedComesBeforeCapabilityAndCloseReleasesOnce() {
    Probe p = new Probe();
    p.close();
    p.close();
    assertThat(p.releases).isEqualTo(1);
    assertThatThrownBy(() -> p.orders().pull(Checkpoint.initial()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("probe");
    // Unsupported and closed: the closed guard runs first.
    assertThatThrownBy(() -> p.lives().cancel(LiveRef.of("probe", "1")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> p.parseWebhook(Map.of(), new byte[0]))
        .isInstanceOf(IllegalStateException.class);
    assertThat(p.calls).isEmpty();
  }

  @Test
  void referencesOfAnotherChannelAreRefusedWithNoCall() {
    Probe p = new Probe();
    assertThatThrownBy(
            () ->
                p.orders()
                    .acknowledge(List.of(OrderRef.of("probe", "1"), OrderRef.of("naver", "2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("naver")
        .hasMessageContaining("probe");
    assertThat(p.calls).isEmpty();
    p.orders().acknowledge(List.of(OrderRef.of("probe", "1"), OrderRef.of("probe", "2")));
    assertThat(p.calls).containsExactly("ack 2");
  }

  @Test
  void missingArgumentsAndWebhookPartsFailTyped() {
    Probe p = new Probe();
    assertThatThrownBy(() -> p.orders().pull(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.orders().pull(Checkpoint.initial(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.parseWebhook(null, new byte[0]))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> p.parseWebhook(Map.of(), null))
        .isInstanceOf(WebhookVerificationException.class);
    assertThat(p.calls).isEmpty();
    p.orders().pull(Checkpoint.initial());
    assertThat(p.calls).containsExactly("pull");
  }

  @Test
  void facetsAreStable() {
    Probe p = new Probe();
    assertThat(p.listings()).isSameAs(p.listings());
    assertThat(p.orders()).isSameAs(p.orders()).hasToString("probe.orders()");
  }

  @Test
  void lookupsRunTheGuardsInOrder() {
    Probe p = new Probe();
    assertThatThrownBy(() -> p.listings().find(null))
        .as("capability before arguments")
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.FIND_LISTING));
    assertThatThrownBy(() -> p.listings().list(ListingPage.FIRST))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.LIST_LISTINGS));
    assertThatThrownBy(() -> p.orders().get(OrderRef.of("probe", "1")))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.GET_ORDER));
    assertThatThrownBy(() -> p.orders().stream(null)).isInstanceOf(NullPointerException.class);
    p.close();
    assertThatThrownBy(() -> p.orders().stream(Checkpoint.initial()))
        .as("stream is guarded when opened")
        .isInstanceOf(IllegalStateException.class);
    assertThat(p.calls).isEmpty();
  }
}
