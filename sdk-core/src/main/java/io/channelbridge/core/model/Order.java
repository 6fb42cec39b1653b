package io.channelbridge.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An order, normalized. Every pull may return an order again after it changed; {@link #version()}
 * tells versions apart, so a consumer dedupes by {@code (channelId, orderId, version)}.
 */
public final class Order {

  private final String channelId;
  private final String orderId;
  private final String version;
  private final OrderStatus status;
  private final String channelStatus;
  private final List<OrderLine> lines;
  private final BuyerContact buyer;
  private final Address shippingAddress;
  private final OrderAmounts amounts;
  private final FulfilmentKind fulfilment;
  private final Instant placedAt;
  private final Instant updatedAt;
  private final Instant acceptDeadline;
  private final RawJson raw;

  private Order(Builder b) {
    this.channelId = Objects.requireNonNull(b.channelId, "channelId");
    this.orderId = Objects.requireNonNull(b.orderId, "orderId");
    this.version = Objects.requireNonNull(b.version, "version");
    this.status = Objects.requireNonNull(b.status, "status");
    this.channelStatus = b.channelStatus;
    this.lines = Maps.copy(b.lines);
    this.buyer = b.buyer;
    this.shippingAddress = b.shippingAddress;
    this.amounts = Objects.requireNonNull(b.amounts, "amounts");
    this.fulfilment = b.fulfilment == null ? FulfilmentKind.UNKNOWN : b.fulfilment;
    this.placedAt = Objects.requireNonNull(b.placedAt, "placedAt");
    this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
    this.acceptDeadline = b.acceptDeadline;
    this.raw = b.raw;
  }

  /**
   * The channel id.
   *
   * @return the channel id
   */
  public String channelId() {
    return channelId;
  }

  /**
   * The channel's order id.
   *
   * @return the channel's order id
   */
  public String orderId() {
    return orderId;
  }

  /**
   * The channel's version of this order state (a change sequence or the update time; equal versions
   * mean equal content).
   *
   * @return the channel's version of this order state (a change sequence or the update time; equal
   *     versions mean equal content)
   */
  public String version() {
    return version;
  }

  /**
   * The normalized order status (for multi-line orders, the least advanced line's).
   *
   * @return the normalized order status (for multi-line orders, the least advanced line's)
   */
  public OrderStatus status() {
    return status;
  }

  /**
   * The channel's own status string.
   *
   * @return the channel's own status string
   */
  public String channelStatus() {
    return channelStatus;
  }

  /**
   * Every line of the order, each at its own status; an order from {@code orders().pull} or {@code
   * orders().get} is always whole, also on channels that report changes per line.
   *
   * @return the lines
   */
  public List<OrderLine> lines() {
    return lines;
  }

  /**
   * The buyer contact (masked as the channel sends it), or {@code null}.
   *
   * @return the buyer contact (masked as the channel sends it), or {@code null}
   */
  public BuyerContact buyer() {
    return buyer;
  }

  /**
   * Where to deliver, or {@code null} for pickup.
   *
   * @return where to deliver, or {@code null} for pickup
   */
  public Address shippingAddress() {
    return shippingAddress;
  }

  /**
   * What the order costs.
   *
   * @return what the order costs
   */
  public OrderAmounts amounts() {
    return amounts;
  }

  /**
   * How the order reaches the buyer.
   *
   * @return how the order reaches the buyer
   */
  public FulfilmentKind fulfilment() {
    return fulfilment;
  }

  /**
   * When the buyer placed the order.
   *
   * @return when the buyer placed the order
   */
  public Instant placedAt() {
    return placedAt;
  }

  /**
   * When the order last changed on the channel.
   *
   * @return when the order last changed on the channel
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * When the seller must accept by, or {@code null} where the channel has no deadline.
   *
   * @return when the seller must accept by, or {@code null} where the channel has no deadline
   */
  public Instant acceptDeadline() {
    return acceptDeadline;
  }

  /**
   * The channel's JSON, or {@code null}.
   *
   * @return the channel's JSON, or {@code null}
   */
  public String raw() {
    return RawJson.text(raw);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Order o)) {
      return false;
    }
    return Objects.equals(channelId, o.channelId)
        && Objects.equals(orderId, o.orderId)
        && Objects.equals(version, o.version)
        && Objects.equals(status, o.status)
        && Objects.equals(channelStatus, o.channelStatus)
        && Objects.equals(lines, o.lines)
        && Objects.equals(buyer, o.buyer)
        && Objects.equals(shippingAddress, o.shippingAddress)
        && Objects.equals(amounts, o.amounts)
        && Objects.equals(fulfilment, o.fulfilment)
        && Objects.equals(placedAt, o.placedAt)
        && Objects.equals(updatedAt, o.updatedAt)
        && Objects.equals(acceptDeadline, o.acceptDeadline)
        && Objects.equals(raw(), o.raw());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        channelId,
        orderId,
        version,
        status,
        channelStatus,
        lines,
        buyer,
        shippingAddress,
        amounts,
        fulfilment,
        placedAt,
        updatedAt,
        acceptDeadline,
        raw());
  }

  /**
   * A reference to the whole order, for {@code acknowledge} and {@code ship}.
   *
   * @return the reference
   */
  public OrderRef ref() {
    return OrderRef.of(channelId, orderId);
  }

  /**
   * A reference to some lines of this order.
   *
   * @param lineIds the line ids
   * @return the reference
   */
  public OrderRef ref(List<String> lineIds) {
    return OrderRef.lines(channelId, orderId, lineIds);
  }

  /**
   * The key a consumer dedupes on.
   *
   * @return {@code channelId + '/' + orderId + '@' + version}
   */
  public String dedupeKey() {
    return channelId + '/' + orderId + '@' + version;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this order's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.channelId = channelId;
    b.orderId = orderId;
    b.version = version;
    b.status = status;
    b.channelStatus = channelStatus;
    b.lines.addAll(lines);
    b.buyer = buyer;
    b.shippingAddress = shippingAddress;
    b.amounts = amounts;
    b.fulfilment = fulfilment;
    b.placedAt = placedAt;
    b.updatedAt = updatedAt;
    b.acceptDeadline = acceptDeadline;
    b.raw = raw;
    return b;
  }

  @Override
  public String toString() {
    return "Order[" + channelId + '/' + orderId + '@' + version + ", " + status + ']';
  }

  /** Builds an {@link Order}; adapters use it in their mappers. Not thread-safe. */
  public static final class Builder {
    private String channelId;
    private String orderId;
    private String version;
    private OrderStatus status;
    private String channelStatus;
    private final List<OrderLine> lines = new ArrayList<>();
    private BuyerContact buyer;
    private Address shippingAddress;
    private OrderAmounts amounts;
    private FulfilmentKind fulfilment = FulfilmentKind.UNKNOWN;
    private Instant placedAt;
    private Instant updatedAt;
    private Instant acceptDeadline;
    private RawJson raw;

    private Builder() {}

    /**
     * Sets the channel id.
     *
     * @param channelId the id
     * @return this builder
     */
    public Builder channelId(String channelId) {
      this.channelId = channelId;
      return this;
    }

    /**
     * Sets the order id.
     *
     * @param orderId the id
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Sets the version.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the normalized and channel status.
     *
     * @param status the normalized status
     * @param channelStatus the channel's string
     * @return this builder
     */
    public Builder status(OrderStatus status, String channelStatus) {
      this.status = status;
      this.channelStatus = channelStatus;
      return this;
    }

    /**
     * Adds a line.
     *
     * @param line the line
     * @return this builder
     */
    public Builder line(OrderLine line) {
      lines.add(line);
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines the lines
     * @return this builder
     */
    public Builder lines(List<OrderLine> lines) {
      this.lines.clear();
      this.lines.addAll(lines);
      return this;
    }

    /**
     * Sets the buyer contact.
     *
     * @param buyer the contact
     * @return this builder
     */
    public Builder buyer(BuyerContact buyer) {
      this.buyer = buyer;
      return this;
    }

    /**
     * Sets the shipping address.
     *
     * @param shippingAddress the address
     * @return this builder
     */
    public Builder shippingAddress(Address shippingAddress) {
      this.shippingAddress = shippingAddress;
      return this;
    }

    /**
     * Sets the amounts.
     *
     * @param amounts the amounts
     * @return this builder
     */
    public Builder amounts(OrderAmounts amounts) {
      this.amounts = amounts;
      return this;
    }

    /**
     * Sets the fulfilment kind; {@link FulfilmentKind#UNKNOWN} unless set, as when the channel does
     * not say.
     *
     * @param fulfilment the kind
     * @return this builder
     */
    public Builder fulfilment(FulfilmentKind fulfilment) {
      this.fulfilment = fulfilment;
      return this;
    }

    /**
     * Sets when the order was placed.
     *
     * @param placedAt the time
     * @return this builder
     */
    public Builder placedAt(Instant placedAt) {
      this.placedAt = placedAt;
      return this;
    }

    /**
     * Sets when the order last changed.
     *
     * @param updatedAt the time
     * @return this builder
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets the accept deadline.
     *
     * @param acceptDeadline the deadline, or {@code null}
     * @return this builder
     */
    public Builder acceptDeadline(Instant acceptDeadline) {
      this.acceptDeadline = acceptDeadline;
      return this;
    }

    /**
     * Sets the channel's raw JSON.
     *
     * @param raw the JSON
     * @return this builder
     */
    public Builder raw(String raw) {
      this.raw = RawJson.of(raw);
      return this;
    }

    /**
     * Sets the channel's raw JSON, computed by {@code source} on the first {@link Order#raw()} and
     * kept: a pull need not write every order back to JSON for callers that never read it. The
     * source must give the channel's JSON for this order on every call (it may run more than once
     * when threads race) and must not return {@code null}.
     *
     * @param source computes the JSON, or {@code null} for none
     * @return this builder
     */
    public Builder rawLazily(Supplier<String> source) {
      this.raw = RawJson.lazy(source);
      return this;
    }

    /**
     * Builds the order.
     *
     * @return the order
     */
    public Order build() {
      return new Order(this);
    }
  }
}
