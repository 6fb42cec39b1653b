package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * The context of one conformance test, passed as its parameter: the channel under test, the driver
 * of the channel's side, and helpers built on the test class's {@link ConformanceFixtures}. It
 * holds no state of its own beyond the {@link ConformanceTarget} it wraps, which the {@link
 * ConformanceExtension} closes after the test.
 */
public final class Conformance implements AutoCloseable {

  /**
   * An id no channel under test has assigned: numeric, because many channels' ids are, and an
   * adapter that parses ids must still answer "not found" rather than fail to parse.
   */
  public static final String UNKNOWN_ID = "987654321";

  /** Enough injected faults to outlast any adapter's retry policy. */
  public static final int PERSISTENT = 1_000;

  private static final int MAX_PAGES = 1_000;

  private final ConformanceFixtures fixtures;
  private final ConformanceTarget target;

  private Conformance(ConformanceFixtures fixtures, ConformanceTarget target) {
    this.fixtures = fixtures;
    this.target = target;
  }

  /**
   * Opens a context on a fresh target of the fixtures ({@link ConformanceFixtures#createTarget()}).
   * The extension does this for every test; a test that needs more than one channel (one per
   * dynamic test) opens its own and closes it.
   *
   * @param fixtures the test instance
   * @return the context
   */
  public static Conformance open(ConformanceFixtures fixtures) {
    Objects.requireNonNull(fixtures, "fixtures");
    ConformanceTarget target = fixtures.createTarget();
    if (target == null) {
      throw new IllegalStateException(
          fixtures.getClass().getName() + ".createTarget() returned null");
    }
    return new Conformance(fixtures, target);
  }

  /** Closes the target: the channel, then its resources. */
  @Override
  public void close() {
    target.close();
  }

  // ---------------------------------------------------------------- what the test runs against

  /**
   * The channel under test.
   *
   * @return the channel
   */
  public CommerceChannel channel() {
    return target.channel();
  }

  /**
   * The channel's side.
   *
   * @return the driver
   */
  public ChannelDriver driver() {
    return target.driver();
  }

  /**
   * The channel's capabilities.
   *
   * @return the capabilities
   */
  public ChannelCapabilities capabilities() {
    return channel().capabilities();
  }

  /**
   * The target this context wraps.
   *
   * @return the target
   */
  public ConformanceTarget target() {
    return target;
  }

  /**
   * The test instance that supplies the fixtures.
   *
   * @return the fixtures
   */
  public ConformanceFixtures fixtures() {
    return fixtures;
  }

  // ---------------------------------------------------------------- fixtures

  /**
   * {@link ConformanceFixtures#sampleListing} of the test class.
   *
   * @param sku the SKU
   * @return the listing
   */
  public Listing sampleListing(String sku) {
    return fixtures.sampleListing(this, sku);
  }

  /**
   * {@link ConformanceFixtures#storedListingFields} of the test class.
   *
   * @return the fields
   */
  public Set<ListingField> storedListingFields() {
    return fixtures.storedListingFields(this);
  }

  /**
   * {@link ConformanceFixtures#sampleSchedule} of the test class.
   *
   * @param start when the broadcast starts
   * @param featured listings to feature
   * @return the schedule
   */
  public LiveSchedule sampleSchedule(Instant start, List<ListingRef> featured) {
    return fixtures.sampleSchedule(this, start, featured);
  }

  /**
   * {@link ConformanceFixtures#sampleOrder} of the test class.
   *
   * @param n a number, distinct per order of a test
   * @return the order spec
   */
  public OrderSpec sampleOrder(int n) {
    return fixtures.sampleOrder(this, n);
  }

  /**
   * {@link ConformanceFixtures#writeRef} of the test class.
   *
   * @param pulled the order as pulled
   * @return the reference
   */
  public OrderRef writeRef(Order pulled) {
    return fixtures.writeRef(this, pulled);
  }

  /**
   * {@link ConformanceFixtures#sampleShipment} of the test class.
   *
   * @param order the order
   * @param at when it ships
   * @return the shipment
   */
  public Shipment sampleShipment(OrderRef order, Instant at) {
    return fixtures.sampleShipment(this, order, at);
  }

  /**
   * {@link ConformanceFixtures#pagingOrderCount} of the test class.
   *
   * @return the count
   */
  public int pagingOrderCount() {
    return fixtures.pagingOrderCount(this);
  }

  /**
   * {@link ConformanceFixtures#pagingListingCount} of the test class.
   *
   * @return the count
   */
  public int pagingListingCount() {
    return fixtures.pagingListingCount(this);
  }

