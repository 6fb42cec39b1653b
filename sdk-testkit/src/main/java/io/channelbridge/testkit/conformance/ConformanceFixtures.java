package io.channelbridge.testkit.conformance;

import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.OrderSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a channel's conformance test supplies: a fresh {@link ConformanceTarget} per test, and the
 * sample data the tests publish, schedule, order and ship. Every area interface ({@link
 * ListingsConformance}, {@link OrdersConformance}, ...) extends it; a test class implements {@link
 * ChannelConformance} (or some areas), implements {@link #createTarget()} and overrides the
 * defaults its channel needs.
 *
 * <p>JUnit passes each test a {@link Conformance}: the {@link ConformanceExtension} registered here
 * calls {@link #createTarget()} before the test and closes the target after it, so no state lives
 * in the test instance. Every conformance test has a two-minute {@link Timeout}.
 *
 * <p>The defaults work against {@link io.channelbridge.testkit.FakeChannel} and every bundled
 * simulator: images come from {@link io.channelbridge.testkit.ChannelDriver#sampleImageUrl}, the
 * listing fits the channel's {@link io.channelbridge.core.ListingConstraints} and carries the
 * channel's category under {@link io.channelbridge.core.CommerceChannel#id()}.
 */
@ExtendWith(ConformanceExtension.class)
@Timeout(120)
public interface ConformanceFixtures {

  /**
   * A fresh channel and its driver, with no listings, lives or orders. Called before every test;
   * the suite closes it after the test.
   *
   * @return the target
   */
  ConformanceTarget createTarget();

  /**
   * A listing valid for the channel, with the given SKU and every {@link ListingField} set: images
   * from the driver's {@link io.channelbridge.testkit.ChannelDriver#sampleImageUrl}, two option
   * groups and (where {@link io.channelbridge.core.ListingConstraints#maxVariants()} allows) their
   * variants, notice, delivery and after-service terms, brand, manufacturer, origin, a tax-free tax
   * type, adult-only, and category {@code 50000803} under the channel's id. Override it for a real
   * category id or a field the channel demands; keep every field of {@link #storedListingFields}
   * set, or the round-trip test cannot see it dropped.
   *
   * @param c the test's context
   * @param sku the SKU
   * @return the listing
   */
  default Listing sampleListing(Conformance c, String sku) {
    return Samples.listing(c, sku);
  }

  /**
   * The listing fields the channel stores and gives back: a listing read back must equal the
   * published one in each. The default is every field; a channel that does not keep some (a
   * delivery app has no product notice) returns fewer.
   *
   * @param c the test's context
   * @return the fields
   */
  default Set<ListingField> storedListingFields(Conformance c) {
    return EnumSet.allOf(ListingField.class);
  }

  /**
   * A schedule valid for the channel.
   *
   * @param c the test's context
   * @param start when the broadcast starts (the suite picks it beyond the channel's lead time)
   * @param featured listings of this channel to feature
   * @return the schedule
   */
  default LiveSchedule sampleSchedule(Conformance c, Instant start, List<ListingRef> featured) {
    return Samples.schedule(c, start, featured);
  }

  /**
   * The {@code n}-th order a buyer places in a test. The default is a parcel order with two lines
   * for even {@code n} and one line for odd {@code n}, with distinct SKUs, quantities and prices,
   * so that a lost or mixed-up line shows.
   *
   * @param c the test's context
   * @param n a number, distinct per order of a test
   * @return the order spec
   */
  default OrderSpec sampleOrder(Conformance c, int n) {
    return Samples.order(n);
  }

  /**
   * A shipment of an order made with {@link #sampleOrder}. The default is a parcel with carrier
   * {@code CJ} and a tracking number derived from the order id.
   *
   * @param c the test's context
   * @param order the order
   * @param at when it ships
   * @return the shipment
   */
  default Shipment sampleShipment(Conformance c, OrderRef order, Instant at) {
    return Samples.shipment(order, at);
  }

  /**
   * How many orders the order paging tests create. The default is two pages and one order, at most
   * 2,000, so the paging tests run on a channel's default page size too (Naver's 300); a smaller
   * page size makes them faster.
   *
   * @param c the test's context
   * @return the count
   */
  default int pagingOrderCount(Conformance c) {
    return Math.min(c.capabilities().maxOrderPageSize() * 2 + 1, 2_000);
  }

  /**
   * How many listings the listing paging test ({@code listings().list}) publishes. The default is
   * 5; configure the channel (or its simulator) with a listing page size below it so that the walk
   * spans several pages.
   *
   * @param c the test's context
   * @return the count
   */
  default int pagingListingCount(Conformance c) {
    return 5;
  }

  /**
   * Whether the channel retries a transiently failed request by itself (an HTTP 503 or a reset
   * connection) within one call: adapters built on the SDK's HTTP stack do, {@link
   * io.channelbridge.testkit.FakeChannel} does not. The fault and write tests expect exactly the
   * one outcome this declares.
   *
   * @param c the test's context
   * @return {@code true} (the default) if one transient failure is retried away
   */
  default boolean retriesTransientFaults(Conformance c) {
    return true;
  }

  /**
   * How a tool names a pulled order in a write ({@code acknowledge}, {@code ship}) when the tests
   * count the requests one write costs. The default names every line of the order, which per-line
   * channels (Naver) act on without looking the lines up; a channel that acts on whole orders only
   * (delivery apps) overrides it with {@link Order#ref()}.
   *
   * @param c the test's context
   * @param pulled the order as pulled
   * @return the reference
   */
  default OrderRef writeRef(Conformance c, Order pulled) {
    List<String> lineIds = new ArrayList<>();
    pulled.lines().forEach(l -> lineIds.add(l.lineId()));
    return pulled.ref(lineIds);
  }

  /**
   * Whether the channel keeps no stock count per option, only whether the option is sold out (a
   * delivery app's option has only {@code soldOut}). The default is {@code false}: an option's
   * stock is a count, and {@code inventory().set} of an option's stock must read back exactly. A
   * channel that returns {@code true} must take an option change with {@code Stock.of(0)} as "sold
   * out" and report the option with {@link io.channelbridge.core.model.OptionStock#onSale()} false;
   * the inventory tests then set options to 0 and check {@code onSale} instead of the count. Every
   * other rule (options not named stay exactly as they were, prices, per-item failures) is the
   * same.
   *
   * @param c the test's context
   * @return {@code true} if options keep only a sold-out flag
   */
  default boolean optionStockIsSoldOutOnly(Conformance c) {
    return false;
  }

  /**
   * Whether the channel's listings have options. The default is {@code true}, and {@link
   * #sampleListing} must then give at least three. A channel whose product is one SKU (OTT
   * shopping) returns {@code false}: its sample listing has no options, option changes fail with
   * {@code ValidationException}, and the inventory tests check the same rules across three listings
   * instead of three options of one.
   *
   * @param c the test's context
   * @return {@code true} if a listing has options
   */
  default boolean listingsHaveOptions(Conformance c) {
    return true;
  }

  /**
   * The claim type the channel reports for a claim the driver filed with {@link
   * io.channelbridge.testkit.ChannelDriver#createClaim} as {@code asked}. The default is {@code
   * asked}; a channel without that type whose driver files its nearest kind (a delivery app files a
   * {@code RETURN} as its {@code REFUND}) returns that kind.
   *
   * @param c the test's context
   * @param asked the type the driver was asked to file
   * @return the type pulled claims must have
   */
  default ClaimType filedClaimType(Conformance c, ClaimType asked) {
    return asked;
  }

  /**
   * The status a buyer's claim has on the channel (read by {@link
   * io.channelbridge.testkit.ChannelDriver#claimStatus}) right after {@code claims().approve}. The
   * default is {@link ClaimStatus#COMPLETED} (approving finishes the claim: the cancel is done, the
   * returned goods are accepted); a channel where approving starts a further step of that type
   * returns {@link ClaimStatus#IN_PROGRESS} for it. The claim tests expect exactly the status this
   * declares, and, for {@code COMPLETED} cancels, the order's lines cancelled.
   *
   * @param c the test's context
   * @param type the claim's type as the channel reports it
   * @return the status after approval
   */
  default ClaimStatus approvedClaimStatus(Conformance c, ClaimType type) {
    return ClaimStatus.COMPLETED;
  }

  /**
   * How many claims the claim paging test files (one cancel request per acknowledged order). The
   * default is 7; configure the channel (or its simulator) with a claim page size below it, so that
   * {@code claims().pull} spans several pages: the test fails if the first page holds them all.
   *
   * @param c the test's context
   * @return the count
   */
  default int pagingClaimCount(Conformance c) {
    return 7;
  }

  /**
   * Whether writes ({@code acknowledge}, {@code ship}, {@code reject}) can name single lines of an
   * order, so that an order's lines change status at different times. The default is {@code true}
   * (Naver's product orders); a channel that acts on whole orders only (delivery apps) returns
   * {@code false}, and the whole-order test then changes the whole order between pulls instead.
   *
   * @param c the test's context
   * @return {@code true} if single lines can be written
   */
  default boolean writesSingleLines(Conformance c) {
    return true;
  }
}
