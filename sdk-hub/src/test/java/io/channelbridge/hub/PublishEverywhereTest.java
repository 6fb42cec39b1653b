package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Stock;
import io.channelbridge.testkit.FakeChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hub's "done when": publishEverywhere over four channels where one hangs past its timeout and
 * one rejects the listing. The other two succeed, and the call returns on the hanging channel's
 * deadline without waiting for it; closing the hub does not wait for the hanging call either. Both
 * are shown by ordering (the hanging call has not returned when the hub has), never by elapsed
 * time.
 */
class PublishEverywhereTest {
  private static final Duration HANG_TIMEOUT = Duration.ofMillis(300);

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void twoSucceedOneRejectsOneHangsAndNeitherTheCallNorCloseWaitsForTheHangingChannel()
      throws InterruptedException {
    FakeChannel naver = FakeChannel.builder().id("fake-naver").build();
    FakeChannel coupang = FakeChannel.builder().id("fake-coupang").reviewListings(false).build();
    Hanging hanging = new Hanging("fake-hanging");
    FakeChannel strict =
        FakeChannel.builder()
            .id("fake-strict")
            .capabilities(
                ChannelCapabilities.builder()
                    .supportsAll()
                    .maxOrderPageSize(50)
                    .listingConstraints(new ListingConstraints(100, 20, 1, true, false, 500))
                    .build())
            .build();
    ChannelHub hub =
        ChannelHub.builder()
            .add(naver)
            .add(coupang)
            .add(hanging)
            .add(strict)
            .defaultTimeout(Duration.ofSeconds(10))
            .timeout("fake-hanging", HANG_TIMEOUT)
            .build();
    try {
      ListingOverrides overrides =
          ListingOverrides.builder()
              .price("fake-coupang", Money.krw(21_900))
              .category("fake-coupang", "56137")
              .build();

      ChannelResults<ListingRef> results = hub.publishEverywhere(HubFixtures.listing(), overrides);
      assertThat(hanging.entered.await(0, TimeUnit.SECONDS))
          .as("the hanging call started")
          .isTrue();
      assertThat(hanging.returned).as("the hub returned before the hanging call did").isFalse();

      // read back what the channel stored, while it is open
      Listing onCoupang = coupang.listings().get(results.succeeded().get("fake-coupang"));

      hub.close();
      assertThat(hanging.returned).as("close returned before the hanging call did").isFalse();

      assertThat(results.succeeded()).containsOnlyKeys("fake-naver", "fake-coupang");
      assertThat(results.failed()).containsOnlyKeys("fake-hanging", "fake-strict");
      ChannelException timedOut = results.failed().get("fake-hanging");
      assertThat(timedOut).isInstanceOf(ChannelUnavailableException.class);
      assertThat(timedOut.channelId()).isEqualTo("fake-hanging");
      assertThat(timedOut.getMessage()).contains("fake-hanging").contains("PT0.3S");
      assertThat(hanging.lastOptions.timeout()).contains(HANG_TIMEOUT);
      ValidationException rejected = (ValidationException) results.failed().get("fake-strict");
      assertThat(rejected.channelId()).isEqualTo("fake-strict");
      assertThat(rejected.getMessage()).contains("categor");

      assertThat(onCoupang.price()).isEqualTo(Money.krw(21_900));
      assertThat(onCoupang.categoryFor("fake-coupang")).isEqualTo("56137");
      assertThat(results.get("fake-naver").orElseThrow().value().channelId())
          .isEqualTo("fake-naver");
    } finally {
      hub.close();
      hanging.release.countDown();
    }
  }

  @Test
  void overridesReachTheChannelAndUpdatesGoEverywhere() {
    FakeChannel naver = FakeChannel.builder().id("fake-naver").reviewListings(false).build();
    FakeChannel coupang = FakeChannel.builder().id("fake-coupang").reviewListings(false).build();
    try (ChannelHub hub = ChannelHub.builder().add(naver).add(coupang).build()) {
      ChannelResults<ListingRef> published =
          hub.publishEverywhere(
              HubFixtures.listing(),
              ListingOverrides.builder()
                  .price("fake-coupang", Money.krw(21_900))
                  .title("fake-coupang", "[쿠팡] 제주 감귤 5kg")
                  .build());
      assertThat(published.allSucceeded()).isTrue();
      ListingRef ref = published.succeeded().get("fake-coupang");
      assertThat(coupang.listings().get(ref).price()).isEqualTo(Money.krw(21_900));
      assertThat(coupang.listings().get(ref).title()).isEqualTo("[쿠팡] 제주 감귤 5kg");
      assertThat(naver.listings().get(published.succeeded().get("fake-naver")).price())
          .isEqualTo(Money.krw(19_900));

      var updated =
          hub.updateEverywhere(
              published.succeeded(),
              io.channelbridge.core.model.ListingUpdate.builder().stock(0).build());
      assertThat(updated.succeeded().values()).allMatch(s -> s.state() == ListingState.LIVE);
      assertThat(coupang.listings().get(ref).stock()).isEqualTo(Stock.of(0));
      assertThat(hub.withdrawEverywhere(published.succeeded()).allSucceeded()).isTrue();
      assertThat(coupang.listings().status(ref).state()).isEqualTo(ListingState.WITHDRAWN);
    }
  }
}
