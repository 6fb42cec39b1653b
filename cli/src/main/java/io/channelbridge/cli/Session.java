package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.spi.ChannelRegistry;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.TreeSet;

/**
 * One open channel for one command: the real channel when its settings name a base URL or
 * credentials, else its embedded simulator (or the in-memory {@code fake}), seeded the same way on
 * every run so that the seeded ids are stable.
 */
final class Session implements AutoCloseable {
  /** The channels with an embedded simulator, and the settings that mean "a real account". */
  static final Map<String, List<String>> CREDENTIALS =
      Map.of(
          "naver", List.of("client-id", "client-secret"),
          "delivery-app", List.of("client-id", "client-secret", "shop-id"),
          "ott-shopping", List.of("partner-id", "key", "secret"),
          "fake", List.of());

  static final String SEED_TITLE = "제주 감귤 5kg";

  static final ZoneId KST = ZoneId.of("Asia/Seoul");

  final CommerceChannel channel;
  final Optional<Seeded> seeded;
  private final AutoCloseable simulator;
  private final java.time.Clock clock;

  /** What the embedded channel was seeded with. */
  record Seeded(
      String where,
      ChannelDriver driver,
      ListingRef listing,
      List<String> orderIds,
      List<String> claimIds,
      LiveRef live) {}

  private Session(
      CommerceChannel channel,
      Optional<Seeded> seeded,
      AutoCloseable simulator,
      java.time.Clock clock) {
    this.channel = channel;
    this.seeded = seeded;
    this.simulator = simulator;
    this.clock = clock;
  }

  String id() {
    return channel.id();
  }

  /** Now, on the channel's clock (the simulator's, when embedded). */
  Instant now() {
    return clock.instant();
  }

  static ChannelRegistry registry() {
    return ChannelRegistry.fromServiceLoader(Session.class.getClassLoader());
  }

