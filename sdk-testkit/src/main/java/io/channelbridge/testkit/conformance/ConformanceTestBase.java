package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * The base of every conformance area class: opens a fresh {@link ConformanceTarget} before each
 * test and closes it after, and holds the fixtures a channel may override. Extend an area class (or
 * {@link ChannelConformanceSuite} for all of them), not this one.
 *
 * <p>Override {@link #sampleListing(String)}, {@link #sampleSchedule(Instant, List)}, {@link
 * #sampleOrder(int)} and {@link #sampleShipment(OrderRef, Instant)} when the defaults do not suit
 * the channel (a real category id, a carrier code the channel knows, a quick-delivery order).
 */
@Timeout(120)
public abstract class ConformanceTestBase {

  /**
   * An id no channel under test has assigned: numeric, because many channels' ids are, and an
   * adapter that parses ids must still answer "not found" rather than fail to parse.
   */
  protected static final String UNKNOWN_ID = "987654321";

  /** Enough injected faults to outlast any adapter's retry policy. */
  protected static final int PERSISTENT = 1_000;

  /** Set by {@link ChannelConformanceSuite}'s nested classes, so fixtures come from the suite. */
  ChannelConformanceSuite suite;

  private ConformanceTarget target;

  /** For subclasses. */
  protected ConformanceTestBase() {}

  /**
   * A fresh channel and its driver, with no listings, lives or orders. Called before every test;
   * the suite closes it after the test.
   *
   * @return the target
   */
  protected abstract ConformanceTarget createTarget();

  /** Opens the target for one test. */
  @BeforeEach
  public final void openConformanceTarget() {
    if (suite != null) {
      suite.active = this;
    }
    target = createTarget();
    assertThat(target).as("createTarget()").isNotNull();
  }

  /** Closes the target after one test. */
  @AfterEach
  public final void closeConformanceTarget() {
    if (target != null) {
      target.close();
      target = null;
    }
  }

  // ---------------------------------------------------------------- fixtures

  /**
   * A listing valid for this channel, with the given SKU. The default fits {@link
   * io.channelbridge.core.ListingConstraints#DEFAULT} and puts category {@code 50000803} under the
   * channel's id.
   *
   * @param sku the SKU
   * @return the listing
   */
  protected Listing sampleListing(String sku) {
    return suite != null
        ? suite.sampleListing(sku)
        : Samples.listing(channel().id(), capabilities().listingConstraints(), sku);
  }

  /**
   * A schedule valid for this channel.
   *
   * @param start when the broadcast starts (the suite picks it beyond the channel's lead time)
   * @param featured listings of this channel to feature
   * @return the schedule
   */
  protected LiveSchedule sampleSchedule(Instant start, List<ListingRef> featured) {
    return suite != null
        ? suite.sampleSchedule(start, featured)
        : Samples.schedule(capabilities().liveConstraints(), start, featured);
  }

  /**
   * The {@code n}-th order a buyer places in a test. The default is a one-line parcel order.
   *
   * @param n a number, distinct per order of a test
   * @return the order spec
   */
  protected OrderSpec sampleOrder(int n) {
    return suite != null ? suite.sampleOrder(n) : Samples.order(n);
  }

  /**
   * A shipment of an order made with {@link #sampleOrder(int)}. The default is a parcel with
   * carrier {@code CJ} and a tracking number derived from the order id.
   *
   * @param order the order
   * @param at when it ships
   * @return the shipment
   */
  protected Shipment sampleShipment(OrderRef order, Instant at) {
    return suite != null ? suite.sampleShipment(order, at) : Samples.shipment(order, at);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The channel under test.
   *
   * @return the channel
   */
  protected final CommerceChannel channel() {
    return target.channel();
  }

  /**
   * The channel's side.
   *
   * @return the driver
   */
  protected final ChannelDriver driver() {
    return target.driver();
  }

  /**
   * The channel's capabilities.
   *
   * @return the capabilities
   */
  protected final ChannelCapabilities capabilities() {
    return channel().capabilities();
  }

  /**
   * Skips the test unless the channel supports every given operation.
   *
   * @param ops the operations the test needs
   */
  protected final void assumeSupports(Operation... ops) {
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
  protected final void advanceClockOrSkip(Duration amount) {
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
  protected final ListingRef unknownListingRef() {
    return ListingRef.of(channel().id(), UNKNOWN_ID, "CB-NO-SUCH-SKU");
  }

  /**
   * Publishes {@link #sampleListing(String)} and, if the channel reviews listings, has the driver
   * approve it.
   *
   * @param sku the SKU
   * @return the live listing
   */
  protected final ListingRef publishApproved(String sku) {
    ListingRef ref = channel().publish(sampleListing(sku));
    if (capabilities().supports(Operation.LISTING_STATUS)
        && channel().status(ref).state() == ListingState.PENDING_REVIEW) {
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
  protected final List<ListingRef> featuredListings() {
    if (capabilities().supports(Operation.PUBLISH_LISTING)) {
      return List.of(publishApproved("CB-LIVE-FEATURED"));
    }
    return List.of(ListingRef.of(channel().id(), "123456789", "CB-LIVE-FEATURED"));
  }

  /**
   * A broadcast start time a day ahead (beyond the channel's lead time) on a whole hour, plus
   * {@code slot} slots of the sample duration and an hour's gap each, so slots never overlap.
   *
   * @param slot the slot number
   * @return the start
   */
  protected final Instant slot(int slot) {
    Duration step = Samples.duration(capabilities().liveConstraints()).plusHours(1);
    return driver()
        .now()
        .plus(capabilities().liveConstraints().minLeadTime())
        .plus(Duration.ofDays(1))
        .truncatedTo(ChronoUnit.HOURS)
        .plus(step.multipliedBy(slot));
  }

  /**
   * Creates orders {@code first .. first+count-1} with {@link #sampleOrder(int)}.
   *
   * @param first the number of the first
   * @param count how many
   * @return the order ids, in creation order
   */
  protected final List<String> createOrders(int first, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      ids.add(driver().createOrder(sampleOrder(i)));
    }
    return ids;
  }

  /**
   * Pulls pages until the channel reports it caught up, checking the page size on the way.
   *
   * @param from where to start
   * @return the pages, in order
   */
  protected final List<OrderPage> pullAll(Checkpoint from) {
    List<OrderPage> pages = new ArrayList<>();
    Checkpoint cp = from;
    for (int i = 0; i < 10_000; i++) {
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
    throw new AssertionError("pullOrders reported hasMore for 10000 pages");
  }

  /**
   * The latest state of each order over some pages: the last occurrence wins.
   *
   * @param pages the pages, in order
   * @return the orders by id, in first-seen order
   */
  protected static Map<String, Order> latestById(List<OrderPage> pages) {
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
  protected final Map<String, Order> currentOrders() {
    return latestById(pullAll(Checkpoint.initial()));
  }

  /**
   * Options with a short deadline, for calls expected to fail.
   *
   * @return the options
   */
  protected static CallOptions shortDeadline() {
    return CallOptions.timeout(Duration.ofSeconds(2));
  }

  /**
   * The order ids of a batch result's items, in result order.
   *
   * @param result the result
   * @return the ids
   */
  protected static List<String> orderIds(BatchResult<OrderRef> result) {
    List<String> ids = new ArrayList<>();
    result.items().forEach(i -> ids.add(i.item().orderId()));
    return ids;
  }
}
