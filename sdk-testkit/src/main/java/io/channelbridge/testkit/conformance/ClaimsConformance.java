package io.channelbridge.testkit.conformance;

import static io.channelbridge.testkit.conformance.Conformance.latestClaimsById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Conformance of claims: a buyer's cancel request and return filed on the channel's side ({@link
 * io.channelbridge.testkit.ChannelDriver#createClaim}) are pulled with their type, order and lines,
 * decided by the seller, and the decision shows on the channel ({@link
 * io.channelbridge.testkit.ChannelDriver#claimStatus}) and in the next pull; claim checkpoints lose
 * nothing across pages; a decision the claim no longer allows is a conflict for that item, a
 * repeated one succeeds; the seller cancels acknowledged orders; and references of another channel
 * are refused before any request.
 *
 * <p>Claims are filed on one-line sample orders ({@code sampleOrder} with odd numbers), naming the
 * lines as the channel reads them. What a claim's type and its status after approval are on the
 * channel is declared by {@link ConformanceFixtures#filedClaimType} and {@link
 * ConformanceFixtures#approvedClaimStatus}; the claim paging test files {@link
 * ConformanceFixtures#pagingClaimCount} claims.
 */
public interface ClaimsConformance extends ConformanceFixtures {

  /** {@code lineId xquantity}, sorted: what a claim covers. */
  private static List<String> lineSummary(List<ClaimLine> lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(l.lineId() + " x" + l.quantity()));
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The claim as pulled is the one filed: channel, id, order, type, lines, still requested. */
  private static void assertFiled(
      SoftAssertions soft, Conformance c, Claim claim, String orderId, ClaimType asked) {
    String what = "claim " + claim.claimId() + " ";
    soft.assertThat(claim.channelId()).as(what + "channel").isEqualTo(c.channel().id());
    soft.assertThat(claim.orderId()).as(what + "order").isEqualTo(orderId);
    soft.assertThat(claim.type()).as(what + "type").isEqualTo(c.filedClaimType(asked));
    soft.assertThat(claim.status()).as(what + "status").isEqualTo(ClaimStatus.REQUESTED);
    soft.assertThat(lineSummary(claim.lines()))
        .as(what + "lines (line x quantity)")
        .isEqualTo(lineSummary(Conformance.wholeLines(c.readOrder(orderId))));
    soft.assertThat(claim.ref().order().orderId()).as(what + "ref's order").isEqualTo(orderId);
  }

  /** Files cancel requests on {@code count} acknowledged one-line orders. */
  private static List<String> fileCancels(Conformance c, int firstOrder, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(c.fileClaim(c.acknowledgedOrder(firstOrder + 2 * i), ClaimType.CANCEL));
    }
    return ids;
  }

  /**
   * The round trip: a cancel request on an acknowledged order and a return on a delivered one are
   * pulled from the initial checkpoint with their type, order and lines; approving the cancel and
   * rejecting the return with a reason show on the channel with exactly the declared statuses; the
   * next pull from the saved checkpoint delivers both in their new state and version; an approved,
   * completed cancel leaves the order's lines cancelled.
   *
   * @param c the test's context
   */
  @Test
  default void claimRoundTripPullApproveReject(Conformance c) {
    c.assumeSupports(Operation.PULL_CLAIMS, Operation.APPROVE_CLAIMS, Operation.REJECT_CLAIMS);
    String cancelOrder = c.acknowledgedOrder(1);
    String cancelId = c.fileClaim(cancelOrder, ClaimType.CANCEL);
    String returnOrder = c.deliveredOrder(3);
    String returnId = c.fileClaim(returnOrder, ClaimType.RETURN);

    List<ClaimPage> firstRun = c.pullAllClaims(Checkpoint.initial());
    Map<String, Claim> pulled = latestClaimsById(firstRun);
    assertThat(pulled.keySet()).as("claims pulled").contains(cancelId, returnId);
    Claim cancel = pulled.get(cancelId);
    Claim ret = pulled.get(returnId);
    SoftAssertions soft = new SoftAssertions();
    assertFiled(soft, c, cancel, cancelOrder, ClaimType.CANCEL);
    assertFiled(soft, c, ret, returnOrder, ClaimType.RETURN);
    soft.assertAll();
    Checkpoint saved = Checkpoint.decode(firstRun.get(firstRun.size() - 1).next().encode());

    BatchResult<ClaimRef> approved = c.channel().claims().approve(List.of(cancel.ref()));
    assertThat(approved.items()).extracting(BatchResult.Item::item).containsExactly(cancel.ref());
    assertThat(approved.items().get(0).error()).as("approve error").isNull();
    ClaimStatus approvedStatus = c.approvedClaimStatus(cancel.type());
    assertThat(c.driver().claimStatus(cancelId))
        .as("approved cancel on the channel")
        .isEqualTo(approvedStatus);

    ClaimRejection reason = ClaimRejection.of(ClaimRejection.Code.NOT_AT_FAULT, "반품 기간 경과");
    BatchResult<ClaimRef> rejected = c.channel().claims().reject(List.of(ret.ref()), reason);
    assertThat(rejected.items()).extracting(BatchResult.Item::item).containsExactly(ret.ref());
    assertThat(rejected.items().get(0).error()).as("reject error").isNull();
    assertThat(c.driver().claimStatus(returnId))
        .as("rejected return on the channel")
        .isEqualTo(ClaimStatus.REJECTED);

    Map<String, Claim> next = latestClaimsById(c.pullAllClaims(saved));
    assertThat(next.keySet())
        .as("claims pulled from the saved checkpoint")
        .contains(cancelId, returnId);
    SoftAssertions after = new SoftAssertions();
    after
        .assertThat(next.get(cancelId).status())
        .as("cancel pulled after approval")
        .isEqualTo(approvedStatus);
    after
        .assertThat(next.get(cancelId).dedupeKey())
        .as("cancel's new version")
        .isNotEqualTo(cancel.dedupeKey());
    after
        .assertThat(next.get(returnId).status())
        .as("return pulled after rejection")
        .isEqualTo(ClaimStatus.REJECTED);
    after
        .assertThat(next.get(returnId).dedupeKey())
        .as("return's new version")
        .isNotEqualTo(ret.dedupeKey());
    if (approvedStatus == ClaimStatus.COMPLETED
        && (c.capabilities().supports(Operation.GET_ORDER)
            || c.capabilities().supports(Operation.PULL_ORDERS))) {
      after
          .assertThat(c.readOrder(cancelOrder).lines())
          .as("lines of the order whose cancel was approved")
          .extracting(OrderLine::status)
          .containsOnly(OrderStatus.CANCELLED);
    }
    after.assertAll();
  }

  /**
   * A consumer that pulls one page of claims, saves the checkpoint (encoded), restarts and goes on
   * gets every claim, across pages; replaying from the saved checkpoint returns the same claims
   * again. A channel that drops a claim yet moves the checkpoint past it fails here.
   *
   * @param c the test's context
   */
  @Test
  default void claimPullResumesFromSavedCheckpointWithoutLoss(Conformance c) {
    c.assumeSupports(Operation.PULL_CLAIMS);
    List<String> ids = fileCancels(c, 1, c.pagingClaimCount());
    ClaimPage first = c.channel().claims().pull(Checkpoint.initial());
    assertThat(first.hasMore())
        .as(
            "first page hasMore with "
                + ids.size()
                + " claims (configure a claim page size below pagingClaimCount)")
        .isTrue();
    String saved = first.next().encode();
    List<ClaimPage> rest = c.pullAllClaims(Checkpoint.decode(saved));
    Set<String> seen = new HashSet<>();
    first.claims().forEach(cl -> seen.add(cl.claimId()));
    rest.forEach(p -> p.claims().forEach(cl -> seen.add(cl.claimId())));
    assertThat(seen).as("claims pulled before and after the restart").containsAll(ids);

    List<String> again = new ArrayList<>();
    c.channel()
        .claims()
        .pull(Checkpoint.decode(saved))
        .claims()
        .forEach(cl -> again.add(cl.dedupeKey()));
    List<String> before = new ArrayList<>();
    rest.get(0).claims().forEach(cl -> before.add(cl.dedupeKey()));
    assertThat(again).as("replay from the saved checkpoint").containsAll(before);
  }

  /**
   * Claims decided while a consumer pages (one already pulled, one not yet) arrive in their latest
   * state, and every claim still arrives.
   *
   * @param c the test's context
   */
  @Test
  default void claimsDecidedWhilePagingArriveInLatestState(Conformance c) {
    c.assumeSupports(Operation.PULL_CLAIMS, Operation.APPROVE_CLAIMS);
    List<String> ids = fileCancels(c, 1, c.pagingClaimCount());
    ClaimPage first = c.channel().claims().pull(Checkpoint.initial());
    assertThat(first.hasMore()).as("first page hasMore").isTrue();
    Claim seen = first.claims().get(0);
    Set<String> onFirstPage = new HashSet<>();
    first.claims().forEach(cl -> onFirstPage.add(cl.claimId()));
    String unseen = ids.get(ids.size() - 1);
    assertThat(onFirstPage).doesNotContain(unseen);
    Claim unseenNow = c.currentClaim(unseen);
    assertThat(c.channel().claims().approve(List.of(seen.ref(), unseenNow.ref())).allSucceeded())
        .as("approved")
        .isTrue();

    List<ClaimPage> all = new ArrayList<>();
    all.add(first);
    all.addAll(c.pullAllClaims(first.next()));
    Map<String, Claim> latest = latestClaimsById(all);
    assertThat(latest.keySet()).as("claims pulled").containsAll(ids);
    ClaimStatus approved = c.approvedClaimStatus(c.filedClaimType(ClaimType.CANCEL));
    assertThat(latest.get(seen.claimId()).status())
        .as("claim approved after it was pulled")
        .isEqualTo(approved);
    assertThat(latest.get(unseen).status())
        .as("claim approved before it was pulled")
        .isEqualTo(approved);
  }

  /**
   * Deciding claims reports each in request order: a rejected claim rejected again succeeds, a
   * rejected claim approved is a {@code ConflictException} for that item while another claim in the
   * same call is approved, and an unknown claim is {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void decisionOnFinalClaimIsConflictAndRepeatSucceeds(Conformance c) {
    c.assumeSupports(Operation.PULL_CLAIMS, Operation.APPROVE_CLAIMS, Operation.REJECT_CLAIMS);
    String rejectedId = c.fileClaim(c.deliveredOrder(1), ClaimType.RETURN);
    String openId = c.fileClaim(c.deliveredOrder(3), ClaimType.RETURN);
    Map<String, Claim> pulled = latestClaimsById(c.pullAllClaims(Checkpoint.initial()));
    ClaimRef rejected = pulled.get(rejectedId).ref();
    ClaimRef open = pulled.get(openId).ref();
    ClaimRejection reason = ClaimRejection.of(ClaimRejection.Code.NO_EVIDENCE, "사진 없음");
    assertThat(c.channel().claims().reject(List.of(rejected), reason).allSucceeded())
        .as("rejected")
        .isTrue();
    assertThat(c.channel().claims().reject(List.of(rejected), reason).allSucceeded())
        .as("rejecting a rejected claim again")
        .isTrue();

    BatchResult<ClaimRef> result =
        c.channel().claims().approve(List.of(rejected, c.unknownClaimRef(), open));
    assertThat(result.items())
        .extracting(BatchResult.Item::item)
        .containsExactly(rejected, c.unknownClaimRef(), open);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(result.items().get(0).error())
        .as("approving a rejected claim")
        .isInstanceOf(ConflictException.class);
    soft.assertThat(result.items().get(1).error())
        .as("approving an unknown claim")
        .isInstanceOf(NotFoundException.class);
    soft.assertThat(result.items().get(2).error()).as("approving an open claim").isNull();
    soft.assertThat(c.driver().claimStatus(rejectedId))
        .as("rejected claim on the channel")
        .isEqualTo(ClaimStatus.REJECTED);
    soft.assertThat(c.driver().claimStatus(openId))
        .as("approved claim on the channel")
        .isEqualTo(c.approvedClaimStatus(c.filedClaimType(ClaimType.RETURN)));
    soft.assertAll();
  }

  /**
   * The seller cancels orders in one call: an acknowledged order ends cancelled with every line, a
   * delivered one (past what any channel lets a seller cancel; some still allow it while an order
   * waits for the rider) fails with {@code ConflictException} for that item and stays delivered;
   * cancelling the cancelled order again succeeds.
   *
   * @param c the test's context
   */
  @Test
  default void sellerCancelCancelsAcknowledgedOrders(Conformance c) {
    c.assumeSupports(Operation.CANCEL_ORDERS);
    String acknowledged = c.acknowledgedOrder(1);
    String delivered = c.deliveredOrder(3);
    RejectReason reason = RejectReason.of(RejectReason.Code.SOLD_OUT, "재고 소진");
    BatchResult<OrderRef> result =
        c.channel()
            .claims()
            .cancel(List.of(c.orderRef(acknowledged), c.orderRef(delivered)), reason);
    assertThat(result.items())
        .extracting(i -> i.item().orderId())
        .containsExactly(acknowledged, delivered);
    assertThat(result.items().get(0).error()).as("acknowledged order's error").isNull();
    assertThat(result.items().get(1).error())
        .as("delivered order's error")
        .isInstanceOf(ConflictException.class);
    assertThat(
            c.channel().claims().cancel(List.of(c.orderRef(acknowledged)), reason).allSucceeded())
        .as("cancelling a cancelled order")
        .isTrue();
    if (c.capabilities().supports(Operation.GET_ORDER)
        || c.capabilities().supports(Operation.PULL_ORDERS)) {
      Order now = c.readOrder(acknowledged);
      assertThat(now.status()).as("cancelled order").isEqualTo(OrderStatus.CANCELLED);
      assertThat(now.lines()).extracting(OrderLine::status).containsOnly(OrderStatus.CANCELLED);
      assertThat(c.readOrder(delivered).status())
          .as("delivered order")
          .isEqualTo(OrderStatus.DELIVERED);
    }
  }

  /**
   * Claim and order references of another channel, and a checkpoint this channel did not produce,
   * are refused with {@code IllegalArgumentException} before any request, by every supported claim
   * operation.
   *
   * @param c the test's context
   */
  @Test
  default void foreignReferencesAreRefusedBeforeAnyRequest(Conformance c) {
    Set<Operation> claimOps =
        Set.of(
            Operation.PULL_CLAIMS,
            Operation.APPROVE_CLAIMS,
            Operation.REJECT_CLAIMS,
            Operation.HOLD_CLAIMS,
            Operation.CANCEL_ORDERS);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        claimOps.stream().anyMatch(op -> c.capabilities().supports(op)),
        "channel has no claim operation");
    String other = "other-" + c.channel().id();
    OrderRef foreignOrder = OrderRef.of(other, "1");
    ClaimRef foreign = new ClaimRef(other, "1", ClaimType.CANCEL, foreignOrder);
    List<ClaimRef> refs = List.of(foreign);
    long before = c.driver().requestCount();
    if (c.capabilities().supports(Operation.PULL_CLAIMS)) {
      assertThatThrownBy(
              () -> c.channel().claims().pull(Checkpoint.of(Map.of("channelbridge-foreign", "x"))))
          .as("foreign claim checkpoint")
          .isInstanceOf(IllegalArgumentException.class);
    }
    if (c.capabilities().supports(Operation.APPROVE_CLAIMS)) {
      assertThatThrownBy(() -> c.channel().claims().approve(refs))
          .as("approve")
          .isInstanceOf(IllegalArgumentException.class);
    }
    if (c.capabilities().supports(Operation.REJECT_CLAIMS)) {
      assertThatThrownBy(
              () ->
                  c.channel()
                      .claims()
                      .reject(refs, ClaimRejection.of(ClaimRejection.Code.OTHER, "x")))
          .as("reject")
          .isInstanceOf(IllegalArgumentException.class);
    }
    if (c.capabilities().supports(Operation.HOLD_CLAIMS)) {
      assertThatThrownBy(() -> c.channel().claims().hold(refs, "x"))
          .as("hold")
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> c.channel().claims().release(refs))
          .as("release")
          .isInstanceOf(IllegalArgumentException.class);
    }
    if (c.capabilities().supports(Operation.CANCEL_ORDERS)) {
      assertThatThrownBy(
              () ->
                  c.channel()
                      .claims()
                      .cancel(List.of(foreignOrder), RejectReason.of(RejectReason.Code.OTHER)))
          .as("cancel")
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /**
   * Holding a requested return puts it on hold on the channel; releasing it puts it back in the
   * status it had; holding a rejected claim is a {@code ConflictException} for that item.
   *
   * @param c the test's context
   */
  @Test
  default void holdAndReleaseReturnTheClaimToItsStatus(Conformance c) {
    c.assumeSupports(Operation.PULL_CLAIMS, Operation.HOLD_CLAIMS, Operation.REJECT_CLAIMS);
    String heldId = c.fileClaim(c.deliveredOrder(1), ClaimType.RETURN);
    String rejectedId = c.fileClaim(c.deliveredOrder(3), ClaimType.RETURN);
    Map<String, Claim> pulled = latestClaimsById(c.pullAllClaims(Checkpoint.initial()));
    ClaimRef held = pulled.get(heldId).ref();
    ClaimRef rejected = pulled.get(rejectedId).ref();
    ClaimStatus filed = c.driver().claimStatus(heldId);
    assertThat(
            c.channel()
                .claims()
                .reject(List.of(rejected), ClaimRejection.of(ClaimRejection.Code.OTHER, "x"))
                .allSucceeded())
        .as("rejected")
        .isTrue();

    BatchResult<ClaimRef> result = c.channel().claims().hold(List.of(held, rejected), "반품 배송비 미입금");
    assertThat(result.items().get(0).error()).as("holding a requested claim").isNull();
    assertThat(result.items().get(1).error())
        .as("holding a rejected claim")
        .isInstanceOf(ConflictException.class);
    assertThat(c.driver().claimStatus(heldId))
        .as("held claim on the channel")
        .isEqualTo(ClaimStatus.ON_HOLD);
    assertThat(c.currentClaim(heldId).status())
        .as("held claim pulled")
        .isEqualTo(ClaimStatus.ON_HOLD);

    assertThat(c.channel().claims().release(List.of(held)).allSucceeded()).as("released").isTrue();
    assertThat(c.driver().claimStatus(heldId)).as("released claim on the channel").isEqualTo(filed);
    assertThat(c.currentClaim(heldId).status()).as("released claim pulled").isEqualTo(filed);
  }
}
