package io.channelbridge.testkit.proof;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ForwardingChannel;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.WebhookSigner;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Channels that each break one rule of the contract (decorators over {@link FakeChannel}), and the
 * whole conformance suite bound to each. {@link BrokenChannelProofTest} runs these suites through
 * the JUnit Platform launcher; the tests of the broken rule must fail.
 */
final class BrokenChannels {
  static final String SECRET = "proof-webhook-secret";

  private BrokenChannels() {}

  static ConformanceTarget target(Function<FakeChannel, CommerceChannel> breakIt) {
    FakeChannel fake =
        FakeChannel.builder()
            .clock(new ManualClock(Instant.parse("2026-03-02T00:00:00Z")))
            .orderPageSize(5)
            .listingPageSize(2)
            .claimPageSize(3)
            .maxAcknowledgeBatch(4)
            .maxShipBatch(3)
            .webhookSecret(SECRET)
            .build();
    return ConformanceTarget.of(breakIt.apply(fake), fake.driver());
  }

  // ---------------------------------------------------------------- the broken channels

  /** Always pulls from the start, whatever checkpoint it is given. */
  static final class IgnoresCheckpoint extends ForwardingChannel {
    IgnoresCheckpoint(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      return delegate().orders().pull(Checkpoint.initial(), options);
    }
  }

  /** Reads listings back without their brand (a mapper that forgot one field). */
  static final class DropsListingBrand extends ForwardingChannel {
    DropsListingBrand(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected Listing getListing(ListingRef ref, CallOptions options) {
      return delegate().listings().get(ref, options).toBuilder().brand(null).build();
    }
  }

  /** Reads listings back with their last variant missing. */
  static final class DropsLastVariant extends ForwardingChannel {
    DropsLastVariant(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected Listing getListing(ListingRef ref, CallOptions options) {
      Listing l = delegate().listings().get(ref, options);
      Listing.Builder b =
          Listing.builder()
              .sku(l.sku())
              .title(l.title())
              .description(l.description())
              .price(l.price())
              .listPrice(l.listPrice())
              .stock(l.stock())
              .images(l.images())
              .brand(l.brand())
              .manufacturer(l.manufacturer())
              .origin(l.origin())
              .taxType(l.taxType())
              .adultOnly(l.adultOnly())
              .afterService(l.afterService())
              .notice(l.notice())
              .delivery(l.delivery())
              .raw(l.raw());
      l.categories().forEach(b::category);
      l.optionGroups().forEach(b::optionGroup);
      l.variants().stream().limit(Math.max(0, l.variants().size() - 1)).forEach(b::variant);
      l.extras().forEach((ch, fields) -> fields.forEach((k, v) -> b.extra(ch, k, v)));
      return b.build();
    }
  }

  /** Pulls multi-line orders with their last line lost. */
  static final class LosesOrderLine extends ForwardingChannel {
    LosesOrderLine(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      OrderPage page = delegate().orders().pull(checkpoint, options);
      List<Order> orders = new ArrayList<>();
      for (Order o : page.orders()) {
        orders.add(
            o.lines().size() < 2
                ? o
                : o.toBuilder().lines(o.lines().subList(0, o.lines().size() - 1)).build());
      }
      return new OrderPage(orders, page.next(), page.hasMore());
    }
  }

  /** Claims every operation but has two unfinished: a "TODO" and a NotImplementedException. */
  static final class TodoForSupportedOperation extends ForwardingChannel {
    TodoForSupportedOperation(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
      throw new UnsupportedOperationException("TODO");
    }

    @Override
    protected void withdrawListing(ListingRef ref, CallOptions options) {
      throw new NotImplementedException(id(), Operation.WITHDRAW_LISTING);
    }
  }

  /** Reports every item of an acknowledge or ship batch as a success, also the failed ones. */
  static final class ReportsSuccessForFailedBatchItem extends ForwardingChannel {
    ReportsSuccessForFailedBatchItem(CommerceChannel delegate) {
      super(delegate);
    }

    private static <T> BatchResult<T> allOk(BatchResult<T> result) {
      List<BatchResult.Item<T>> items = new ArrayList<>();
      result.items().forEach(i -> items.add(BatchResult.Item.ok(i.item())));
      return new BatchResult<>(items);
    }

