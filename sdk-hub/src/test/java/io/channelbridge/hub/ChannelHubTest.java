package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.LiveStatus;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ChannelRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChannelHubTest {

  /** Publishes and records what it was given. */
  static class Recording extends TestChannel {
    final Map<String, Listing> published = new ConcurrentHashMap<>();
    final List<ListingUpdate> updates = new ArrayList<>();

    Recording(String id) {
      super(id);
    }

    @Override
    protected ListingRef publishListing(Listing listing, CallOptions options) {
      lastOptions = options;
      published.put(listing.sku(), listing);
      return ListingRef.of(id, id + "-" + listing.sku(), listing.sku());
    }

    @Override
    protected synchronized ListingStatus updateListing(
        ListingRef ref, ListingUpdate update, CallOptions options) {
      updates.add(update);
      return new ListingStatus(ref, ListingState.LIVE, "SALE", null, null, null);
    }

    @Override
    protected void withdrawListing(ListingRef ref, CallOptions options) {}

    @Override
    protected LiveBroadcast scheduleLive(LiveSchedule s, CallOptions options) {
      return new LiveBroadcast(
          id,
          id + "-live",
          s.title(),
          s.start(),
          s.end(),
          s.featured(),
          null,
          null,
          LiveStatus.SCHEDULED,
          "READY",
          null);
    }
  }

  /** Ignores its deadline and interrupts: blocks until released. */
  static final class Hanging extends TestChannel {
    final CountDownLatch release = new CountDownLatch(1);

    Hanging(String id) {
      super(id);
    }

    @Override
    protected ListingRef publishListing(Listing listing, CallOptions options) {
      lastOptions = options;
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < end) {
        try {
          if (release.await(30, TimeUnit.SECONDS)) {
            break;
          }
        } catch (InterruptedException e) {
          // ignores interrupts, like a badly behaved adapter
        }
      }
      return ListingRef.of(id, "late", listing.sku());
    }
  }

  @Test
  void publishesEverywhereWithOverridesAndPerChannelResults() {
    Recording naver = new Recording("naver");
    Recording coupang = new Recording("coupang");
    TestChannel kakao =
        new TestChannel("kakao") {
          @Override
          protected ListingRef publishListing(Listing listing, CallOptions options) {
            throw new ValidationException(
                id, List.of(new Violation("title", "too_long", "title is too long")));
          }
        };
    try (ChannelHub hub = ChannelHub.builder().add(naver).add(coupang).add(kakao).build()) {
      ListingOverrides overrides =
          ListingOverrides.builder()
              .price("coupang", Money.krw(21_900))
              .title("coupang", "쿠팡 전용 제목")
              .category("coupang", "56137")
              .build();

      Listing listing = HubFixtures.listing().toBuilder().category("naver", "50000803").build();
      ChannelResults<ListingRef> results = hub.publishEverywhere(listing, overrides);

      assertThat(results.results())
          .extracting(ChannelResult::channel)
          .containsExactly("naver", "coupang", "kakao");
      assertThat(results.succeeded()).containsOnlyKeys("naver", "coupang");
      assertThat(results.failed().get("kakao")).isInstanceOf(ValidationException.class);
      assertThat(results.allSucceeded()).isFalse();
      Listing onCoupang = coupang.published.get(listing.sku());
      assertThat(onCoupang.price()).isEqualTo(Money.krw(21_900));
      assertThat(onCoupang.title()).isEqualTo("쿠팡 전용 제목");
      assertThat(onCoupang.categoryFor("coupang")).isEqualTo("56137");
      assertThat(onCoupang.categoryFor("naver")).isEqualTo("50000803");
      assertThat(naver.published.get(listing.sku())).isEqualTo(listing);
      assertThat(naver.lastOptions.timeout()).contains(ChannelHub.DEFAULT_TIMEOUT);
    }
  }

  @Test
  void aHangingChannelCostsOnlyItsTimeoutAndCloseDoesNotWaitForIt() {
    Recording naver = new Recording("naver");
    Hanging slow = new Hanging("slow");
    ChannelHub hub =
        ChannelHub.builder().add(naver).add(slow).timeout("slow", Duration.ofMillis(300)).build();
    long start = System.nanoTime();
    ChannelResults<ListingRef> results = hub.publishEverywhere(HubFixtures.listing());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(results.succeeded()).containsOnlyKeys("naver");
    ChannelException error = results.failed().get("slow");
    assertThat(error).isInstanceOf(ChannelUnavailableException.class);
    assertThat(error.channelId()).isEqualTo("slow");
    assertThat(error.getMessage()).contains("'slow'").contains("PT0.3S");
    assertThat(slow.lastOptions.timeout()).contains(Duration.ofMillis(300));
    assertThat(took).isLessThan(Duration.ofSeconds(10)); // far below the 30 s hang
    long closeStart = System.nanoTime();
    hub.close();
    assertThat(Duration.ofNanos(System.nanoTime() - closeStart)).isLessThan(Duration.ofSeconds(10));
    assertThat(naver.closed).isTrue();
    assertThat(slow.closed).isTrue();
    slow.release.countDown();
  }

  @Test
  void callTimeoutAndChosenChannelsComeFromHubCallOptions() {
    Recording naver = new Recording("naver");
    Recording coupang = new Recording("coupang");
    try (ChannelHub hub = ChannelHub.builder().add(naver).add(coupang).build()) {
      ChannelResults<ListingRef> results =
          hub.publishEverywhere(
              HubFixtures.listing(),
              ListingOverrides.NONE,
              HubCallOptions.builder()
                  .only("coupang")
                  .timeout(Duration.ofSeconds(7))
                  .callOptions(CallOptions.idempotencyKey("k-1"))
                  .build());
      assertThat(results.succeeded()).containsOnlyKeys("coupang");
      assertThat(naver.published).isEmpty();
      assertThat(coupang.lastOptions.timeout()).contains(Duration.ofSeconds(7));
      assertThat(coupang.lastOptions.idempotencyKey()).contains("k-1");
      assertThatThrownBy(
              () ->
                  hub.publishEverywhere(
                      HubFixtures.listing(), ListingOverrides.NONE, HubCallOptions.only("nope")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nope");
    }
  }

  @Test
  void updatesAndWithdrawsTheChannelsOfTheGivenRefs() {
    Recording naver = new Recording("naver");
    Recording coupang = new Recording("coupang");
    Recording kakao = new Recording("kakao");
    try (ChannelHub hub = ChannelHub.builder().add(naver).add(coupang).add(kakao).build()) {
      Map<String, ListingRef> refs = hub.publishEverywhere(HubFixtures.listing()).succeeded();
      Map<String, ListingRef> two = Map.of("kakao", refs.get("kakao"), "naver", refs.get("naver"));

      ChannelResults<ListingStatus> updated =
          hub.updateEverywhere(
              two,
              ListingUpdate.builder().price(Money.krw(18_900)).build(),
              ListingOverrides.builder()
                  .price("kakao", Money.krw(19_500))
                  .title("kakao", "unchanged: the update does not touch the title")
                  .build(),
              HubCallOptions.DEFAULTS);

      assertThat(updated.results())
          .extracting(ChannelResult::channel)
          .containsExactly("naver", "kakao"); // hub order
      assertThat(naver.updates.get(0).price()).isEqualTo(Money.krw(18_900));
      assertThat(kakao.updates.get(0).price()).isEqualTo(Money.krw(19_500));
      assertThat(kakao.updates.get(0).title()).isNull();
      assertThat(coupang.updates).isEmpty();

      ChannelResults<ListingRef> withdrawn = hub.withdrawEverywhere(refs);
      assertThat(withdrawn.succeeded()).isEqualTo(refs);
      assertThatThrownBy(() -> hub.withdrawEverywhere(Map.of("nope", refs.get("naver"))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void schedulesLivesWithEachChannelsOwnFeaturedListings() {
    Recording naver = new Recording("naver");
    Recording kakao = new Recording("kakao");
    TestChannel coupang = new TestChannel("coupang"); // cannot schedule lives
    try (ChannelHub hub = ChannelHub.builder().add(naver).add(kakao).add(coupang).build()) {
      Instant start = Instant.parse("2030-01-01T10:00:00Z");
      LiveSchedule schedule =
          LiveSchedule.builder()
              .title("감귤 라이브")
              .start(start)
              .duration(Duration.ofHours(1))
              .feature(ListingRef.of("naver", "n-1", "SKU-1"))
              .feature(ListingRef.of("kakao", "k-1", "SKU-1"))
              .build();
      ChannelResults<LiveBroadcast> lives =
          hub.scheduleLiveEverywhere(schedule, HubCallOptions.DEFAULTS);
      assertThat(lives.succeeded().get("naver").featured())
          .containsExactly(ListingRef.of("naver", "n-1", "SKU-1"));
      assertThat(lives.succeeded().get("kakao").featured())
          .containsExactly(ListingRef.of("kakao", "k-1", "SKU-1"));
      assertThat(lives.failed().get("coupang")).isInstanceOf(ChannelException.class);

      ChannelResults<LiveBroadcast> perChannel =
          hub.scheduleLiveEverywhere(Map.of("kakao", schedule));
      assertThat(perChannel.succeeded()).containsOnlyKeys("kakao");
    }
  }

  @Test
  void wrapsUntypedFailuresAndRunsAnyCall() {
    TestChannel buggy =
        new TestChannel("buggy") {
          @Override
          protected ListingRef publishListing(Listing listing, CallOptions options) {
            throw new IllegalStateException("adapter bug");
          }
        };
    TestChannel unsupported =
        new TestChannel("nolistings") {
          @Override
          protected ListingRef publishListing(Listing listing, CallOptions options) {
            throw new UnsupportedCapabilityException(
                id, io.channelbridge.core.Operation.PUBLISH_LISTING);
          }
        };
    try (ChannelHub hub = ChannelHub.builder().add(buggy).add(unsupported).build()) {
      ChannelResults<ListingRef> r = hub.publishEverywhere(HubFixtures.listing());
      assertThat(r.failed().get("buggy"))
          .hasMessageContaining("adapter bug")
          .hasCauseInstanceOf(IllegalStateException.class);
      assertThat(r.failed().get("nolistings")).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> r.get("buggy").orElseThrow().valueOrThrow())
          .isInstanceOf(ChannelException.class);

      ChannelResults<String> ids =
          hub.callEverywhere(HubCallOptions.DEFAULTS, (key, ch, opts) -> key + ":" + ch.id());
      assertThat(ids.succeeded()).containsEntry("buggy", "buggy:buggy");
    }
  }

  @Test
  void opensChannelsThroughTheRegistryWithSharedResourcesAndClosesEverything() {
    record Stack(String name) {}
    List<ChannelConfig> seen = new ArrayList<>();
    List<TestChannel> opened = new ArrayList<>();
    ChannelProvider provider =
        new ChannelProvider() {
          @Override
          public String id() {
            return "naver";
          }

          @Override
          public CommerceChannel open(ChannelConfig config) {
            seen.add(config);
            TestChannel ch = new TestChannel("naver");
            opened.add(ch);
            return ch;
          }
        };
    Stack stack = new Stack("shared");
    Stack own = new Stack("own");
    boolean[] stackClosed = {false};
    ChannelHub hub =
        ChannelHub.builder()
            .registry(ChannelRegistry.builder().register(provider).build())
            .shared(Stack.class, stack)
            .alsoClose(() -> stackClosed[0] = true)
            .open("naver-a", "naver", ChannelConfig.builder().set("naver.account-id", "a").build())
            .open("naver-b", "naver", ChannelConfig.builder().resource(Stack.class, own).build())
            .build();
    assertThat(hub.channels()).containsExactly("naver-a", "naver-b");
    assertThat(seen.get(0).resource(Stack.class)).containsSame(stack);
    assertThat(seen.get(0).get("naver.account-id")).contains("a");
    assertThat(seen.get(1).resource(Stack.class)).containsSame(own);
    hub.close();
    hub.close();
    assertThat(opened).allMatch(c -> c.closed);
    assertThat(stackClosed[0]).isTrue();
    assertThatThrownBy(() -> hub.publishEverywhere(HubFixtures.listing()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void channelsOpenedByTheHubShareOneHttpStackThatClosesWithIt() {
    List<ChannelConfig> seen = new ArrayList<>();
    ChannelProvider provider =
        new ChannelProvider() {
          @Override
          public String id() {
            return "naver";
          }

          @Override
          public CommerceChannel open(ChannelConfig config) {
            seen.add(config);
            return new TestChannel("naver");
          }
        };
    ChannelHub hub =
        ChannelHub.builder()
            .registry(ChannelRegistry.builder().register(provider).build())
            .open("naver-a", "naver", ChannelConfig.builder().build())
            .open("naver-b", "naver", ChannelConfig.builder().build())
            .build();
    HttpStack stack = seen.get(0).resource(HttpStack.class).orElseThrow();
    assertThat(seen.get(1).resource(HttpStack.class)).containsSame(stack);
    assertThat(stack.client().dispatcher().executorService().isShutdown()).isFalse();
    hub.close();
    assertThat(stack.client().dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void aChannelThatFailsToOpenClosesTheOthers() {
    TestChannel given = new TestChannel("given");
    assertThatThrownBy(
            () ->
                ChannelHub.builder()
                    .registry(ChannelRegistry.builder().build())
                    .add(given)
                    .open("missing", ChannelConfig.builder().build())
                    .build())
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("missing");
    assertThat(given.closed).isTrue();
    assertThatThrownBy(() -> ChannelHub.builder().add(given).add(given))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ChannelHub.builder().add(given).timeout("other", Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orderSyncBuilderHoldsTheChannelsThatCanPullOrders() {
    TestChannel pulls = new TestChannel("pulls");
    TestChannel noOrders =
        new TestChannel("listings-only") {
          @Override
          public io.channelbridge.core.ChannelCapabilities capabilities() {
            return io.channelbridge.core.ChannelCapabilities.builder()
                .supports(io.channelbridge.core.Operation.PUBLISH_LISTING)
                .build();
          }
        };
    try (ChannelHub hub = ChannelHub.builder().add(pulls).add(noOrders).build()) {
      OrderSync sync =
          hub.orderSync().checkpoints(new InMemoryCheckpointStore()).handler((c, o) -> {}).build();
      assertThat(sync.channels()).containsExactly("pulls");
    }
  }
}
