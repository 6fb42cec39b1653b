package io.channelbridge.testkit.proof;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ForwardingChannel;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.WebhookSigner;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.testkit.conformance.FaultsConformance;
import io.channelbridge.testkit.conformance.ListingsConformance;
import io.channelbridge.testkit.conformance.OrdersConformance;
import io.channelbridge.testkit.conformance.WebhooksConformance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Channels that each break one rule of the contract, and the conformance classes that run against
 * them. {@link BrokenChannelProofTest} runs these classes through the JUnit Platform launcher; the
 * build's own test run skips them (their names do not end in {@code Test}, and they are nested).
 */
final class BrokenChannels {
  static final String SECRET = "proof-webhook-secret";

  private BrokenChannels() {}

  static ConformanceTarget target(Function<FakeChannel, CommerceChannel> breakIt) {
    FakeChannel fake =
        FakeChannel.builder()
            .clock(new ManualClock(Instant.parse("2026-03-02T00:00:00Z")))
            .orderPageSize(5)
            .maxAcknowledgeBatch(4)
            .maxShipBatch(3)
            .webhookSecret(SECRET)
            .build();
    return ConformanceTarget.of(breakIt.apply(fake), fake.driver());
  }

  // ---------------------------------------------------------------- the broken channels

  /** Hands out the next checkpoint of a full page but leaves the page's last order out. */
  static final class DropsLastOrderOfEachPage extends ForwardingChannel {
    DropsLastOrderOfEachPage(FakeChannel delegate) {
      super(delegate);
    }

    @Override
    public OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      OrderPage page = delegate().pullOrders(checkpoint, options);
      if (page.orders().isEmpty()) {
        return page;
      }
      return new OrderPage(
          page.orders().subList(0, page.orders().size() - 1), page.next(), page.hasMore());
    }
  }

  /** Answers an update with the current status but changes nothing. */
  static final class IgnoresUpdateFields extends ForwardingChannel {
    IgnoresUpdateFields(FakeChannel delegate) {
      super(delegate);
    }

    @Override
    public ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options) {
      return delegate().status(ref, options);
    }
  }

  /** Reports every order acknowledged without telling the channel. */
  static final class AcknowledgesNothing extends ForwardingChannel {
    AcknowledgesNothing(FakeChannel delegate) {
      super(delegate);
    }

    @Override
    public BatchResult<OrderRef> acknowledge(List<OrderRef> orders, CallOptions options) {
      List<BatchResult.Item<OrderRef>> items = new ArrayList<>();
      orders.forEach(o -> items.add(BatchResult.Item.ok(o)));
      return new BatchResult<>(items);
    }
  }

  /** Calls the channel (a duplicate-SKU lookup) before validating the listing. */
  static final class CallsBeforeValidating extends ForwardingChannel {
    CallsBeforeValidating(FakeChannel delegate) {
      super(delegate);
    }

    @Override
    public ListingRef publish(Listing listing, CallOptions options) {
      delegate().pullOrders(Checkpoint.initial(), options);
      return delegate().publish(listing, options);
    }
  }

  /** Trusts every webhook: re-signs what arrives with a fresh timestamp before parsing it. */
  static final class TrustsEveryWebhook extends ForwardingChannel {
    TrustsEveryWebhook(FakeChannel delegate) {
      super(delegate);
    }

    @Override
    public List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
      Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      h.putAll(headers);
      String ts = Long.toString(((FakeChannel) delegate()).clock().instant().getEpochSecond());
      h.put(FakeChannel.TIMESTAMP_HEADER, ts);
      h.put(
          FakeChannel.SIGNATURE_HEADER,
          WebhookSigner.of(
                  SECRET,
                  FakeChannel.EVENT_ID_HEADER,
                  FakeChannel.TIMESTAMP_HEADER,
                  FakeChannel.SIGNATURE_HEADER)
              .signature(ts, rawBody));
      h.putIfAbsent(FakeChannel.EVENT_ID_HEADER, "evt-forged");
      return delegate().parseWebhook(h, rawBody);
    }
  }

  /** Turns every failure into a bare, non-retryable {@code ChannelException}. */
  static final class FlattensErrors extends ForwardingChannel {
    FlattensErrors(FakeChannel delegate) {
      super(delegate);
    }

    @Override
    public OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      try {
        return delegate().pullOrders(checkpoint, options);
      } catch (ChannelException e) {
        throw new ChannelException(e.channelId(), "request failed");
      }
    }

    @Override
    public List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
      try {
        return delegate().listLives(from, to, options);
      } catch (ChannelException e) {
        throw new ChannelException(e.channelId(), "request failed");
      }
    }
  }

  // ---------------------------------------------------------------- the suites against them

  static class OrdersAgainstDropsLastOrderOfEachPage extends OrdersConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(DropsLastOrderOfEachPage::new);
    }
  }

  static class ListingsAgainstIgnoresUpdateFields extends ListingsConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(IgnoresUpdateFields::new);
    }
  }

  static class OrdersAgainstAcknowledgesNothing extends OrdersConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(AcknowledgesNothing::new);
    }
  }

  static class ListingsAgainstCallsBeforeValidating extends ListingsConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(CallsBeforeValidating::new);
    }
  }

  static class WebhooksAgainstTrustsEveryWebhook extends WebhooksConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(TrustsEveryWebhook::new);
    }
  }

  static class FaultsAgainstFlattensErrors extends FaultsConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(FlattensErrors::new);
    }
  }

  /** The control: the same orders suite against the unbroken fake, through the same launcher. */
  static class OrdersAgainstFake extends OrdersConformance {
    @Override
    protected ConformanceTarget createTarget() {
      return target(fake -> fake);
    }
  }
}
