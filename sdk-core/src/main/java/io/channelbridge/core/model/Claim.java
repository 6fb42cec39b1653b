package io.channelbridge.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A claim on an order, normalized: a buyer's cancel request, a return, an exchange or a refund, or
 * a cancel the seller or the channel made. Pulls may return a claim again after it changed; dedupe
 * by {@link #dedupeKey()}. The channel's own type, status and reason codes are kept beside the
 * normalized values.
 */
public final class Claim {

  private final String channelId;
  private final String claimId;
  private final String orderId;
  private final ClaimType type;
  private final String channelType;
  private final ClaimStatus status;
  private final String channelStatus;
  private final ClaimParty requestedBy;
  private final String reason;
  private final String reasonText;
  private final List<ClaimLine> lines;
  private final Money requestedAmount;
  private final Instant requestedAt;
  private final Instant respondBy;
  private final Instant updatedAt;
  private final String version;
  private final RawJson raw;

  private Claim(Builder b) {
    this.channelId = Objects.requireNonNull(b.channelId, "channelId");
    this.claimId = Objects.requireNonNull(b.claimId, "claimId");
    this.orderId = Objects.requireNonNull(b.orderId, "orderId");
    this.type = Objects.requireNonNull(b.type, "type");
    this.channelType = b.channelType;
    this.status = Objects.requireNonNull(b.status, "status");
    this.channelStatus = b.channelStatus;
    this.requestedBy = b.requestedBy == null ? ClaimParty.UNKNOWN : b.requestedBy;
    this.reason = b.reason;
    this.reasonText = b.reasonText;
    this.lines = List.copyOf(b.lines);
    this.requestedAmount = b.requestedAmount;
    this.requestedAt = b.requestedAt;
    this.respondBy = b.respondBy;
    this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
    this.version = b.version == null ? b.status + "@" + b.updatedAt : b.version;
    this.raw = b.raw;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
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
   * The channel's claim id.
   *
   * @return the claim id
   */
  public String claimId() {
    return claimId;
  }

  /**
   * The channel's id of the claimed order.
   *
   * @return the order id
   */
  public String orderId() {
    return orderId;
  }

  /**
   * What the claim asks for.
   *
   * @return the type
   */
  public ClaimType type() {
    return type;
  }

  /**
   * The channel's own type code (e.g. Naver's {@code ADMIN_CANCEL}), or {@code null}.
   *
   * @return the channel's type code
   */
  public String channelType() {
    return channelType;
  }

  /**
   * Where the claim stands.
   *
   * @return the status
   */
  public ClaimStatus status() {
    return status;
  }

  /**
   * The channel's own status code (e.g. {@code COLLECTING}), or {@code null}.
   *
   * @return the channel's status code
   */
  public String channelStatus() {
    return channelStatus;
  }

  /**
   * Who filed the claim.
   *
   * @return the party
   */
  public ClaimParty requestedBy() {
    return requestedBy;
  }

  /**
   * The channel's reason code (e.g. {@code INTENT_CHANGED}, {@code SPILLED}), or {@code null}.
   * Reason codes are open-ended on every channel, so they stay the channel's.
   *
   * @return the reason code
   */
  public String reason() {
    return reason;
  }

  /**
   * The claimant's free text, or {@code null}.
   *
   * @return the text
   */
  public String reasonText() {
    return reasonText;
  }

  /**
   * The lines claimed and how many units of each; empty when the claim covers the whole order.
   *
   * @return the lines
   */
  public List<ClaimLine> lines() {
    return lines;
  }

  /**
   * The amount the claimant asks back, or {@code null} if the channel does not say.
   *
   * @return the amount
   */
  public Money requestedAmount() {
    return requestedAmount;
  }

  /**
   * When the claim was filed, or {@code null} if the channel does not say.
   *
   * @return the time
   */
  public Instant requestedAt() {
    return requestedAt;
  }

  /**
   * The seller's deadline to decide, or {@code null} if the channel sets none.
   *
   * @return the deadline
   */
  public Instant respondBy() {
    return respondBy;
  }

  /**
   * When the claim last changed.
   *
   * @return the time
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * The channel's version of this claim state; equal versions mean equal content.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The channel's JSON for the claim, or {@code null}.
   *
   * @return the raw JSON
   */
  public String raw() {
    return RawJson.text(raw);
  }

  /**
   * The key to drop a claim state seen before: channel, claim id and version.
   *
   * @return the key
   */
  public String dedupeKey() {
    return channelId + '\u0000' + claimId + '\u0000' + version;
  }

  /**
   * The reference to act on this claim.
   *
   * @return the reference
   */
  public ClaimRef ref() {
    List<String> lineIds = new ArrayList<>(lines.size());
    lines.forEach(l -> lineIds.add(l.lineId()));
    return new ClaimRef(channelId, claimId, type, OrderRef.lines(channelId, orderId, lineIds));
  }

  /**
   * A builder holding this claim's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.channelId = channelId;
    b.claimId = claimId;
    b.orderId = orderId;
    b.type = type;
    b.channelType = channelType;
    b.status = status;
    b.channelStatus = channelStatus;
    b.requestedBy = requestedBy;
    b.reason = reason;
    b.reasonText = reasonText;
    b.lines = new ArrayList<>(lines);
    b.requestedAmount = requestedAmount;
    b.requestedAt = requestedAt;
    b.respondBy = respondBy;
    b.updatedAt = updatedAt;
    b.version = version;
    b.raw = raw;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c
        && channelId.equals(c.channelId)
        && claimId.equals(c.claimId)
        && orderId.equals(c.orderId)
        && type == c.type
        && Objects.equals(channelType, c.channelType)
        && status == c.status
        && Objects.equals(channelStatus, c.channelStatus)
        && requestedBy == c.requestedBy
        && Objects.equals(reason, c.reason)
        && Objects.equals(reasonText, c.reasonText)
        && lines.equals(c.lines)
        && Objects.equals(requestedAmount, c.requestedAmount)
        && Objects.equals(requestedAt, c.requestedAt)
        && Objects.equals(respondBy, c.respondBy)
        && updatedAt.equals(c.updatedAt)
        && version.equals(c.version)
        && Objects.equals(raw(), c.raw());
  }

  @Override
  public int hashCode() {
    return Objects.hash(channelId, claimId, version);
  }

  /** Ids, type and status; the reason text and raw JSON (personal data) are left out. */
  @Override
  public String toString() {
    return "Claim{"
        + channelId
        + ':'
        + claimId
        + ", order="
        + orderId
        + ", "
        + type
        + '/'
        + status
        + " ("
        + channelStatus
        + "), lines="
        + lines
        + ", updatedAt="
        + updatedAt
        + '}';
  }

  /**
   * Builds a {@link Claim}; channel, claim and order id, type, status and update time are required.
   */
  public static final class Builder {
    private String channelId;
    private String claimId;
    private String orderId;
    private ClaimType type;
    private String channelType;
    private ClaimStatus status;
    private String channelStatus;
    private ClaimParty requestedBy;
    private String reason;
    private String reasonText;
    private List<ClaimLine> lines = new ArrayList<>();
    private Money requestedAmount;
    private Instant requestedAt;
    private Instant respondBy;
    private Instant updatedAt;
    private String version;
    private RawJson raw;

    private Builder() {}

    /**
     * Sets the channel id.
     *
     * @param v the channel id
     * @return this builder
     */
    public Builder channelId(String v) {
      channelId = v;
      return this;
    }

    /**
     * Sets the claim id.
     *
     * @param v the claim id
     * @return this builder
     */
    public Builder claimId(String v) {
      claimId = v;
      return this;
    }

    /**
     * Sets the order id.
     *
     * @param v the order id
     * @return this builder
     */
    public Builder orderId(String v) {
      orderId = v;
      return this;
    }

    /**
     * Sets the normalized type and the channel's type code.
     *
     * @param v the type
     * @param channelCode the channel's code, or {@code null}
     * @return this builder
     */
    public Builder type(ClaimType v, String channelCode) {
      type = v;
      channelType = channelCode;
      return this;
    }

    /**
     * Sets the normalized status and the channel's status code.
     *
     * @param v the status
     * @param channelCode the channel's code, or {@code null}
     * @return this builder
     */
    public Builder status(ClaimStatus v, String channelCode) {
      status = v;
      channelStatus = channelCode;
      return this;
    }

    /**
     * Sets who filed the claim.
     *
     * @param v the party
     * @return this builder
     */
    public Builder requestedBy(ClaimParty v) {
      requestedBy = v;
      return this;
    }

    /**
     * Sets the channel's reason code and the claimant's text.
     *
     * @param code the reason code, or {@code null}
     * @param text the text, or {@code null}
     * @return this builder
     */
    public Builder reason(String code, String text) {
      reason = code;
      reasonText = text;
      return this;
    }

    /**
     * Adds a claimed line.
     *
     * @param line the line
     * @return this builder
     */
    public Builder addLine(ClaimLine line) {
      lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the claimed lines.
     *
     * @param v the lines; empty for the whole order
     * @return this builder
     */
    public Builder lines(List<ClaimLine> v) {
      lines = new ArrayList<>(v);
      return this;
    }

    /**
     * Sets the amount asked back.
     *
     * @param v the amount, or {@code null}
     * @return this builder
     */
    public Builder requestedAmount(Money v) {
      requestedAmount = v;
      return this;
    }

    /**
     * Sets when the claim was filed.
     *
     * @param v the time, or {@code null}
     * @return this builder
     */
    public Builder requestedAt(Instant v) {
      requestedAt = v;
      return this;
    }

    /**
     * Sets the seller's deadline.
     *
     * @param v the deadline, or {@code null}
     * @return this builder
     */
    public Builder respondBy(Instant v) {
      respondBy = v;
      return this;
    }

    /**
     * Sets when the claim last changed.
     *
     * @param v the time
     * @return this builder
     */
    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    /**
     * Sets the channel's version; defaults to the status and update time.
     *
     * @param v the version, or {@code null}
     * @return this builder
     */
    public Builder version(String v) {
      version = v;
      return this;
    }

    /**
     * Sets the channel's JSON.
     *
     * @param v the JSON, or {@code null}
     * @return this builder
     */
    public Builder raw(String v) {
      raw = RawJson.of(v);
      return this;
    }

    /**
     * Sets the channel's JSON, computed by {@code source} on the first {@link Claim#raw()} and
     * kept. The source must give the channel's JSON for this claim on every call (it may run more
     * than once when threads race) and must not return {@code null}.
     *
     * @param source computes the JSON, or {@code null} for none
     * @return this builder
     */
    public Builder rawLazily(Supplier<String> source) {
      raw = RawJson.lazy(source);
      return this;
    }

    /**
     * Builds the claim.
     *
     * @return the claim
     * @throws NullPointerException if a required value is missing
     */
    public Claim build() {
      return new Claim(this);
    }
  }
}