    @Override
    protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
      return allOk(delegate().orders().acknowledge(orders, options));
    }

    @Override
    protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
      return allOk(delegate().orders().ship(shipments, options));
    }

    @Override
    protected BatchResult<StockChange> setInventory(
        List<StockChange> changes, CallOptions options) {
      return allOk(delegate().inventory().set(changes, options));
    }
  }

  /** Sends every acknowledge and ship twice ("to be sure") and reports the second answer. */
  static final class ResendsWrite extends ForwardingChannel {
    ResendsWrite(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
      delegate().orders().acknowledge(orders, options);
      return delegate().orders().acknowledge(orders, options);
    }

    @Override
    protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
      delegate().orders().ship(shipments, options);
      return delegate().orders().ship(shipments, options);
    }
  }

  /**
   * Its {@code close()} forgets to guard: it neither closes the delegate nor refuses later calls,
   * which go on reaching the channel.
   */
  static final class SkipsClosedGuard extends ForwardingChannel {
    SkipsClosedGuard(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    public void close() {
      // releases nothing and guards nothing
    }
  }

  /** Says it lacks REJECT_ORDERS, but rejecting still reaches the channel and works. */
  static final class LiesAboutCapabilities extends ForwardingChannel {
    LiesAboutCapabilities(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    public ChannelCapabilities capabilities() {
      return delegate().capabilities().toBuilder().without(Operation.REJECT_ORDERS).build();
    }
  }

  /** Hands out the next checkpoint of a full page but leaves the page's last order out. */
  static final class DropsLastOrderOfEachPage extends ForwardingChannel {
    DropsLastOrderOfEachPage(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      OrderPage page = delegate().orders().pull(checkpoint, options);
      if (page.orders().isEmpty()) {
        return page;
      }
      return new OrderPage(
          page.orders().subList(0, page.orders().size() - 1), page.next(), page.hasMore());
    }
  }

  /** Answers an update with the current status but changes nothing. */
  static final class IgnoresUpdateFields extends ForwardingChannel {
    IgnoresUpdateFields(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected ListingStatus updateListing(
        ListingRef ref, ListingUpdate update, CallOptions options) {
      return delegate().listings().status(ref, options);
    }
  }

  /** Reports every order acknowledged without telling the channel. */
  static final class AcknowledgesNothing extends ForwardingChannel {
    AcknowledgesNothing(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
      List<BatchResult.Item<OrderRef>> items = new ArrayList<>();
      orders.forEach(o -> items.add(BatchResult.Item.ok(o)));
      return new BatchResult<>(items);
    }
  }

  /** Calls the channel (a duplicate-SKU lookup) before validating the listing. */
  static final class CallsBeforeValidating extends ForwardingChannel {
    CallsBeforeValidating(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected ListingRef publishListing(Listing listing, CallOptions options) {
      delegate().orders().pull(Checkpoint.initial(), options);
      return delegate().listings().publish(listing, options);
    }
  }

  /** Trusts every webhook: re-signs what arrives with a fresh timestamp before parsing it. */
  static final class TrustsEveryWebhook extends ForwardingChannel {
    private final FakeChannel fake;

    TrustsEveryWebhook(FakeChannel delegate) {
      super(delegate);
      this.fake = delegate;
    }

    @Override
    public List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
      Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      if (headers != null) {
        h.putAll(headers);
      }
      String ts = Long.toString(fake.clock().instant().getEpochSecond());
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

  /** Turns every failure of a pull into a bare, non-retryable {@code ChannelException}. */
  static final class FlattensErrors extends ForwardingChannel {
    FlattensErrors(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      try {
        return delegate().orders().pull(checkpoint, options);
      } catch (ChannelException e) {
        throw new ChannelException(e.channelId(), "request failed");
      }
    }
  }

  /** Finds a listing whose SKU merely starts with the one asked for (a fuzzy channel search). */
  static final class FindsBySkuPrefix extends ForwardingChannel {
    FindsBySkuPrefix(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected Optional<ListingRef> findListing(String sku, CallOptions options) {
      String cursor = ListingPage.FIRST;
      do {
        ListingPage page = delegate().listings().list(cursor, options);
        for (ListingRef ref : page.listings()) {
          if (ref.sku() != null && ref.sku().startsWith(sku)) {
            return Optional.of(ref);
          }
        }
        cursor = page.next();
      } while (cursor != null);
      return Optional.empty();
    }
  }

  /** Returns the first page of listings only, as if there were no more. */
  static final class StopsAfterFirstListingPage extends ForwardingChannel {
    StopsAfterFirstListingPage(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected ListingPage listListings(String cursor, CallOptions options) {
      return new ListingPage(delegate().listings().list(cursor, options).listings(), null);
    }
  }

  /** Reads an order back without its last line (the lines that did not change, say). */
  static final class GetDropsLastLine extends ForwardingChannel {
    GetDropsLastLine(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected Order getOrder(OrderRef order, CallOptions options) {
      Order o = delegate().orders().get(order, options);
      return o.toBuilder().lines(o.lines().subList(0, o.lines().size() - 1)).build();
    }
  }

  /**
   * Sets the options it is given and stores every other option of the listing as sold out, as a
   * channel that takes the whole option list and stores an omitted option's stock as 0 (Naver).
   */
  static final class ZeroesOmittedOptions extends ForwardingChannel {
    ZeroesOmittedOptions(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected BatchResult<StockChange> setInventory(
        List<StockChange> changes, CallOptions options) {
      BatchResult<StockChange> result = delegate().inventory().set(changes, options);
      Map<String, ListingRef> listings = new LinkedHashMap<>();
      Set<String> named = new HashSet<>();
      for (BatchResult.Item<StockChange> i : result.items()) {
        if (i.succeeded() && i.item().isOption()) {
          listings.put(i.item().listing().listingId(), i.item().listing());
          named.add(i.item().listing().listingId() + "/" + i.item().optionSku());
        }
      }
      for (ListingRef ref : listings.values()) {
        List<StockChange> zeroes = new ArrayList<>();
        for (OptionStock o : delegate().inventory().get(ref, options).options()) {
          if (!named.contains(ref.listingId() + "/" + o.sku())) {
            zeroes.add(StockChange.ofOption(ref, o.sku()).withStock(Stock.of(0)));
          }
        }
        if (!zeroes.isEmpty()) {
          delegate().inventory().set(zeroes, options);
        }
      }
      return result;
    }
  }

  /**
   * Fails every change of an inventory call when one fails, though the channel applied the others
   * (an adapter that turns one bad item into a failed batch).
   */
  static final class FailsWholeInventoryBatch extends ForwardingChannel {
    FailsWholeInventoryBatch(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected BatchResult<StockChange> setInventory(
        List<StockChange> changes, CallOptions options) {
      BatchResult<StockChange> result = delegate().inventory().set(changes, options);
      if (result.failed().isEmpty()) {
        return result;
      }
      ChannelException error = result.failed().get(0).error();
      List<BatchResult.Item<StockChange>> items = new ArrayList<>();
      result.items().forEach(i -> items.add(BatchResult.Item.failed(i.item(), error)));
      return new BatchResult<>(items);
    }
  }

  /**
   * Leaves the last claim of every page with two or more out, yet hands out the page's checkpoint.
   */
  static final class LosesAClaim extends ForwardingChannel {
    LosesAClaim(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
      ClaimPage page = delegate().claims().pull(checkpoint, options);
      if (page.claims().size() < 2) {
        return page;
      }
      return new ClaimPage(
          page.claims().subList(0, page.claims().size() - 1), page.next(), page.hasMore());
    }
  }

  /**
   * Pulls an order it delivered before with only the lines whose status or claim changed since, as
   * a channel's per-line change feed reports them (Naver's product orders), without fetching the
   * siblings.
   */
  static final class ReturnsPartialOrder extends ForwardingChannel {
    private final Map<String, Map<String, String>> delivered = new HashMap<>();

    ReturnsPartialOrder(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected synchronized OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
      OrderPage page = delegate().orders().pull(checkpoint, options);
      List<Order> orders = new ArrayList<>();
      for (Order o : page.orders()) {
        Map<String, String> before = lastDelivered(o.orderId());
        List<OrderLine> changed = new ArrayList<>();
        for (OrderLine l : o.lines()) {
          String state = l.status() + "/" + l.claim();
          if (before != null && !state.equals(before.get(l.lineId()))) {
            changed.add(l);
          }
          delivered.computeIfAbsent(o.orderId(), k -> new HashMap<>()).put(l.lineId(), state);
        }
        orders.add(changed.isEmpty() ? o : o.toBuilder().lines(changed).build());
      }
      return new OrderPage(orders, page.next(), page.hasMore());
    }

    private Map<String, String> lastDelivered(String orderId) {
      Map<String, String> m = delivered.get(orderId);
      return m == null ? null : new HashMap<>(m);
    }
  }

  /** Reports every claim approved without telling the channel. */
  static final class ApprovesNoClaim extends ForwardingChannel {
    ApprovesNoClaim(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
      List<BatchResult.Item<ClaimRef>> items = new ArrayList<>();
      claims.forEach(c -> items.add(BatchResult.Item.ok(c)));
      return new BatchResult<>(items);
    }
  }

  /** Reads a listing's stock once and answers every later {@code get} from that copy. */
  static final class CachesInventory extends ForwardingChannel {
    private final Map<String, ListingStock> cache = new HashMap<>();

    CachesInventory(CommerceChannel delegate) {
      super(delegate);
    }

    @Override
    protected synchronized ListingStock getInventory(ListingRef listing, CallOptions options) {
      return cache.computeIfAbsent(
          listing.listingId(), k -> delegate().inventory().get(listing, options));
    }
  }

  // ---------------------------------------------------------------- the suite bound to each

  /** The whole suite against the fake, which fails an injected fault at once (no retries). */
  interface AgainstFake extends ChannelConformance {
    @Override
    default boolean retriesTransientFaults(Conformance c) {
      return false;
    }
  }

  /** The control: the suite against the unbroken fake, through the same launcher. */
  static class Unbroken implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(fake -> fake);
    }
  }

  static class AgainstIgnoresCheckpoint implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(IgnoresCheckpoint::new);
    }
  }

  static class AgainstDropsListingBrand implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(DropsListingBrand::new);
    }
  }

  static class AgainstDropsLastVariant implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(DropsLastVariant::new);
    }
  }

  static class AgainstLosesOrderLine implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(LosesOrderLine::new);
    }
  }

  static class AgainstTodoForSupportedOperation implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(TodoForSupportedOperation::new);
    }
  }

  static class AgainstReportsSuccessForFailedBatchItem implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(ReportsSuccessForFailedBatchItem::new);
    }
  }

  static class AgainstResendsWrite implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(ResendsWrite::new);
    }
  }

  static class AgainstSkipsClosedGuard implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(SkipsClosedGuard::new);
    }
  }

  static class AgainstLiesAboutCapabilities implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(LiesAboutCapabilities::new);
    }
  }

  static class AgainstDropsLastOrderOfEachPage implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(DropsLastOrderOfEachPage::new);
    }
  }

  static class AgainstIgnoresUpdateFields implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(IgnoresUpdateFields::new);
    }
  }

  static class AgainstAcknowledgesNothing implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(AcknowledgesNothing::new);
    }
  }

  static class AgainstCallsBeforeValidating implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(CallsBeforeValidating::new);
    }
  }

  static class AgainstTrustsEveryWebhook implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(TrustsEveryWebhook::new);
    }
  }

  static class AgainstFlattensErrors implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(FlattensErrors::new);
    }
  }

  static class AgainstFindsBySkuPrefix implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(FindsBySkuPrefix::new);
    }
  }

  static class AgainstStopsAfterFirstListingPage implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(StopsAfterFirstListingPage::new);
    }
  }

  static class AgainstGetDropsLastLine implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(GetDropsLastLine::new);
    }
  }

  static class AgainstZeroesOmittedOptions implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(ZeroesOmittedOptions::new);
    }
  }

  static class AgainstFailsWholeInventoryBatch implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(FailsWholeInventoryBatch::new);
    }
  }

  static class AgainstLosesAClaim implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(LosesAClaim::new);
    }
  }

  static class AgainstReturnsPartialOrder implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(ReturnsPartialOrder::new);
    }
  }

  static class AgainstApprovesNoClaim implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(ApprovesNoClaim::new);
    }
  }

  static class AgainstCachesInventory implements AgainstFake {
    @Override
    public ConformanceTarget createTarget() {
      return target(CachesInventory::new);
    }
  }
}
