package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ChannelRegistry;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ForwardingChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ChannelHubTest {

  /** A fake whose publish fails as a hook throws. */
  private static ForwardingChannel failingPublish(String id, RuntimeException failure) {
    return new ForwardingChannel(FakeChannel.builder().id(id).build()) {
      @Override
      protected ListingRef publishListing(Listing listing, CallOptions options) {
        throw failure;
      }
    };
  }

  @Test
  void publishesEverywhereWithOverridesAndPerChannelResults() {
    Recording naver = Recording.of("naver");
    Recording coupang = Recording.of("coupang");
    ForwardingChannel kakao =
        failingPublish(
            "kakao",
            new ValidationException(
                "kakao", List.of(new Violation("title", "too_long", "title is too long"))));
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
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aHangingChannelCostsOnlyItsTimeoutAndCloseDoesNotWaitForIt() throws InterruptedException {
    Recording naver = Recording.of("naver");
    Hanging slow = new Hanging("slow");
    ChannelHub hub =
        ChannelHub.builder().add(naver).add(slow).timeout("slow", Duration.ofMillis(300)).build();
    ChannelResults<ListingRef> results = hub.publishEverywhere(HubFixtures.listing());
    assertThat(slow.entered.await(0, TimeUnit.SECONDS)).as("the hanging call started").isTrue();
    assertThat(slow.returned).as("the hub returned before the hanging call did").isFalse();

    assertThat(results.succeeded()).containsOnlyKeys("naver");
    ChannelException error = results.failed().get("slow");
    assertThat(error).isInstanceOf(ChannelUnavailableException.class);
    assertThat(error.channelId()).isEqualTo("slow");
    assertThat(error.getMessage()).contains("'slow'").contains("PT0.3S");
    assertThat(slow.lastOptions.timeout()).contains(Duration.ofMillis(300));
    hub.close();
    assertThat(slow.returned).as("close returned before the hanging call did").isFalse();
    assertThat(naver.closed).isTrue();
    assertThat(slow.closed).isTrue();
    slow.release.countDown();
  }

  @Test
  void callTimeoutAndChosenChannelsComeFromHubCallOptions() {
    Recording naver = Recording.of("naver");
    Recording coupang = Recording.of("coupang");
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
    Recording naver = Recording.of("naver");
    Recording coupang = Recording.of("coupang");
    Recording kakao = Recording.of("kakao");
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
    Recording naver = Recording.of("naver");
    Recording kakao = Recording.of("kakao");
    FakeChannel coupang =
        FakeChannel.builder()
            .id("coupang")
            .reviewListings(false)
            .without(Operation.SCHEDULE_LIVE)
            .build();
    try (ChannelHub hub = ChannelHub.builder().add(naver).add(kakao).add(coupang).build()) {
      Map<String, ListingRef> refs = hub.publishEverywhere(HubFixtures.listing()).succeeded();
      Instant start = Instant.parse("2030-01-01T10:00:00Z");
      LiveSchedule schedule =
          LiveSchedule.builder()
              .title("감귤 라이브")
              .start(start)
              .duration(Duration.ofHours(1))
              .feature(refs.get("naver"))
              .feature(refs.get("kakao"))
              .build();
      ChannelResults<LiveBroadcast> lives =
          hub.scheduleLiveEverywhere(schedule, HubCallOptions.DEFAULTS);
      assertThat(lives.succeeded().get("naver").featured()).containsExactly(refs.get("naver"));
      assertThat(lives.succeeded().get("kakao").featured()).containsExactly(refs.get("kakao"));
      assertThat(lives.failed().get("coupang")).isInstanceOf(UnsupportedCapabilityException.class);

      LiveSchedule later = // the first slot is taken now
          LiveSchedule.builder()
              .title("감귤 라이브 2")
              .start(start.plus(Duration.ofHours(3)))
              .duration(Duration.ofHours(1))
              .feature(refs.get("kakao"))
              .build();
      ChannelResults<LiveBroadcast> perChannel = hub.scheduleLiveEverywhere(Map.of("kakao", later));
      assertThat(perChannel.succeeded()).containsOnlyKeys("kakao");
    }
  }

  @Test
  void wrapsUntypedFailuresAndRunsAnyCall() {
    ForwardingChannel buggy = failingPublish("buggy", new IllegalStateException("adapter bug"));
    FakeChannel unsupported =
        FakeChannel.builder().id("nolistings").without(Operation.PUBLISH_LISTING).build();
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
    List<Recording> opened = new ArrayList<>();
    ChannelProvider provider =
        new ChannelProvider() {
          @Override
          public String id() {
            return "naver";
          }

          @Override
          public CommerceChannel open(ChannelConfig config) {
            seen.add(config);
            Recording ch = Recording.of("naver");
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
            return FakeChannel.builder().id("naver").build();
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
    Recording given = Recording.of("given");
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
    FakeChannel pulls = FakeChannel.builder().id("pulls").build();
    FakeChannel noOrders =
        FakeChannel.builder()
            .id("listings-only")
            .capabilities(ChannelCapabilities.builder().supports(Operation.PUBLISH_LISTING).build())
            .build();
    try (ChannelHub hub = ChannelHub.builder().add(pulls).add(noOrders).build()) {
      OrderSync sync =
          hub.orderSync().checkpoints(new InMemoryCheckpointStore()).handler((c, o) -> {}).build();
      assertThat(sync.channels()).containsExactly("pulls");
    }
  }
}
