package io.channelbridge.core;

import io.channelbridge.core.error.UnsupportedCapabilityException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a channel can do, as data, so a tool can ask before it calls. Calling an operation not in
 * {@link #operations()} throws {@link UnsupportedCapabilityException}.
 */
public final class ChannelCapabilities {

  private final Set<Operation> operations;
  private final int maxAcknowledgeBatch;
  private final int maxShipBatch;
  private final int maxOrderPageSize;
  private final PaginationStyle pagination;
  private final WebhookSupport webhooks;
  private final RateLimit rateLimit;
  private final ListingConstraints listingConstraints;
  private final LiveConstraints liveConstraints;
  private final boolean idempotencyKeys;

  private ChannelCapabilities(Builder b) {
    if (b.maxAcknowledgeBatch < 1 || b.maxShipBatch < 1 || b.maxOrderPageSize < 1) {
      throw new IllegalArgumentException("batch and page sizes must be at least 1");
    }
    this.operations =
        b.operations.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(b.operations));
    this.maxAcknowledgeBatch = b.maxAcknowledgeBatch;
    this.maxShipBatch = b.maxShipBatch;
    this.maxOrderPageSize = b.maxOrderPageSize;
    this.pagination = Objects.requireNonNull(b.pagination, "pagination");
    this.webhooks = Objects.requireNonNull(b.webhooks, "webhooks");
    this.rateLimit = b.rateLimit;
    this.listingConstraints = Objects.requireNonNull(b.listingConstraints, "listingConstraints");
    this.liveConstraints = Objects.requireNonNull(b.liveConstraints, "liveConstraints");
    this.idempotencyKeys = b.idempotencyKeys;
  }

  /**
   * The supported operations.
   *
   * @return the supported operations
   */
  public Set<Operation> operations() {
    return operations;
  }

  /**
   * The most orders per {@link Orders#acknowledge} call (the SDK splits larger batches).
   *
   * @return the most orders per {@link Orders#acknowledge} call (the SDK splits larger batches)
   */
  public int maxAcknowledgeBatch() {
    return maxAcknowledgeBatch;
  }

  /**
   * The most shipments per {@link Orders#ship} call (the SDK splits larger batches).
   *
   * @return the most shipments per {@link Orders#ship} call (the SDK splits larger batches)
   */
  public int maxShipBatch() {
    return maxShipBatch;
  }

  /**
   * The most orders one {@link Orders#pull} page returns.
   *
   * @return the most orders one {@link Orders#pull} page returns
   */
  public int maxOrderPageSize() {
    return maxOrderPageSize;
  }

  /**
   * How orders are paged.
   *
   * @return how orders are paged
   */
  public PaginationStyle pagination() {
    return pagination;
  }

  /**
   * Whether the channel pushes events.
   *
   * @return whether the channel pushes events
   */
  public WebhookSupport webhooks() {
    return webhooks;
  }

  /**
   * The channel's documented rate limit for one account.
   *
   * @return the limit, or empty if the channel publishes none
   */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * The channel's listing rules.
   *
   * @return the channel's listing rules
   */
  public ListingConstraints listingConstraints() {
    return listingConstraints;
  }

  /**
   * The channel's live broadcast rules.
   *
   * @return the channel's live broadcast rules
   */
  public LiveConstraints liveConstraints() {
    return liveConstraints;
  }

  /**
   * Whether the channel honours a caller's idempotency key ({@link CallOptions#idempotencyKey()}):
   * a write repeated with the same key is applied once, so the SDK may retry it. Where it is {@code
   * false}, the channel has no such mechanism; the adapter's README says how a retried create is
   * kept safe instead (e.g. Naver looks the listing up by SKU before creating it).
   *
   * @return {@code true} if keys are honoured
   */
  public boolean idempotencyKeys() {
    return idempotencyKeys;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ChannelCapabilities o)) {
      return false;
    }
    return Objects.equals(operations, o.operations)
        && maxAcknowledgeBatch == o.maxAcknowledgeBatch
        && maxShipBatch == o.maxShipBatch
        && maxOrderPageSize == o.maxOrderPageSize
        && Objects.equals(pagination, o.pagination)
        && Objects.equals(webhooks, o.webhooks)
        && Objects.equals(rateLimit, o.rateLimit)
        && Objects.equals(listingConstraints, o.listingConstraints)
        && Objects.equals(liveConstraints, o.liveConstraints)
        && idempotencyKeys == o.idempotencyKeys;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        operations,
        maxAcknowledgeBatch,
        maxShipBatch,
        maxOrderPageSize,
        pagination,
        webhooks,
        rateLimit,
        listingConstraints,
        liveConstraints,
        idempotencyKeys);
  }

  /**
   * Whether the channel supports an operation.
   *
   * @param operation the operation
   * @return {@code true} if supported
   */
  public boolean supports(Operation operation) {
    return operations.contains(operation);
  }

  /**
   * Throws if the channel lacks an operation; adapters call it first in every operation.
   *
   * @param channelId the channel id for the exception
   * @param operation the operation
   * @throws UnsupportedCapabilityException if not supported
   */
  public void require(String channelId, Operation operation) {
    if (!supports(operation)) {
      throw new UnsupportedCapabilityException(channelId, operation);
    }
  }

  /**
   * A builder holding these capabilities, to derive others.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.operations.addAll(operations);
    b.maxAcknowledgeBatch = maxAcknowledgeBatch;
    b.maxShipBatch = maxShipBatch;
    b.maxOrderPageSize = maxOrderPageSize;
    b.pagination = pagination;
    b.webhooks = webhooks;
    b.rateLimit = rateLimit;
    b.listingConstraints = listingConstraints;
    b.liveConstraints = liveConstraints;
    b.idempotencyKeys = idempotencyKeys;
    return b;
  }

  /**
   * A new builder, with every operation off and batch sizes of 1.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChannelCapabilities}. Not thread-safe. */
  public static final class Builder {
    private final Set<Operation> operations = EnumSet.noneOf(Operation.class);
    private int maxAcknowledgeBatch = 1;
    private int maxShipBatch = 1;
    private int maxOrderPageSize = 1;
    private PaginationStyle pagination = PaginationStyle.CURSOR;
    private WebhookSupport webhooks = WebhookSupport.POLLED;
    private RateLimit rateLimit;
    private ListingConstraints listingConstraints = ListingConstraints.DEFAULT;
    private LiveConstraints liveConstraints = LiveConstraints.DEFAULT;
    private boolean idempotencyKeys;

    private Builder() {}

    /**
     * Marks operations as supported.
     *
     * @param ops the operations
     * @return this builder
     */
    public Builder supports(Operation... ops) {
      operations.addAll(Set.of(ops));
      return this;
    }

    /**
     * Marks every operation as supported.
     *
     * @return this builder
     */
    public Builder supportsAll() {
      operations.addAll(EnumSet.allOf(Operation.class));
      return this;
    }

    /**
     * Marks operations as unsupported.
     *
     * @param ops the operations
     * @return this builder
     */
    public Builder without(Operation... ops) {
      operations.removeAll(Set.of(ops));
      return this;
    }

    /**
     * Sets the acknowledge batch limit.
     *
     * @param n the limit
     * @return this builder
     */
    public Builder maxAcknowledgeBatch(int n) {
      this.maxAcknowledgeBatch = n;
      return this;
    }

    /**
     * Sets the ship batch limit.
     *
     * @param n the limit
     * @return this builder
     */
    public Builder maxShipBatch(int n) {
      this.maxShipBatch = n;
      return this;
    }

    /**
     * Sets the order page size.
     *
     * @param n the size
     * @return this builder
     */
    public Builder maxOrderPageSize(int n) {
      this.maxOrderPageSize = n;
      return this;
    }

    /**
     * Sets the pagination style.
     *
     * @param pagination the style
     * @return this builder
     */
    public Builder pagination(PaginationStyle pagination) {
      this.pagination = pagination;
      return this;
    }

    /**
     * Sets the webhook support.
     *
     * @param webhooks the support
     * @return this builder
     */
    public Builder webhooks(WebhookSupport webhooks) {
      this.webhooks = webhooks;
      return this;
    }

    /**
     * Sets the documented rate limit.
     *
     * @param rateLimit the limit, or {@code null}
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /**
     * Sets the listing constraints.
     *
     * @param constraints the constraints
     * @return this builder
     */
    public Builder listingConstraints(ListingConstraints constraints) {
      this.listingConstraints = constraints;
      return this;
    }

    /**
     * Sets the live broadcast constraints.
     *
     * @param constraints the constraints
     * @return this builder
     */
    public Builder liveConstraints(LiveConstraints constraints) {
      this.liveConstraints = constraints;
      return this;
    }

    /**
     * Declares that the channel honours idempotency keys; off unless set.
     *
     * @param honoured whether a write repeated with the same key is applied once
     * @return this builder
     */
    public Builder idempotencyKeys(boolean honoured) {
      this.idempotencyKeys = honoured;
      return this;
    }

    /**
     * Builds the capabilities.
     *
     * @return the capabilities
     */
    public ChannelCapabilities build() {
      return new ChannelCapabilities(this);
    }
  }
}