  /**
   * {@link ConformanceFixtures#retriesTransientFaults} of the test class.
   *
   * @return whether one transient failure is retried away within a call
   */
  public boolean retriesTransientFaults() {
    return fixtures.retriesTransientFaults(this);
  }

  /**
   * {@link ConformanceFixtures#optionStockIsSoldOutOnly} of the test class.
   *
   * @return whether options keep only a sold-out flag
   */
  public boolean optionStockIsSoldOutOnly() {
    return fixtures.optionStockIsSoldOutOnly(this);
  }

  /**
   * {@link ConformanceFixtures#listingsHaveOptions} of the test class.
   *
   * @return whether a listing has options
   */
  public boolean listingsHaveOptions() {
    return fixtures.listingsHaveOptions(this);
  }

  /**
   * {@link ConformanceFixtures#filedClaimType} of the test class.
   *
   * @param asked the type the driver was asked to file
   * @return the type the channel reports
   */
  public ClaimType filedClaimType(ClaimType asked) {
    return fixtures.filedClaimType(this, asked);
  }

  /**
   * {@link ConformanceFixtures#approvedClaimStatus} of the test class.
   *
   * @param type the claim's type as the channel reports it
   * @return the status right after {@code approve}
   */
  public ClaimStatus approvedClaimStatus(ClaimType type) {
    return fixtures.approvedClaimStatus(this, type);
  }

  /**
   * {@link ConformanceFixtures#pagingClaimCount} of the test class.
   *
   * @return the count
   */
  public int pagingClaimCount() {
    return fixtures.pagingClaimCount(this);
  }

