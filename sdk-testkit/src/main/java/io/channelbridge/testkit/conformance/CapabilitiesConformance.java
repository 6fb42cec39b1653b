package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.LiveStatus;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.testkit.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Conformance of capabilities, checked against what the channel does rather than against itself:
 * every {@link Operation} gets one test, on a fresh channel. An operation the channel claims must
 * work with valid input and show its effect (a published listing reads back, an acknowledged order
 * pulls as acknowledged, a request reaches the channel); an {@link UnsupportedCapabilityException},
 * a {@link io.channelbridge.core.error.NotImplementedException} or any other exception ("TODO")
 * fails it. An operation the channel lacks must throw {@link UnsupportedCapabilityException} naming
 * it, before validating its input and without a request. After {@code close()} every operation,
 * supported or not, throws {@link IllegalStateException} without a request.
 */
public interface CapabilitiesConformance extends ConformanceFixtures {

  /**
   * One test per {@link Operation}, each on a fresh channel: a supported operation works and shows
   * its effect; an unsupported one throws {@link UnsupportedCapabilityException} before any
   * request. Always one test for each of the operations, so this never passes by running nothing.
   *
   * @param c the test's context, used to read the capabilities
   * @return one test per operation
   */
  @TestFactory
  default Stream<DynamicTest> everyOperationDoesWhatCapabilitiesSay(Conformance c) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation op : Operation.values()) {
      boolean supported = c.capabilities().supports(op);
      Executable check =
          () -> {
            try (Conformance fresh = Conformance.open(this)) {
              if (supported) {
                assertSupportedOperationWorks(fresh, op);
              } else {
                assertUnsupportedOperationRefused(fresh, op);
              }
            }
          };
      tests.add(
          DynamicTest.dynamicTest(op.name() + (supported ? " supported" : " unsupported"), check));
    }
    return tests.stream();
  }

  /**
   * The webhook capability matches the webhook operation: {@code PARSE_WEBHOOK} is claimed exactly
   * when webhooks are {@link WebhookSupport#NATIVE}, and then the driver can sign one. Batch and
   * page limits are positive, and the channel id is a settings prefix.
   *
   * @param c the test's context
   */
  @Test
  default void capabilitiesAgreeWithWebhookSupport(Conformance c) {
    assertThat(c.channel().id()).matches("[a-z0-9][a-z0-9-]*");
    boolean nativeWebhooks = c.capabilities().webhooks() == WebhookSupport.NATIVE;
    assertThat(c.capabilities().supports(Operation.PARSE_WEBHOOK))
        .as("PARSE_WEBHOOK supported exactly when webhooks are NATIVE")
        .isEqualTo(nativeWebhooks);
    if (nativeWebhooks) {
      String id = c.driver().createOrder(c.sampleOrder(1));
      WebhookRequest request = c.driver().signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
      assertThat(request.body()).as("signed webhook body").isNotEmpty();
    }
  }

  /**
   * After {@code close()}, which may be called twice, every operation of every facet, supported or
   * not, and {@code parseWebhook} throw {@link IllegalStateException}, and no request is sent.
   *
   * @param c the test's context
   */
  @Test
  default void everyOperationFailsAfterClose(Conformance c) {
    Instant start = c.slot(0);
    Listing listing = c.sampleListing("CB-CLOSED");
    LiveSchedule schedule = c.sampleSchedule(start, List.of(c.unknownListingRef()));
    Shipment shipment = c.sampleShipment(c.unknownOrderRef(), c.driver().now());
    c.channel().close();
    c.channel().close();
    long before = c.driver().requestCount();
    List<String> notRefused = new ArrayList<>();
    for (Operation op : Operation.values()) {
      Throwable t;
      try {
        invoke(c, op, listing, schedule, shipment, start);
        t = null;
      } catch (Throwable e) {
        t = e;
      }
      if (!(t instanceof IllegalStateException)) {
        notRefused.add(op + " -> " + (t == null ? "returned normally" : t.toString()));
      }
    }
    assertThat(notRefused)
        .as("operations not refused with IllegalStateException after close")
        .isEmpty();
    assertThat(c.driver().requestCount()).as("requests sent after close").isEqualTo(before);
  }

  // ---------------------------------------------------------------- the checks

  private static void assertUnsupportedOperationRefused(Conformance c, Operation op) {
    Instant start = c.slot(0);
    Listing invalidListing = Listing.builder().price(Money.krw(-1)).build();
    LiveSchedule invalidSchedule =
        new LiveSchedule(" ", start, Duration.ZERO, List.of(), null, null, null);
    Shipment shipment = c.sampleShipment(c.unknownOrderRef(), c.driver().now());
    long before = c.driver().requestCount();
    assertThatThrownBy(() -> invoke(c, op, invalidListing, invalidSchedule, shipment, start))
        .as(op + " is not in capabilities()")
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> assertThat(e.operation()).as("the operation named").isEqualTo(op));
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /** Calls an operation with the given input and unknown references; guards should stop it. */
  private static void invoke(
      Conformance c,
      Operation op,
      Listing listing,
      LiveSchedule schedule,
      Shipment shipment,
      Instant start) {
    switch (op) {
      case PUBLISH_LISTING -> c.channel().listings().publish(listing);
      case UPDATE_LISTING ->
          c.channel()
              .listings()
              .update(c.unknownListingRef(), ListingUpdate.builder().stock(1).build());
      case WITHDRAW_LISTING -> c.channel().listings().withdraw(c.unknownListingRef());
      case LISTING_STATUS -> c.channel().listings().status(c.unknownListingRef());
      case GET_LISTING -> c.channel().listings().get(c.unknownListingRef());
      case FIND_LISTING -> c.channel().listings().find(listing.sku());
      case LIST_LISTINGS -> c.channel().listings().list(ListingPage.FIRST);
      case SCHEDULE_LIVE -> c.channel().lives().schedule(schedule);
      case RESCHEDULE_LIVE -> c.channel().lives().reschedule(c.unknownLiveRef(), schedule);
      case CANCEL_LIVE -> c.channel().lives().cancel(c.unknownLiveRef());
      case LIST_LIVES -> c.channel().lives().list(start, start.plus(Duration.ofDays(1)));
      case PULL_ORDERS -> c.channel().orders().pull(Checkpoint.initial());
      case GET_ORDER -> c.channel().orders().get(c.unknownOrderRef());
      case ACKNOWLEDGE_ORDERS -> c.channel().orders().acknowledge(List.of(c.unknownOrderRef()));
      case SHIP_ORDERS -> c.channel().orders().ship(List.of(shipment));
      case REJECT_ORDERS ->
          c.channel()
              .orders()
              .reject(List.of(c.unknownOrderRef()), RejectReason.of(RejectReason.Code.SOLD_OUT));
      // An empty change is invalid: the closed and capability guards must come before validation.
      case SET_INVENTORY ->
          c.channel().inventory().set(List.of(StockChange.of(c.unknownListingRef())));
      case GET_INVENTORY -> c.channel().inventory().get(c.unknownListingRef());
      case PULL_CLAIMS -> c.channel().claims().pull(Checkpoint.initial());
      case APPROVE_CLAIMS -> c.channel().claims().approve(List.of(c.unknownClaimRef()));
      case REJECT_CLAIMS ->
          c.channel()
              .claims()
              .reject(
                  List.of(c.unknownClaimRef()),
                  ClaimRejection.of(ClaimRejection.Code.OTHER, "conformance"));
      case HOLD_CLAIMS -> c.channel().claims().hold(List.of(c.unknownClaimRef()), "conformance");
      case CANCEL_ORDERS ->
          c.channel()
              .claims()
              .cancel(List.of(c.unknownOrderRef()), RejectReason.of(RejectReason.Code.SOLD_OUT));
      case PARSE_WEBHOOK ->
          c.channel().parseWebhook(Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Runs a supported operation with valid input and checks its effect. Where the operation needs
   * something the channel cannot create (a listing on a channel without {@code PUBLISH_LISTING}),
   * an unknown reference must give {@link NotFoundException}: the only exception that counts.
   */
  private static void assertSupportedOperationWorks(Conformance c, Operation op) {
    boolean publishes = c.capabilities().supports(Operation.PUBLISH_LISTING);
    boolean schedules = c.capabilities().supports(Operation.SCHEDULE_LIVE);
    long before = c.driver().requestCount();
    switch (op) {
      case PUBLISH_LISTING -> {
        ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-CAP-PUB"));
        assertThat(ref.channelId()).isEqualTo(c.channel().id());
        assertThat(ref.listingId()).isNotBlank();
      }
      case UPDATE_LISTING -> {
        if (publishes) {
          ListingRef ref = c.publishApproved("CB-CAP-UPD");
          ListingStatus s =
              c.channel().listings().update(ref, ListingUpdate.builder().stock(3).build());
          assertThat(s.ref().listingId()).isEqualTo(ref.listingId());
        } else {
          assertNotFound(
              () ->
                  c.channel()
                      .listings()
                      .update(c.unknownListingRef(), ListingUpdate.builder().stock(3).build()));
        }
      }
      case WITHDRAW_LISTING -> {
        if (publishes) {
          ListingRef ref = c.publishApproved("CB-CAP-WD");
          c.channel().listings().withdraw(ref);
          if (c.capabilities().supports(Operation.LISTING_STATUS)) {
            assertThat(c.channel().listings().status(ref).state())
                .isEqualTo(ListingState.WITHDRAWN);
          }
        } else {
          assertNotFound(() -> c.channel().listings().withdraw(c.unknownListingRef()));
        }
      }
      case LISTING_STATUS -> {
        if (publishes) {
          ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-CAP-ST"));
          ListingStatus s = c.channel().listings().status(ref);
          assertThat(s.ref().listingId()).isEqualTo(ref.listingId());
          assertThat(s.state()).isNotEqualTo(ListingState.UNKNOWN);
        } else {
          assertNotFound(() -> c.channel().listings().status(c.unknownListingRef()));
        }
      }
      case GET_LISTING -> {
        if (publishes) {
          ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-CAP-GET"));
          assertThat(c.channel().listings().get(ref).sku()).isEqualTo("CB-CAP-GET");
        } else {
          assertNotFound(() -> c.channel().listings().get(c.unknownListingRef()));
        }
      }
      case FIND_LISTING -> {
        if (publishes) {
          ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-CAP-FIND"));
          assertThat(c.channel().listings().find("CB-CAP-FIND").map(ListingRef::listingId))
              .as("found listing id")
              .contains(ref.listingId());
        } else {
          assertThat(c.channel().listings().find("CB-CAP-NONE")).as("unknown SKU").isEmpty();
        }
      }
      case LIST_LISTINGS -> {
        if (publishes) {
          ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-CAP-LIST"));
          assertThat(
                  c.listAll().stream()
                      .flatMap(p -> p.listings().stream())
                      .map(ListingRef::listingId))
              .as("listed listing ids")
              .contains(ref.listingId());
        } else {
          assertThat(c.channel().listings().list(ListingPage.FIRST)).isNotNull();
        }
      }
      case SCHEDULE_LIVE -> {
        LiveBroadcast live =
            c.channel().lives().schedule(c.sampleSchedule(c.slot(0), c.featuredListings()));
        assertThat(live.status()).isEqualTo(LiveStatus.SCHEDULED);
        assertThat(live.channelId()).isEqualTo(c.channel().id());
      }
      case RESCHEDULE_LIVE -> {
        List<ListingRef> featured = c.featuredListings();
        LiveSchedule moved = c.sampleSchedule(c.slot(2), featured);
        if (schedules) {
          LiveBroadcast live = c.channel().lives().schedule(c.sampleSchedule(c.slot(0), featured));
          assertThat(c.channel().lives().reschedule(live.ref(), moved).start())
              .isEqualTo(moved.start());
        } else {
          assertNotFound(() -> c.channel().lives().reschedule(c.unknownLiveRef(), moved));
        }
      }
      case CANCEL_LIVE -> {
        if (schedules) {
          LiveBroadcast live =
              c.channel().lives().schedule(c.sampleSchedule(c.slot(0), c.featuredListings()));
          assertThat(c.channel().lives().cancel(live.ref()).status())
              .isEqualTo(LiveStatus.CANCELLED);
        } else {
          assertNotFound(() -> c.channel().lives().cancel(c.unknownLiveRef()));
        }
      }
      case LIST_LIVES -> {
        Instant start = c.slot(0);
        if (schedules) {
          LiveBroadcast live =
              c.channel().lives().schedule(c.sampleSchedule(start, c.featuredListings()));
          assertThat(c.channel().lives().list(start, live.end()))
              .extracting(LiveBroadcast::liveId)
              .containsExactly(live.liveId());
        } else {
          assertThat(c.channel().lives().list(start, start.plus(Duration.ofDays(1)))).isNotNull();
        }
      }
      case PULL_ORDERS -> {
        String id = c.driver().createOrder(c.sampleOrder(1));
        OrderPage page = c.channel().orders().pull(Checkpoint.initial());
        assertThat(c.pullAll(Checkpoint.initial()).stream().flatMap(p -> p.orders().stream()))
            .as("orders pulled")
            .anyMatch(o -> o.orderId().equals(id));
        assertThat(page.next()).isNotNull();
      }
      case GET_ORDER -> {
        String id = c.driver().createOrder(c.sampleOrder(2));
        Order order = c.channel().orders().get(c.orderRef(id));
        assertThat(order.orderId()).as("order id").isEqualTo(id);
        assertThat(order.lines()).as("lines").hasSize(c.sampleOrder(2).lines().size());
      }
      case ACKNOWLEDGE_ORDERS -> {
        String id = c.driver().createOrder(c.sampleOrder(1));
        BatchResult<OrderRef> r = c.channel().orders().acknowledge(List.of(c.orderRef(id)));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).error()).as("acknowledge error").isNull();
        if (c.capabilities().supports(Operation.PULL_ORDERS)) {
          assertThat(c.currentOrder(id).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
        }
      }
      case SHIP_ORDERS -> {
        String id = c.driver().createOrder(c.sampleOrder(1));
        if (c.capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
          c.channel().orders().acknowledge(List.of(c.orderRef(id)));
        }
        BatchResult<Shipment> r =
            c.channel().orders().ship(List.of(c.sampleShipment(c.orderRef(id), c.driver().now())));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).error()).as("ship error").isNull();
        if (c.capabilities().supports(Operation.PULL_ORDERS)) {
          assertThat(c.currentOrder(id).status())
              .isIn(OrderStatus.SHIPPED, OrderStatus.READY_FOR_PICKUP);
        }
      }
      case REJECT_ORDERS -> {
        String id = c.driver().createOrder(c.sampleOrder(1));
        BatchResult<OrderRef> r =
            c.channel()
                .orders()
                .reject(List.of(c.orderRef(id)), RejectReason.of(RejectReason.Code.SOLD_OUT));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).error()).as("reject error").isNull();
        if (c.capabilities().supports(Operation.PULL_ORDERS)) {
          assertThat(c.currentOrder(id).status()).isEqualTo(OrderStatus.CANCELLED);
        }
      }
      case SET_INVENTORY -> {
        if (publishes) {
          ListingRef ref = c.publishApproved("CB-CAP-SET");
          BatchResult<StockChange> r =
              c.channel()
                  .inventory()
                  .set(List.of(StockChange.of(ref).withPrice(Money.krw(12_300))));
          assertThat(r.items()).hasSize(1);
          assertThat(r.items().get(0).error()).as("set error").isNull();
          assertThat(c.driver().stockOnChannel(ref).price())
              .as("price on the channel")
              .isEqualTo(Money.krw(12_300));
        } else {
          BatchResult<StockChange> r =
              c.channel()
                  .inventory()
                  .set(List.of(StockChange.of(c.unknownListingRef()).withPrice(Money.krw(12_300))));
          assertThat(r.items()).hasSize(1);
          assertThat(r.items().get(0).error())
              .as("an unknown listing (the channel cannot create one to act on)")
              .isInstanceOf(NotFoundException.class);
        }
      }
      case GET_INVENTORY -> {
        if (publishes) {
          ListingRef ref = c.publishApproved("CB-CAP-INV");
          ListingStock stock = c.channel().inventory().get(ref);
          assertThat(stock.listing().listingId()).isEqualTo(ref.listingId());
          assertThat(stock.price()).as("price").isEqualTo(c.sampleListing("CB-CAP-INV").price());
        } else {
          assertNotFound(() -> c.channel().inventory().get(c.unknownListingRef()));
        }
      }
      case PULL_CLAIMS -> {
        String claimId = c.fileClaim(c.acknowledgedOrder(1), ClaimType.CANCEL);
        assertThat(
                c.pullAllClaims(Checkpoint.initial()).stream()
                    .flatMap(p -> p.claims().stream())
                    .map(Claim::claimId))
            .as("claims pulled")
            .contains(claimId);
      }
      case APPROVE_CLAIMS -> {
        String orderId = c.acknowledgedOrder(1);
        String claimId = c.fileClaim(orderId, ClaimType.CANCEL);
        BatchResult<ClaimRef> r =
            c.channel().claims().approve(List.of(claimRef(c, claimId, orderId, ClaimType.CANCEL)));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).error()).as("approve error").isNull();
        assertThat(c.driver().claimStatus(claimId))
            .as("claim status on the channel")
            .isEqualTo(c.approvedClaimStatus(c.filedClaimType(ClaimType.CANCEL)));
      }
      case REJECT_CLAIMS -> {
        String orderId = c.deliveredOrder(1);
        String claimId = c.fileClaim(orderId, ClaimType.RETURN);
        BatchResult<ClaimRef> r =
            c.channel()
                .claims()
                .reject(
                    List.of(claimRef(c, claimId, orderId, ClaimType.RETURN)),
                    ClaimRejection.of(ClaimRejection.Code.NOT_AT_FAULT, "conformance"));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).error()).as("reject error").isNull();
        assertThat(c.driver().claimStatus(claimId))
            .as("claim status on the channel")
            .isEqualTo(ClaimStatus.REJECTED);
      }
      case HOLD_CLAIMS -> {
        String orderId = c.deliveredOrder(1);
        String claimId = c.fileClaim(orderId, ClaimType.RETURN);
        ClaimStatus filed = c.driver().claimStatus(claimId);
        ClaimRef ref = claimRef(c, claimId, orderId, ClaimType.RETURN);
        assertThat(c.channel().claims().hold(List.of(ref), "반품 배송비 미입금").allSucceeded())
            .as("held")
            .isTrue();
        assertThat(c.driver().claimStatus(claimId)).as("after hold").isEqualTo(ClaimStatus.ON_HOLD);
        assertThat(c.channel().claims().release(List.of(ref)).allSucceeded())
            .as("released")
            .isTrue();
        assertThat(c.driver().claimStatus(claimId)).as("after release").isEqualTo(filed);
      }
      case CANCEL_ORDERS -> {
        String id = c.acknowledgedOrder(1);
        BatchResult<OrderRef> r =
            c.channel()
                .claims()
                .cancel(List.of(c.orderRef(id)), RejectReason.of(RejectReason.Code.SOLD_OUT));
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).error()).as("cancel error").isNull();
        if (c.capabilities().supports(Operation.GET_ORDER)
            || c.capabilities().supports(Operation.PULL_ORDERS)) {
          assertThat(c.readOrder(id).status()).isEqualTo(OrderStatus.CANCELLED);
        }
      }
      case PARSE_WEBHOOK -> {
        String id = c.driver().createOrder(c.sampleOrder(1));
        WebhookRequest request = c.driver().signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
        List<ChannelEvent> events = c.channel().parseWebhook(request.headers(), request.body());
        assertThat(events)
            .singleElement()
            .isInstanceOfSatisfying(
                OrderEvent.class, e -> assertThat(e.order().orderId()).isEqualTo(id));
        return; // local verification: no request is expected
      }
    }
    assertThat(c.driver().requestCount())
        .as("requests that reached the channel for " + op)
        .isGreaterThan(before);
  }

  /**
   * The reference to act on a claim: as pulled where the channel has {@code PULL_CLAIMS}, else
   * built from the driver's claim id and the order.
   */
  private static ClaimRef claimRef(Conformance c, String claimId, String orderId, ClaimType asked) {
    if (c.capabilities().supports(Operation.PULL_CLAIMS)) {
      return c.currentClaim(claimId).ref();
    }
    return new ClaimRef(c.channel().id(), claimId, c.filedClaimType(asked), c.orderRef(orderId));
  }

  private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .as("an unknown reference (the channel cannot create one to act on)")
        .isInstanceOf(NotFoundException.class);
  }
}
