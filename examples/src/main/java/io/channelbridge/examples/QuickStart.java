package io.channelbridge.examples;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.OrderStream;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.simulator.SimulatorBase;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every {@code CommerceChannel} call, end to end: publish a listing, wait for review, update it,
 * set one option's stock, find and list listings, schedule a live broadcast, pull orders page by
 * page with a checkpoint, read one whole, acknowledge and ship them, pull claims and approve or
 * reject them, parse a webhook, then clean up.
 *
 * <p>Runs against the embedded {@code FakeChannel} by default, and with the argument {@code naver},
 * {@code delivery-app} or {@code ott-shopping} against that channel's embedded simulator: {@code
 * ./mvnw -q -pl examples -am compile exec:java}. Pass another channel id as the first argument
 * (with its settings in {@code CHANNELBRIDGE_*} environment variables) to run the same calls
 * against a real channel; the steps that play the channel's side (approving the listing, creating
 * orders) only run on a fake or a simulator.
 *
 * <p>The steps adapt to the channel: a listing that is live at once skips the review, a channel
 * with {@link Operation#REJECT_ORDERS} rejects one order before accepting the rest, and orders
 * delivered without a carrier (a rider's delivery, a pickup) are handed over ({@link
 * Shipment#handover}) rather than shipped as parcels.
 */
public final class QuickStart {
  private static final ZoneId KST = ZoneId.of("Asia/Seoul");

  private final PrintStream out;

  QuickStart(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args optional channel id: {@code fake} (default), {@code naver}, {@code delivery-app} or
   *     {@code ott-shopping}; the last three run against the channel's embedded simulator unless
   *     its base URL is set in the environment (e.g. {@code CHANNELBRIDGE_NAVER_BASE_URL})
   */
  public static void main(String[] args) {
    String channelId = args.length > 0 ? args[0] : "fake";
    Properties defaults = new Properties();
    defaults.setProperty("fake.page-size", "2"); // small pages, so paging shows
    ChannelConfig.Builder config =
        ChannelConfig.builder().properties(defaults).environment(System.getenv());
    QuickStart app = new QuickStart(System.out);
    boolean configured =
        System.getenv(ChannelConfig.environmentName(channelId + ".base-url")) != null;
    // The protocols write times in milliseconds: start the simulators' clock on a millisecond.
    ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    SimulatorBase embedded =
        configured
            ? null
            : switch (channelId) {
              case "naver" -> NaverSimulator.start(clock);
              case "delivery-app" -> DeliveryAppSimulator.start(clock);
              case "ott-shopping" -> OttShoppingSimulator.start(clock);
              default -> null;
            };
    if (embedded != null) {
      ChannelConfig simConfig =
          embedded instanceof NaverSimulator naver
              ? naver.configFor().build()
              : embedded instanceof DeliveryAppSimulator deliveryApp
                  ? deliveryApp.configFor().build()
                  : ((OttShoppingSimulator) embedded).configFor().build();
      try (embedded;
          CommerceChannel channel = CommerceChannels.open(channelId, simConfig)) {
        System.out.printf(
            "(against the embedded %s simulator at %s)%n", channelId, embedded.baseUrl());
        app.run(channel, Optional.of(embedded));
      }
      return;
    }
    try (CommerceChannel channel = CommerceChannels.open(channelId, config.build())) {
      app.run(
          channel,
          channel instanceof FakeChannel fake ? Optional.of(fake.driver()) : Optional.empty());
    }
  }

  /**
   * Runs every step against one channel.
   *
   * @param channel the channel
   * @param driver the channel's side, where it is a fake or a simulator: it approves the listing
   *     and creates orders, which on a real channel its reviewers and buyers do
   * @return the orders handled, for tests
   */
  List<Order> run(CommerceChannel channel, Optional<ChannelDriver> driver) {
    ChannelCapabilities caps = channel.capabilities();
    out.printf(
        "Opened channel '%s': %d operations, webhooks %s, orders paged by %s%n",
        channel.id(), caps.operations().size(), caps.webhooks(), caps.pagination());

    // 1. Invalid input fails before any call, with every violation listed.
    try {
      channel.listings().publish(Listing.builder().sku("").title("").build());
    } catch (ValidationException e) {
      out.printf(
          "Rejected an empty listing before any call: %d violations, e.g. %s%n",
          e.violations().size(), e.violations().get(0));
    }

    // 2. Publish, wait for review (where the channel reviews listings), update.
    ListingRef ref = channel.listings().publish(sampleListing(channel.id()));
    ListingState published = channel.listings().status(ref).state();
    out.printf("Published %s as listing %s: %s%n", ref.sku(), ref.listingId(), published);
    if (published == ListingState.LIVE) {
      out.printf("No review on this channel: live at once%n");
    } else {
      driver.ifPresent(d -> d.approveListing(ref)); // on a real channel, its reviewers do this
      out.printf("After review: %s%n", channel.listings().status(ref).state());
    }
    channel
        .listings()
        .update(ref, ListingUpdate.builder().price(Money.krw(17_900)).stock(80).build());
    Listing stored = channel.listings().get(ref);
    out.printf(
        "Updated price and stock: %s, %s in stock, title kept: %s%n",
        stored.price(), stored.stock(), stored.title());

    // Stock and price per option: change one option, read back; the other options keep theirs.
    if (caps.supports(Operation.SET_INVENTORY) && caps.supports(Operation.GET_INVENTORY)) {
      ListingStock before = channel.inventory().get(ref);
      StockChange change =
          before.options().isEmpty() || before.options().get(0).sku() == null
              ? StockChange.of(ref).withStock(Stock.of(60))
              : StockChange.ofOption(ref, before.options().get(0).sku()).withStock(Stock.of(0));
      BatchResult<StockChange> set = channel.inventory().set(List.of(change));
      ListingStock after = channel.inventory().get(ref);
      out.printf(
          "Set %s to %s: %d applied, failed %d; now %s%n",
          change.isOption() ? "option " + change.optionSku() : "the listing's stock",
          change.stock(),
          set.succeeded().size(),
          set.failed().size(),
          after.options().isEmpty()
              ? "stock " + after.stock()
              : after.options().stream().map(o -> o.sku() + "=" + o.stock()).toList());
    }

    // Look a listing up by SKU, and import the catalogue page by page, where the channel can.
    if (caps.supports(Operation.FIND_LISTING)) {
      Optional<ListingRef> found = channel.listings().find(ref.sku());
      out.printf(
          "Found %s by SKU: listing %s%n",
          ref.sku(), found.map(ListingRef::listingId).orElse("(none)"));
    }
    if (caps.supports(Operation.LIST_LISTINGS)) {
      int listed = 0;
      String cursor = ListingPage.FIRST;
      do {
        ListingPage page = channel.listings().list(cursor);
        listed += page.listings().size(); // a catalogue import would get() each one here
        cursor = page.next();
      } while (cursor != null);
      out.printf("Listed the catalogue: %d listing(s)%n", listed);
    }

    // 3. Schedule a live broadcast tomorrow at 20:00 KST, then list the next two days.
    if (caps.supports(Operation.SCHEDULE_LIVE)) {
      Instant now = driver.map(ChannelDriver::now).orElseGet(Instant::now);
      LocalDate tomorrow = LocalDate.ofInstant(now, KST).plusDays(1);
      Instant start = ZonedDateTime.of(tomorrow, LocalTime.of(20, 0), KST).toInstant();
      LiveBroadcast live =
          channel
              .lives()
              .schedule(
                  LiveSchedule.builder()
                      .title("제주 감귤 라이브")
                      .start(start)
                      .duration(Duration.ofMinutes(60))
                      .feature(ref)
                      .host("김사장")
                      .build());
      out.printf(
          "Scheduled live %s at %s KST: %s%n",
          live.liveId(), live.start().atZone(KST).toLocalDateTime(), live.status());
      LiveBroadcast moved =
          channel
              .lives()
              .reschedule(
                  live.ref(),
                  LiveSchedule.builder()
                      .title("제주 감귤 라이브 (연장)")
                      .start(start)
                      .duration(Duration.ofMinutes(90))
                      .feature(ref)
                      .build());
      out.printf("Rescheduled it to end at %s KST%n", moved.end().atZone(KST).toLocalTime());
      List<LiveBroadcast> upcoming = channel.lives().list(now, now.plus(Duration.ofDays(2)));
      out.printf("Lives in the next two days: %d%n", upcoming.size());
      out.printf("Cancelled it: %s%n", channel.lives().cancel(live.ref()).status());
    }

    // 4. Orders: pull page by page, saving the checkpoint only after a page was handled.
    driver.ifPresent(
        d -> {
          for (int i = 1; i <= 5; i++) {
            d.createOrder(sampleOrder(channel.id(), ref.sku(), i));
          }
        });
    List<Order> handled = new ArrayList<>();
    Checkpoint checkpoint = pullAll(channel, Checkpoint.initial(), handled);
    out.printf("Pulled %d orders; checkpoint %s%n", handled.size(), checkpoint.encode());

    // Read one order whole: every line at its current status.
    if (caps.supports(Operation.GET_ORDER) && !handled.isEmpty()) {
      Order whole = channel.orders().get(handled.get(0).ref());
      out.printf(
          "Read order %s: %d line(s), %s%n", whole.orderId(), whole.lines().size(), whole.status());
    }

    // Where the seller may decline an order (delivery apps: before accepting it), decline one.
    List<Order> accepted = handled;
    if (caps.supports(Operation.REJECT_ORDERS) && !handled.isEmpty()) {
      Order declined = handled.get(handled.size() - 1);
      BatchResult<OrderRef> rejected =
          channel
              .orders()
              .reject(List.of(declined.ref()), RejectReason.of(RejectReason.Code.SOLD_OUT));
      out.printf(
          "Rejected order %s as sold out: %d rejected, failed %d%n",
          declined.orderId(), rejected.succeeded().size(), rejected.failed().size());
      accepted = handled.subList(0, handled.size() - 1);
    }
    BatchResult<OrderRef> acks =
        channel.orders().acknowledge(accepted.stream().map(Order::ref).toList());
    out.printf("Acknowledged %d, failed %d%n", acks.succeeded().size(), acks.failed().size());

    // Claims: a buyer asks to cancel one order and returns another; the seller decides, and
    // cancels a third order itself.
    List<Order> toShip = accepted;
    if (caps.supports(Operation.PULL_CLAIMS) && driver.isPresent() && accepted.size() >= 4) {
      toShip = accepted.subList(2, accepted.size());
      ChannelDriver d = driver.get();
      d.createClaim(ClaimSpec.wholeOrder(accepted.get(0).orderId(), ClaimType.CANCEL));
      d.changeOrderStatus(accepted.get(1).orderId(), OrderStatus.DELIVERED);
      d.createClaim(ClaimSpec.wholeOrder(accepted.get(1).orderId(), ClaimType.RETURN));
      List<Claim> claims = new ArrayList<>();
      Checkpoint claimCheckpoint = Checkpoint.initial(); // kept apart from the orders' checkpoint
      ClaimPage claimPage;
      do {
        claimPage = channel.claims().pull(claimCheckpoint);
        claims.addAll(claimPage.claims());
        claimCheckpoint = claimPage.next();
      } while (claimPage.hasMore());
      for (Claim claim : claims) {
        out.printf(
            "  claim %s on order %s: %s %s (%s)%n",
            claim.claimId(), claim.orderId(), claim.type(), claim.status(), claim.channelStatus());
      }
      for (Claim claim : claims) {
        if (claim.status() != ClaimStatus.REQUESTED) {
          continue;
        }
        if (claim.type() == ClaimType.CANCEL && caps.supports(Operation.APPROVE_CLAIMS)) {
          BatchResult<ClaimRef> approved = channel.claims().approve(List.of(claim.ref()));
          out.printf(
              "Approved the cancel request %s: %d approved, failed %d; the order is now %s%n",
              claim.claimId(),
              approved.succeeded().size(),
              approved.failed().size(),
              caps.supports(Operation.GET_ORDER)
                  ? channel.orders().get(OrderRef.of(channel.id(), claim.orderId())).status()
                  : "(not readable here)");
        } else if (claim.type() != ClaimType.CANCEL && caps.supports(Operation.REJECT_CLAIMS)) {
          if (caps.supports(Operation.HOLD_CLAIMS)) {
            // Hold a return (e.g. until the buyer pays the return fee), then release it.
            BatchResult<ClaimRef> held =
                channel.claims().hold(List.of(claim.ref()), "반품 배송비 입금 확인 중");
            BatchResult<ClaimRef> released = channel.claims().release(List.of(claim.ref()));
            out.printf(
                "Held and released the %s %s: %d held, %d released%n",
                claim.type(),
                claim.claimId(),
                held.succeeded().size(),
                released.succeeded().size());
          }
          BatchResult<ClaimRef> rejected =
              channel
                  .claims()
                  .reject(
                      List.of(claim.ref()),
                      ClaimRejection.of(ClaimRejection.Code.NO_EVIDENCE, "반품 사진이 없습니다"));
          out.printf(
              "Rejected the %s %s: %d rejected, failed %d%n",
              claim.type(), claim.claimId(), rejected.succeeded().size(), rejected.failed().size());
        }
      }
      // The seller cancels an acknowledged order it cannot fulfil.
      if (caps.supports(Operation.CANCEL_ORDERS)) {
        Order cancelled = accepted.get(2);
        toShip = accepted.subList(3, accepted.size());
        BatchResult<OrderRef> sellerCancel =
            channel
                .claims()
                .cancel(List.of(cancelled.ref()), RejectReason.of(RejectReason.Code.SOLD_OUT));
        out.printf(
            "Cancelled order %s as the seller (sold out): %d cancelled, failed %d%n",
            cancelled.orderId(), sellerCancel.succeeded().size(), sellerCancel.failed().size());
      }
      ClaimPage decided = channel.claims().pull(claimCheckpoint);
      out.printf(
          "Pulled claims again: %s%n",
          decided.claims().stream().map(c -> c.type() + " " + c.status()).toList());
    }

    // Parcels go to a carrier with a tracking number; rider and pickup orders are handed over.
    Instant shippedAt = driver.map(ChannelDriver::now).orElseGet(Instant::now);
    List<Shipment> shipments = new ArrayList<>();
    int handovers = 0;
    for (int i = 0; i < toShip.size(); i++) {
      Order order = toShip.get(i);
      if (order.fulfilment() == FulfilmentKind.QUICK_DELIVERY
          || order.fulfilment() == FulfilmentKind.PICKUP) {
        shipments.add(Shipment.handover(order.ref(), shippedAt));
        handovers++;
      } else {
        shipments.add(Shipment.parcel(order.ref(), "CJ", "6100000000" + i, shippedAt));
      }
    }
    BatchResult<Shipment> shipped = channel.orders().ship(shipments);
    out.printf(
        "Shipped %d, failed %d%s%n",
        shipped.succeeded().size(),
        shipped.failed().size(),
        handovers == 0 ? "" : " (" + handovers + " handed over, ready for the rider or the buyer)");
    List<Order> changed = new ArrayList<>();
    // The same pages as an iterator: its checkpoint moves past a page once all its orders came.
    try (OrderStream stream = channel.orders().stream(checkpoint)) {
      for (Order order : stream) {
        changed.add(order);
      }
      out.printf(
          "Streamed from the saved checkpoint; resume at %s%n", stream.checkpoint().encode());
    }
    out.printf(
        "Pulled again from the saved checkpoint: %d changed orders, now %s%n",
        changed.size(), changed.stream().map(o -> o.status().toString()).distinct().toList());

    // 5. Webhooks: the channel pushes; the SDK verifies the signature over the raw bytes.
    if (caps.supports(Operation.PARSE_WEBHOOK) && driver.isPresent() && !handled.isEmpty()) {
      WebhookRequest push =
          driver.get().signedWebhook(handled.get(0).orderId(), ChannelEvent.Type.ORDER_UPDATED);
      for (ChannelEvent event : channel.parseWebhook(push.headers(), push.body())) {
        if (event instanceof OrderEvent e) {
          out.printf("Verified a webhook: %s for order %s%n", e.type(), e.order().orderId());
        }
      }
    }

    // 6. Take the listing off sale.
    channel.listings().withdraw(ref);
    out.printf("Withdrew %s: %s%n", ref.listingId(), channel.listings().status(ref).state());
    return handled;
  }

  /** Pulls until caught up, saving the checkpoint only after each page was handled. */
  private Checkpoint pullAll(CommerceChannel channel, Checkpoint from, List<Order> handled) {
    Checkpoint checkpoint = from;
    OrderPage page;
    do {
      page = channel.orders().pull(checkpoint);
      for (Order order : page.orders()) {
        out.printf(
            "  order %s@%s: %d line(s), %s, %s%n",
            order.orderId(),
            order.version(),
            order.lines().size(),
            order.amounts().total(),
            order.status());
        handled.add(order);
      }
      checkpoint = page.next(); // a real tool persists this now, e.g. in a CheckpointStore
    } while (page.hasMore());
    return checkpoint;
  }

  /**
   * The buyer's side of the demo: parcel orders, except on a delivery app, which has none (the
   * rider delivers, or the buyer picks up).
   */
  static OrderSpec sampleOrder(String channelId, String sku, int quantity) {
    OrderSpec spec = OrderSpec.of(sku, "제주 감귤 5kg", quantity, Money.krw(17_900));
    if (channelId.equals("delivery-app")) {
      return spec.withFulfilment(
          quantity % 2 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
    }
    return spec;
  }

  static Listing sampleListing(String channelId) {
    // Naver only takes images on its own CDN; the adapter fetches and uploads any other URL. The
    // demo runs offline, so on Naver it names images that are already there.
    String imageBase =
        channelId.equals("naver")
            ? "https://shop-phinf.pstatic.net/demo/"
            : "https://img.example.com/";
    return Listing.builder()
        .sku("JEJU-5KG")
        .title("제주 감귤 5kg")
        .description("<p>새콤달콤한 제주 감귤</p>")
        .price(Money.krw(19_900))
        .listPrice(Money.krw(25_000))
        .stock(100)
        .images(imageBase + "jeju-1.jpg", imageBase + "jeju-2.jpg")
        .category(channelId, "50000803")
        .brand("제주농장")
        .manufacturer("제주농장")
        .origin("국산 (제주)")
        .taxType(TaxType.TAX_FREE)
        .afterService(new AfterService("064-000-0000", "평일 10-17시"))
        .notice(new ProductNotice("FOOD", Map.of("용량", "5kg", "생산자", "제주농장")))
        .delivery(DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000)))
        .build();
  }
}