  /**
   * {@link ConformanceFixtures#writesSingleLines} of the test class.
   *
   * @return whether writes can name single lines of an order
   */
  public boolean writesSingleLines() {
    return fixtures.writesSingleLines(this);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Skips the test unless the channel supports every given operation.
   *
   * @param ops the operations the test needs
   */
  public void assumeSupports(Operation... ops) {
    for (Operation op : ops) {
      Assumptions.assumeTrue(
          capabilities().supports(op), () -> "channel '" + channel().id() + "' lacks " + op);
    }
  }

  /**
   * Moves the channel's clock, or skips the test if the driver cannot.
   *
   * @param amount how far
   */
  public void advanceClockOrSkip(Duration amount) {
    try {
      driver().advanceClock(amount);
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("the driver cannot move the channel's clock: " + e.getMessage());
    }
  }

  /**
   * A reference to a listing that does not exist on this channel.
   *
   * @return the reference
   */
  public ListingRef unknownListingRef() {
    return ListingRef.of(channel().id(), UNKNOWN_ID, "CB-NO-SUCH-SKU");
  }

  /**
   * A reference to a broadcast that does not exist on this channel.
   *
   * @return the reference
   */
  public LiveRef unknownLiveRef() {
    return LiveRef.of(channel().id(), UNKNOWN_ID);
  }

  /**
   * A reference to an order that does not exist on this channel.
   *
   * @return the reference
   */
  public OrderRef unknownOrderRef() {
    return OrderRef.of(channel().id(), UNKNOWN_ID);
  }

  /**
   * A reference to a claim that does not exist on this channel, on an order that does not exist.
   *
   * @return the reference
   */
  public ClaimRef unknownClaimRef() {
    return new ClaimRef(channel().id(), UNKNOWN_ID, ClaimType.CANCEL, unknownOrderRef());
  }

  /**
   * A buyer places order {@link #sampleOrder(int) n} and the seller acknowledges it: through the
   * channel under test where it has {@code ACKNOWLEDGE_ORDERS}, else by the driver.
   *
   * @param n the sample order's number
   * @return the order id
   */
  public String acknowledgedOrder(int n) {
    String id = driver().createOrder(sampleOrder(n));
    if (capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      assertThat(channel().orders().acknowledge(List.of(orderRef(id))).allSucceeded())
          .as("order " + id + " acknowledged")
          .isTrue();
    } else {
      driver().changeOrderStatus(id, OrderStatus.ACKNOWLEDGED);
    }
    return id;
  }

  /**
   * An {@link #acknowledgedOrder(int)} that the carrier then delivers (by the driver).
   *
   * @param n the sample order's number
   * @return the order id
   */
  public String deliveredOrder(int n) {
    String id = acknowledgedOrder(n);
    driver().changeOrderStatus(id, OrderStatus.DELIVERED);
    return id;
  }

  /**
   * An order as the channel under test reads it now: by {@code orders().get} where supported, else
   * pulled from the start.
   *
   * @param orderId the order id
   * @return the order
   */
  public Order readOrder(String orderId) {
    if (capabilities().supports(Operation.GET_ORDER)) {
      return channel().orders().get(orderRef(orderId));
    }
    return currentOrder(orderId);
  }

  /**
   * Every line of an order at its full quantity, as claim lines.
   *
   * @param order the order as read from the channel
   * @return the claim lines
   */
  public static List<ClaimLine> wholeLines(Order order) {
    List<ClaimLine> lines = new ArrayList<>();
    order.lines().forEach(l -> lines.add(new ClaimLine(l.lineId(), l.sku(), l.quantity())));
    return lines;
  }

  /**
   * The buyer files a claim on every line of an order, naming the lines as the channel under test
   * reads them.
   *
   * @param orderId the order
   * @param type the claim type to ask the driver for
   * @return the claim id
   */
  public String fileClaim(String orderId, ClaimType type) {
    return driver().createClaim(new ClaimSpec(orderId, type, wholeLines(readOrder(orderId))));
  }

  /**
   * Pulls claim pages until the channel reports it caught up; fails after 1000 pages.
   *
   * @param from where to start
   * @return the pages, in order
   */
  public List<ClaimPage> pullAllClaims(Checkpoint from) {
    List<ClaimPage> pages = new ArrayList<>();
    Checkpoint cp = from;
    for (int i = 0; i < MAX_PAGES; i++) {
      ClaimPage page = channel().claims().pull(cp);
      pages.add(page);
      if (!page.hasMore()) {
        return pages;
      }
      cp = page.next();
    }
    throw new AssertionError("claims().pull reported hasMore for " + MAX_PAGES + " pages");
  }

  /**
   * The latest state of each claim over some pages: the last occurrence wins.
   *
   * @param pages the pages, in order
   * @return the claims by id, in first-seen order
   */
  public static Map<String, Claim> latestClaimsById(List<ClaimPage> pages) {
    Map<String, Claim> latest = new LinkedHashMap<>();
    for (ClaimPage p : pages) {
      for (Claim claim : p.claims()) {
        latest.put(claim.claimId(), claim);
      }
    }
    return latest;
  }

  /**
   * The current state of one claim, pulled from the start.
   *
   * @param claimId the claim id
   * @return the claim
   * @throws AssertionError if the pull does not return it
   */
  public Claim currentClaim(String claimId) {
    Claim claim = latestClaimsById(pullAllClaims(Checkpoint.initial())).get(claimId);
    assertThat(claim).as("claim " + claimId + " pulled from the start").isNotNull();
    return claim;
  }

  /**
   * A reference to a whole order of this channel.
   *
   * @param orderId the order id
   * @return the reference
   */
  public OrderRef orderRef(String orderId) {
    return OrderRef.of(channel().id(), orderId);
  }

  /**
   * References to whole orders of this channel.
   *
   * @param orderIds the order ids
   * @return the references, in the same order
   */
  public List<OrderRef> orderRefs(List<String> orderIds) {
    List<OrderRef> refs = new ArrayList<>();
    orderIds.forEach(id -> refs.add(orderRef(id)));
    return refs;
  }

  /**
   * Publishes {@link #sampleListing(String)} and, if the channel reviews listings, has the driver
   * approve it.
   *
   * @param sku the SKU
   * @return the live listing
   */
  public ListingRef publishApproved(String sku) {
    ListingRef ref = channel().listings().publish(sampleListing(sku));
    if (capabilities().supports(Operation.LISTING_STATUS)
        && channel().listings().status(ref).state() == ListingState.PENDING_REVIEW) {
      driver().approveListing(ref);
    }
    return ref;
  }

  /**
   * Listings to feature in a broadcast: one published and approved listing if the channel
   * publishes, else a reference the channel has never seen.
   *
   * @return the listings
   */
  public List<ListingRef> featuredListings() {
    if (capabilities().supports(Operation.PUBLISH_LISTING)) {
      return List.of(publishApproved("CB-LIVE-FEATURED"));
    }
    return List.of(ListingRef.of(channel().id(), "123456789", "CB-LIVE-FEATURED"));
  }

  /**
   * A broadcast start time a day ahead (beyond the channel's lead time) on a whole hour, plus
   * {@code n} slots of the sample duration and an hour's gap each, so slots never overlap.
   *
   * @param n the slot number
   * @return the start
   */
  public Instant slot(int n) {
    Duration step = Samples.duration(capabilities().liveConstraints()).plusHours(1);
    return driver()
        .now()
        .plus(capabilities().liveConstraints().minLeadTime())
        .plus(Duration.ofDays(1))
        .truncatedTo(ChronoUnit.HOURS)
        .plus(step.multipliedBy(n));
  }

  /**
   * Creates orders {@code first .. first+count-1} with {@link #sampleOrder(int)}.
   *
   * @param first the number of the first
   * @param count how many
   * @return the order ids, in creation order
   */
  public List<String> createOrders(int first, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      ids.add(driver().createOrder(sampleOrder(i)));
    }
    return ids;
  }