  /** The settings from the file (if any) and the environment, the environment winning. */
  static ChannelConfig settings(Path file, Map<String, String> environment) {
    ChannelConfig.Builder b = ChannelConfig.builder();
    if (file != null) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new BadInput("cannot read the settings file " + file);
      }
      b.propertiesFile(file);
    }
    return b.environment(environment).build();
  }

  /** Whether the channel runs embedded: no base URL and no credentials among its settings. */
  static boolean embedded(String id, ChannelConfig settings) {
    List<String> credentials = CREDENTIALS.get(id);
    if (credentials == null) {
      return false;
    }
    if (settings.get(id + ".base-url").isPresent()) {
      return false;
    }
    return credentials.stream().noneMatch(k -> settings.get(id + "." + k).isPresent());
  }

  static void requireKnown(ChannelRegistry registry, String id) {
    if (registry.provider(id).isEmpty()) {
      throw new BadInput(
          "unknown channel '"
              + id
              + "' (known: "
              + String.join(", ", new TreeSet<>(registry.ids()))
              + ")");
    }
  }

  static Session open(String id, Path file, Map<String, String> environment, Printer printer) {
    ChannelRegistry registry = registry();
    requireKnown(registry, id);
    ChannelConfig settings = settings(file, environment);
    if (!embedded(id, settings)) {
      return new Session(registry.open(id, settings), Optional.empty(), null, settings.clock());
    }
    // The simulators' protocols write times in milliseconds: start the clock on one.
    ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    AutoCloseable sim = null;
    CommerceChannel channel = null;
    try {
      ChannelDriver driver;
      String where;
      switch (id) {
        case "naver" -> {
          NaverSimulator s = NaverSimulator.start(clock);
          sim = s;
          driver = s;
          where = "the embedded naver simulator at " + s.baseUrl();
          channel = registry.open(id, merge(settings, s.configFor().build(), id));
        }
        case "delivery-app" -> {
          DeliveryAppSimulator s = DeliveryAppSimulator.start(clock);
          sim = s;
          s.rateLimit(false);
          driver = s;
          where = "the embedded delivery-app simulator at " + s.baseUrl();
          channel = registry.open(id, merge(settings, s.configFor().build(), id));
        }
        case "ott-shopping" -> {
          OttShoppingSimulator s = OttShoppingSimulator.start(clock);
          sim = s;
          s.rateLimit(false);
          driver = s;
          where = "the embedded ott-shopping simulator at " + s.baseUrl();
          channel = registry.open(id, merge(settings, s.configFor().build(), id));
        }
        default -> {
          channel = registry.open(id, settings.toBuilder().clock(clock).build());
          driver = ((FakeChannel) channel).driver();
          where = "the in-memory fake channel";
        }
      }
      printer.note(
          "no base URL or credentials for '"
              + id
              + "': running against "
              + where
              + ", seeded afresh (nothing is kept between runs)");
      Seeded seeded = seed(channel, driver, where);
      printer.note(describe(seeded));
      return new Session(channel, Optional.of(seeded), sim, clock);
    } catch (RuntimeException e) {
      closeQuietly(channel, e);
      closeQuietly(sim, e);
      throw e;
    }
  }

  /** The user's settings, with the simulator's address and credentials and no rate limit. */
  private static ChannelConfig merge(ChannelConfig user, ChannelConfig sim, String id) {
    ChannelConfig.Builder b = user.toBuilder().clock(sim.clock());
    for (String key : sim.keys()) {
      String value = sim.get(key).orElseThrow();
      if (sim.isSecret(key)) {
        b.secret(key, value);
      } else {
        b.set(key, value);
      }
    }
    // A local simulator needs no client-side limit; the user may still set one.
    if (user.get(id + ".http.rate-limit").isEmpty()) {
      b.set(id + ".http.rate-limit", "none");
    }
    return b.build();
  }

  /**
   * The seed, the same on every run: the example listing (approved where the channel reviews), four
   * orders of it (the first new, the others acknowledged, the fourth then delivered), where the
   * channel has claims a buyer's cancel request on the third and a return request on the fourth,
   * and where the channel has lives a live tomorrow at 20:00 KST featuring the listing.
   */
  private static Seeded seed(CommerceChannel channel, ChannelDriver driver, String where) {
    String id = channel.id();
    Listing listing =
        ListingFile.example()
            .images(
                driver.sampleImageUrl("JEJU-5KG-1.jpg"), driver.sampleImageUrl("JEJU-5KG-2.jpg"))
            .build();
    ListingRef ref = channel.listings().publish(listing);
    if (channel.listings().status(ref).state() != ListingState.LIVE) {
      driver.approveListing(ref);
    }
    List<String> orders = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      OrderSpec spec = OrderSpec.of(listing.sku(), SEED_TITLE, i, Money.krw(19_900));
      if (id.equals("delivery-app")) {
        spec =
            spec.withFulfilment(i % 2 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
      }
      orders.add(driver.createOrder(spec));
    }
    channel
        .orders()
        .acknowledge(orders.subList(1, 4).stream().map(o -> OrderRef.of(id, o)).toList());
    List<String> claims = new ArrayList<>();
    if (channel.capabilities().supports(Operation.PULL_CLAIMS)) {
      claims.add(driver.createClaim(ClaimSpec.wholeOrder(orders.get(2), ClaimType.CANCEL)));
      driver.changeOrderStatus(orders.get(3), OrderStatus.DELIVERED);
      claims.add(driver.createClaim(ClaimSpec.wholeOrder(orders.get(3), ClaimType.RETURN)));
    }
    LiveRef live = null;
    if (channel.capabilities().supports(Operation.SCHEDULE_LIVE)) {
      LocalDate tomorrow = LocalDate.ofInstant(driver.now(), KST).plusDays(1);
      live =
          channel
              .lives()
              .schedule(
                  LiveSchedule.builder()
                      .title("제주 감귤 라이브")
                      .start(ZonedDateTime.of(tomorrow, LocalTime.of(20, 0), KST).toInstant())
                      .duration(Duration.ofMinutes(60))
                      .feature(ref)
                      .host("김사장")
                      .build())
              .ref();
    }
    return new Seeded(where, driver, ref, List.copyOf(orders), List.copyOf(claims), live);
  }

  private static String describe(Seeded s) {
    List<String> o = s.orderIds();
    StringBuilder sb = new StringBuilder("seeded listing ");
    sb.append(s.listing().sku()).append(" (id ").append(s.listing().listingId()).append("), ");
    sb.append("orders ").append(o.get(0)).append(" (new), ");
    sb.append(o.get(1)).append(", ").append(o.get(2)).append(" (acknowledged), ");
    sb.append(o.get(3)).append(" (delivered)");
    if (!s.claimIds().isEmpty()) {
      sb.append(", claims ").append(s.claimIds().get(0)).append(" (cancel request on ");
      sb.append(o.get(2)).append("), ").append(s.claimIds().get(1));
      sb.append(" (return request on ").append(o.get(3)).append(')');
    }
    if (s.live() != null) {
      sb.append(", live ").append(s.live().liveId());
    }
    return sb.toString();
  }

  /**
   * The listing a command names: by id (with the SKU, if given), or by SKU alone, looked up on the
   * channel where it can find listings, or the seeded one on an embedded channel.
   */
  ListingRef listing(String listingId, String sku) {
    if (listingId != null) {
      if (seeded.isPresent() && seeded.get().listing().listingId().equals(listingId)) {
        return seeded.get().listing();
      }
      return ListingRef.of(id(), listingId, sku);
    }
    if (sku == null) {
      throw new BadInput("name the listing with --listing-id or --sku");
    }
    if (channel.capabilities().supports(Operation.FIND_LISTING)) {
      return channel
          .listings()
          .find(sku)
          .orElseThrow(() -> new BadInput("no listing with SKU '" + sku + "' on " + id()));
    }
    if (seeded.isPresent() && sku.equals(seeded.get().listing().sku())) {
      return seeded.get().listing();
    }
    throw new BadInput(
        "channel '" + id() + "' cannot find listings by SKU: name the listing with --listing-id");
  }

  private static void closeQuietly(AutoCloseable c, RuntimeException primary) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      primary.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    try {
      channel.close();
    } catch (Exception e) {
      failure = new IllegalStateException("closing the channel failed: " + e.getMessage(), e);
    }
    if (simulator != null) {
      try {
        simulator.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("closing the simulator failed: " + e.getMessage(), e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
