package io.channelbridge.testkit.internal;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimState;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.OrderSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fake channel's claims, on the orders of an {@link OrderBook}: like orders, every change gives
 * a claim the next number of one claim change sequence (its version and its position in the claim
 * feed), and every claim change is also a change of its order (the lines show the claim). Not
 * thread-safe; the owner locks.
 */
public final class ClaimBook {
  /** Checkpoint key of the last claim change sequence number handed out. */
  public static final String POSITION = "claimPosition";

  /** How long the seller has to decide a buyer's claim. */
  static final Duration RESPOND_WITHIN = Duration.ofDays(3);

  private static final Set<OrderStatus> CANCELLABLE_BY_REQUEST =
      Set.of(OrderStatus.ACKNOWLEDGED, OrderStatus.READY_FOR_PICKUP);
  private static final Set<OrderStatus> RETURNABLE =
      Set.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED);

  private final String channelId;
  private final Clock clock;
  private final OrderBook orders;
  private final Map<String, StoredClaim> claims = new LinkedHashMap<>();
  private final NavigableMap<Long, StoredClaim> bySequence = new TreeMap<>();
  private long sequence;
  private final ChangeFeed<StoredClaim> feed =
      new ChangeFeed<>(POSITION, "a claim checkpoint", c -> c.updatedAt);
  private long nextClaimId = 700_001;

  /**
   * An empty book on some orders.
   *
   * @param channelId the channel id put on claims and exceptions
   * @param clock the channel's clock
   * @param orders the orders claims are filed on
   */
  public ClaimBook(String channelId, Clock clock, OrderBook orders) {
    this.channelId = channelId;
    this.clock = clock;
    this.orders = orders;
  }

  private record ClaimedLine(int index, int quantity) {}

  private static final class StoredClaim {
    final String claimId;
    final OrderBook.StoredOrder order;
    final ClaimType type;
    final ClaimParty party;
    final List<ClaimedLine> lines;
    final String reasonCode;
    final String reasonText;
    final Instant requestedAt;
    final Instant respondBy;
    ClaimStatus status;
    ClaimStatus heldFrom;
    String decision;
    Instant updatedAt;
    long seq;

    StoredClaim(
        String claimId,
        OrderBook.StoredOrder order,
        ClaimType type,
        ClaimParty party,
        List<ClaimedLine> lines,
        String reasonCode,
        String reasonText,
        Instant at,
        ClaimStatus status) {
      this.claimId = claimId;
      this.order = order;
      this.type = type;
      this.party = party;
      this.lines = List.copyOf(lines);
      this.reasonCode = reasonCode;
      this.reasonText = reasonText;
      this.requestedAt = at;
      this.respondBy = party == ClaimParty.BUYER ? at.plus(RESPOND_WITHIN) : null;
      this.status = status;
    }
  }

  /**
   * The number of claims.
   *
   * @return the count
   */
  public int size() {
    return claims.size();
  }

  // ---------------------------------------------------------------- the channel's side

  /**
   * A buyer files a claim: a cancel request on acknowledged (not yet handed over) lines, a return,
   * exchange or refund on delivered ones. The claim is {@link ClaimStatus#REQUESTED}.
   *
   * @param spec the claim; no lines means every line of the order at its full quantity
   * @return the claim id
   * @throws IllegalArgumentException if the order or a line does not exist, a quantity exceeds the
   *     line's, or the type is {@link ClaimType#UNKNOWN}
   * @throws IllegalStateException if a line is not in a status the claim type allows, or already
   *     under an open claim
   */
  public String create(ClaimSpec spec) {
    OrderBook.StoredOrder o = orders.stored(spec.orderId());
    if (o == null) {
      throw new IllegalArgumentException("no order " + spec.orderId());
    }
    if (spec.type() == ClaimType.UNKNOWN) {
      throw new IllegalArgumentException("a buyer files a CANCEL, RETURN, EXCHANGE or REFUND");
    }
    List<ClaimedLine> lines = new ArrayList<>();
    if (spec.lines().isEmpty()) {
      for (int i = 0; i < o.lineStatus.length; i++) {
        lines.add(new ClaimedLine(i, o.spec.lines().get(i).quantity()));
      }
    } else {
      for (ClaimLine l : spec.lines()) {
        int index = lineIndex(o, l.lineId());
        if (index < 0) {
          throw new IllegalArgumentException("order " + o.orderId + " has no line " + l.lineId());
        }
        if (l.quantity() > o.spec.lines().get(index).quantity()) {
          throw new IllegalArgumentException(
              "line " + l.lineId() + " has fewer than " + l.quantity() + " units");
        }
        lines.add(new ClaimedLine(index, l.quantity()));
      }
    }
    Set<OrderStatus> allowed =
        spec.type() == ClaimType.CANCEL ? CANCELLABLE_BY_REQUEST : RETURNABLE;
    for (ClaimedLine l : lines) {
      OrderStatus s = o.lineStatus[l.index()];
      if (!allowed.contains(s)) {
        throw new IllegalStateException(
            "a " + spec.type() + " claim needs a line in " + allowed + ", line is " + s);
      }
      ClaimState open = o.lineClaim[l.index()];
      if (open != null && !open.status().isFinal()) {
        throw new IllegalStateException(
            "line " + OrderBook.lineId(o, l.index()) + " is under open claim " + open.claimId());
      }
    }
    StoredClaim c =
        new StoredClaim(
            Long.toString(nextClaimId++),
            o,
            spec.type(),
            ClaimParty.BUYER,
            lines,
            "CHANGED_MIND",
            "단순 변심",
            clock.instant(),
            ClaimStatus.REQUESTED);
    claims.put(c.claimId, c);
    changed(c);
    return c.claimId;
  }

  /**
   * A claim's status, for the driver.
   *
   * @param claimId the claim id
   * @return the status
   * @throws IllegalArgumentException if the claim does not exist
   */
  public ClaimStatus status(String claimId) {
    StoredClaim c = claims.get(claimId);
    if (c == null) {
      throw new IllegalArgumentException("no claim " + claimId);
    }
    return c.status;
  }

  // ---------------------------------------------------------------- the feed

  /**
   * Checks that a checkpoint is one this book wrote (or initial, or {@link Checkpoint#since}); an
   * order checkpoint is refused.
   *
   * @param checkpoint the checkpoint
   * @throws IllegalArgumentException if it is not
   */
  public void checkCheckpoint(Checkpoint checkpoint) {
    feed.check(checkpoint);
  }

  /**
   * One page of claims whose last change comes after the checkpoint, in change order.
   *
   * @param checkpoint where the previous page stopped
   * @param pageSize the most claims on the page
   * @return the page
   */
  public ClaimPage pull(Checkpoint checkpoint, int pageSize) {
    ChangeFeed.Page<Claim> page =
        feed.pull(checkpoint, pageSize, bySequence, sequence, this::snapshot);
    return new ClaimPage(page.items(), page.next(), page.hasMore());
  }

  // ---------------------------------------------------------------- the seller's decisions

  /**
   * Grants a claim: it is {@link ClaimStatus#COMPLETED}; the claimed lines of a cancel, return or
   * refund become {@link OrderStatus#CANCELLED} (the whole line, whatever the claimed quantity), an
   * exchange's keep their status. Approving a completed claim succeeds and changes nothing; a held,
   * rejected or withdrawn one is a conflict.
   *
   * @param ref the claim
   * @return the outcome
   */
  public BatchResult.Item<ClaimRef> approve(ClaimRef ref) {
    return decide(
        ref,
        "approve",
        ClaimStatus.COMPLETED,
        Set.of(ClaimStatus.REQUESTED, ClaimStatus.IN_PROGRESS, ClaimStatus.ESCALATED),
        null);
  }

  /**
   * Refuses a claim: it is {@link ClaimStatus#REJECTED} and the lines keep their status. Rejecting
   * a rejected claim succeeds; a completed or withdrawn one is a conflict.
   *
   * @param ref the claim
   * @param reason why
   * @return the outcome
   */
  public BatchResult.Item<ClaimRef> reject(ClaimRef ref, ClaimRejection reason) {
    return decide(
        ref,
        "reject",
        ClaimStatus.REJECTED,
        Set.of(
            ClaimStatus.REQUESTED,
            ClaimStatus.IN_PROGRESS,
            ClaimStatus.ON_HOLD,
            ClaimStatus.ESCALATED),
        reason.code() + ": " + reason.textOrCode());
  }

  /**
   * Holds an open claim: it is {@link ClaimStatus#ON_HOLD} until released. Holding a held claim
   * succeeds; a final one is a conflict.
   *
   * @param ref the claim
   * @param reason why
   * @return the outcome
   */
  public BatchResult.Item<ClaimRef> hold(ClaimRef ref, String reason) {
    StoredClaim c = lookup(ref);
    if (c == null) {
      return BatchResult.Item.failed(ref, notFound(ref));
    }
    if (c.status == ClaimStatus.ON_HOLD) {
      return BatchResult.Item.ok(ref);
    }
    if (c.status != ClaimStatus.REQUESTED && c.status != ClaimStatus.IN_PROGRESS) {
      return BatchResult.Item.failed(ref, conflict("hold", c));
    }
    c.heldFrom = c.status;
    c.status = ClaimStatus.ON_HOLD;
    c.decision = reason;
    changed(c);
    return BatchResult.Item.ok(ref);
  }

  /**
   * Releases a held claim back to the status it was held in. Releasing an open claim that is not
   * held succeeds and changes nothing; a final one is a conflict.
   *
   * @param ref the claim
   * @return the outcome
   */
  public BatchResult.Item<ClaimRef> release(ClaimRef ref) {
    StoredClaim c = lookup(ref);
    if (c == null) {
      return BatchResult.Item.failed(ref, notFound(ref));
    }
    if (c.status.isFinal()) {
      return BatchResult.Item.failed(ref, conflict("release", c));
    }
    if (c.status == ClaimStatus.ON_HOLD) {
      c.status = c.heldFrom;
      c.heldFrom = null;
      c.decision = null;
      changed(c);
    }
    return BatchResult.Item.ok(ref);
  }

  /**
   * The seller cancels an order or some lines: as {@link OrderBook#reject} (new and acknowledged
   * lines become cancelled, cancelled ones stay, others are a conflict), and a cancel that changed
   * something is recorded as a completed seller claim, which the next pull shows.
   *
   * @param ref the order or lines
   * @param reason why
   * @return the outcome
   */
  public BatchResult.Item<OrderRef> cancel(OrderRef ref, RejectReason reason) {
    OrderBook.StoredOrder o = orders.stored(ref.orderId());
    List<Integer> open = new ArrayList<>();
    if (o != null) {
      for (int i = 0; i < o.lineStatus.length; i++) {
        if (o.lineStatus[i] != OrderStatus.CANCELLED) {
          open.add(i);
        }
      }
    }
    BatchResult.Item<OrderRef> result = orders.reject(ref);
    if (!result.succeeded()) {
      return result;
    }
    List<ClaimedLine> cancelled = new ArrayList<>();
    for (int i : open) {
      if (o.lineStatus[i] == OrderStatus.CANCELLED) {
        cancelled.add(new ClaimedLine(i, o.spec.lines().get(i).quantity()));
      }
    }
    if (!cancelled.isEmpty()) {
      StoredClaim c =
          new StoredClaim(
              Long.toString(nextClaimId++),
              o,
              ClaimType.CANCEL,
              ClaimParty.SELLER,
              cancelled,
              reason.code().name(),
              reason.text(),
              clock.instant(),
              ClaimStatus.COMPLETED);
      c.decision = reason.code().name();
      claims.put(c.claimId, c);
      changed(c);
    }
    return result;
  }

  private BatchResult.Item<ClaimRef> decide(
      ClaimRef ref, String verb, ClaimStatus target, Set<ClaimStatus> from, String decision) {
    StoredClaim c = lookup(ref);
    if (c == null) {
      return BatchResult.Item.failed(ref, notFound(ref));
    }
    if (c.status == target) {
      return BatchResult.Item.ok(ref);
    }
    if (!from.contains(c.status)) {
      return BatchResult.Item.failed(ref, conflict(verb, c));
    }
    c.status = target;
    c.heldFrom = null;
    c.decision = decision;
    if (target == ClaimStatus.COMPLETED && c.type != ClaimType.EXCHANGE) {
      for (ClaimedLine l : c.lines) {
        c.order.lineStatus[l.index()] = OrderStatus.CANCELLED;
      }
    }
    changed(c);
    return BatchResult.Item.ok(ref);
  }

  // ---------------------------------------------------------------- plumbing

  private StoredClaim lookup(ClaimRef ref) {
    StoredClaim c = claims.get(ref.claimId());
    return c != null && c.order.orderId.equals(ref.order().orderId()) ? c : null;
  }

  private NotFoundException notFound(ClaimRef ref) {
    return new NotFoundException(
        channelId,
        "no claim " + ref.claimId() + " on order " + ref.order().orderId(),
        404,
        null,
        null,
        null);
  }

  private ConflictException conflict(String verb, StoredClaim c) {
    return new ConflictException(
        channelId, "cannot " + verb + " claim " + c.claimId + ": it is " + c.status);
  }

  private static int lineIndex(OrderBook.StoredOrder o, String lineId) {
    for (int i = 0; i < o.lineStatus.length; i++) {
      if (OrderBook.lineId(o, i).equals(lineId)) {
        return i;
      }
    }
    return -1;
  }

  /** Records a change of the claim, shows it on its lines and so changes the order too. */
  private void changed(StoredClaim c) {
    if (c.seq != 0) {
      bySequence.remove(c.seq);
    }
    c.seq = ++sequence;
    c.updatedAt = clock.instant();
    bySequence.put(c.seq, c);
    ClaimState state = new ClaimState(c.type, c.status, c.claimId, channelStatus(c));
    for (ClaimedLine l : c.lines) {
      c.order.lineClaim[l.index()] = state;
    }
    orders.touch(c.order);
  }

  private Claim snapshot(StoredClaim c) {
    List<ClaimLine> lines = new ArrayList<>();
    Money amount = Money.ZERO_KRW;
    for (ClaimedLine l : c.lines) {
      OrderSpec.Line line = c.order.spec.lines().get(l.index());
      lines.add(new ClaimLine(OrderBook.lineId(c.order, l.index()), line.sku(), l.quantity()));
      amount = amount.plus(line.unitPrice().times(l.quantity()));
    }
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("claimId", c.claimId);
    raw.put("orderId", c.order.orderId);
    raw.put("claimType", c.type.name());
    raw.put("claimStatus", channelStatus(c));
    raw.put("changeSeq", Long.toString(c.seq));
    raw.put("decision", c.decision);
    return Claim.builder()
        .channelId(channelId)
        .claimId(c.claimId)
        .orderId(c.order.orderId)
        .type(c.type, c.type.name())
        .status(c.status, channelStatus(c))
        .requestedBy(c.party)
        .reason(c.reasonCode, c.reasonText)
        .lines(lines)
        .requestedAmount(amount)
        .requestedAt(c.requestedAt)
        .respondBy(c.respondBy)
        .updatedAt(c.updatedAt)
        .version(Long.toString(c.seq))
        .raw(Json.write(raw))
        .build();
  }

  /** The fake channel's own claim status code, e.g. {@code RETURN_REQUEST}, kept beside. */
  private static String channelStatus(StoredClaim c) {
    return switch (c.status) {
      case REQUESTED -> c.type + "_REQUEST";
      case IN_PROGRESS -> "COLLECTING";
      case ON_HOLD -> "HOLDBACK";
      case ESCALATED -> "ESCALATED";
      case COMPLETED -> c.type + "_DONE";
      case REJECTED -> c.type + "_REJECT";
      case WITHDRAWN -> "WITHDRAWN";
      case UNKNOWN -> "UNKNOWN";
    };
  }
}