  /**
   * Pulls pages until the channel reports it caught up, checking the page size on the way; fails
   * after 1000 pages (a channel that never moves on).
   *
   * @param from where to start
   * @return the pages, in order
   */
  public List<OrderPage> pullAll(Checkpoint from) {
    List<OrderPage> pages = new ArrayList<>();
    Checkpoint cp = from;
    for (int i = 0; i < MAX_PAGES; i++) {
      OrderPage page = channel().orders().pull(cp);
      assertThat(page.orders().size())
          .as("orders on one page (maxOrderPageSize)")
          .isLessThanOrEqualTo(capabilities().maxOrderPageSize());
      pages.add(page);
      if (!page.hasMore()) {
        return pages;
      }
      cp = page.next();
    }
    throw new AssertionError("orders().pull reported hasMore for " + MAX_PAGES + " pages");
  }

  /**
   * The orders a stream yields to its end, failing after as many as 1000 full pages hold (a stream
   * that never ends).
   *
   * @param stream the stream
   * @return the orders, in order
   */
  public List<Order> drain(Iterator<Order> stream) {
    long max = (long) MAX_PAGES * capabilities().maxOrderPageSize();
    List<Order> out = new ArrayList<>();
    while (stream.hasNext()) {
      if (out.size() >= max) {
        throw new AssertionError("orders().stream did not end after " + max + " orders");
      }
      out.add(stream.next());
    }
    return out;
  }

  /**
   * Walks {@code listings().list} from the first page to the last, checking that every page but the
   * last has a cursor; fails after 1000 pages (a channel that never ends).
   *
   * @return the pages, in order
   */
  public List<ListingPage> listAll() {
    List<ListingPage> pages = new ArrayList<>();
    String cursor = ListingPage.FIRST;
    for (int i = 0; i < MAX_PAGES; i++) {
      ListingPage page = channel().listings().list(cursor);
      pages.add(page);
      if (!page.hasMore()) {
        return pages;
      }
      assertThat(page.next()).as("next cursor").isNotEqualTo(cursor);
      cursor = page.next();
    }
    throw new AssertionError("listings().list returned a next cursor for " + MAX_PAGES + " pages");
  }

  /**
   * The latest state of each order over some pages: the last occurrence wins.
   *
   * @param pages the pages, in order
   * @return the orders by id, in first-seen order
   */
  public static Map<String, Order> latestById(List<OrderPage> pages) {
    Map<String, Order> latest = new LinkedHashMap<>();
    for (OrderPage p : pages) {
      for (Order o : p.orders()) {
        latest.put(o.orderId(), o);
      }
    }
    return latest;
  }

  /**
   * The latest state of each order, pulled from the start.
   *
   * @return the orders by id
   */
  public Map<String, Order> currentOrders() {
    return latestById(pullAll(Checkpoint.initial()));
  }

  /**
   * The current state of one order, pulled from the start.
   *
   * @param orderId the order id
   * @return the order
   * @throws AssertionError if the pull does not return it
   */
  public Order currentOrder(String orderId) {
    Order o = currentOrders().get(orderId);
    assertThat(o).as("order " + orderId + " pulled from the start").isNotNull();
    return o;
  }

  /**
   * Options with a short deadline, for calls expected to fail.
   *
   * @return the options
   */
  public static CallOptions shortDeadline() {
    return CallOptions.timeout(Duration.ofSeconds(2));
  }

  /**
   * The order ids of a batch result's items, in result order.
   *
   * @param result the result
   * @return the ids
   */
  public static List<String> orderIds(BatchResult<OrderRef> result) {
    List<String> ids = new ArrayList<>();
    result.items().forEach(i -> ids.add(i.item().orderId()));
    return ids;
  }

  @Override
  public String toString() {
    return "Conformance[" + channel() + "]";
  }
}
