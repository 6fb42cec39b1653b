package io.channelbridge.testkit.conformance;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.OrderSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * Every conformance area in one class: extend it, implement {@link #createTarget()}, override the
 * fixtures the channel needs, and JUnit runs each area as a {@link Nested} group (listings, lives,
 * orders, webhooks, capabilities, faults). The nested classes are inherited by the subclass; each
 * test gets a fresh target from {@link #createTarget()}.
 *
 * <p>The fixtures and helpers here mirror {@link ConformanceTestBase}'s; the nested classes call
 * this class's versions, so override them here. To run only some areas, extend the area classes
 * ({@link ListingsConformance}, {@link OrdersConformance}, ...) instead.
 */
public abstract class ChannelConformanceSuite {

  /** The nested test running now; set by it before each test. */
  ConformanceTestBase active;

  /** For subclasses. */
  protected ChannelConformanceSuite() {}

  /**
   * A fresh channel and its driver, with no listings, lives or orders. Called before every test.
   *
   * @return the target
   */
  protected abstract ConformanceTarget createTarget();

  /**
   * A listing valid for this channel; see {@link ConformanceTestBase#sampleListing(String)}.
   *
   * @param sku the SKU
   * @return the listing
   */
  protected Listing sampleListing(String sku) {
    return Samples.listing(channel().id(), capabilities().listingConstraints(), sku);
  }

  /**
   * A schedule valid for this channel; see {@link ConformanceTestBase#sampleSchedule(Instant,
   * List)}.
   *
   * @param start when the broadcast starts
   * @param featured listings to feature
   * @return the schedule
   */
  protected LiveSchedule sampleSchedule(Instant start, List<ListingRef> featured) {
    return Samples.schedule(capabilities().liveConstraints(), start, featured);
  }

  /**
   * The {@code n}-th order of a test; see {@link ConformanceTestBase#sampleOrder(int)}.
   *
   * @param n a number, distinct per order of a test
   * @return the order spec
   */
  protected OrderSpec sampleOrder(int n) {
    return Samples.order(n);
  }

  /**
   * A shipment of a sample order; see {@link ConformanceTestBase#sampleShipment(OrderRef,
   * Instant)}.
   *
   * @param order the order
   * @param at when it ships
   * @return the shipment
   */
  protected Shipment sampleShipment(OrderRef order, Instant at) {
    return Samples.shipment(order, at);
  }

  /**
   * The channel of the test running now, for fixtures that depend on it.
   *
   * @return the channel
   */
  protected final CommerceChannel channel() {
    return running().channel();
  }

  /**
   * The driver of the test running now.
   *
   * @return the driver
   */
  protected final ChannelDriver driver() {
    return running().driver();
  }

  /**
   * The capabilities of the channel of the test running now.
   *
   * @return the capabilities
   */
  protected final ChannelCapabilities capabilities() {
    return channel().capabilities();
  }

  private ConformanceTestBase running() {
    if (active == null) {
      throw new IllegalStateException("no conformance test is running");
    }
    return active;
  }

  /** Listings: publish, update, withdraw, status, review. */
  @Nested
  @DisplayName("listings")
  public class Listings extends ListingsConformance {
    /** Binds the area to this suite's target and fixtures. */
    public Listings() {
      suite = ChannelConformanceSuite.this;
    }

    @Override
    protected ConformanceTarget createTarget() {
      return ChannelConformanceSuite.this.createTarget();
    }
  }

  /** Live broadcasts: schedule, reschedule, cancel, list. */
  @Nested
  @DisplayName("lives")
  public class Lives extends LivesConformance {
    /** Binds the area to this suite's target and fixtures. */
    public Lives() {
      suite = ChannelConformanceSuite.this;
    }

    @Override
    protected ConformanceTarget createTarget() {
      return ChannelConformanceSuite.this.createTarget();
    }
  }

  /** Orders: pull with checkpoints, acknowledge, ship. */
  @Nested
  @DisplayName("orders")
  public class Orders extends OrdersConformance {
    /** Binds the area to this suite's target and fixtures. */
    public Orders() {
      suite = ChannelConformanceSuite.this;
    }

    @Override
    protected ConformanceTarget createTarget() {
      return ChannelConformanceSuite.this.createTarget();
    }

    @Override
    protected int pagingOrderCount() {
      return ChannelConformanceSuite.this.pagingOrderCount();
    }
  }

  /** Webhooks: verification and parsing. */
  @Nested
  @DisplayName("webhooks")
  public class Webhooks extends WebhooksConformance {
    /** Binds the area to this suite's target and fixtures. */
    public Webhooks() {
      suite = ChannelConformanceSuite.this;
    }

    @Override
    protected ConformanceTarget createTarget() {
      return ChannelConformanceSuite.this.createTarget();
    }
  }

  /** Capability honesty and lifecycle. */
  @Nested
  @DisplayName("capabilities")
  public class Capabilities extends CapabilitiesConformance {
    /** Binds the area to this suite's target and fixtures. */
    public Capabilities() {
      suite = ChannelConformanceSuite.this;
    }

    @Override
    protected ConformanceTarget createTarget() {
      return ChannelConformanceSuite.this.createTarget();
    }
  }

  /** Faults: typed exceptions and retryability. */
  @Nested
  @DisplayName("faults")
  public class Faults extends FaultsConformance {
    /** Binds the area to this suite's target and fixtures. */
    public Faults() {
      suite = ChannelConformanceSuite.this;
    }

    @Override
    protected ConformanceTarget createTarget() {
      return ChannelConformanceSuite.this.createTarget();
    }
  }

  /**
   * How many orders the order paging tests create; see {@link
   * OrdersConformance#pagingOrderCount()}.
   *
   * @return the count
   */
  protected int pagingOrderCount() {
    return Math.min(capabilities().maxOrderPageSize() * 3 + 1, 200);
  }
}
