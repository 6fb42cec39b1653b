package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stock and sold-out state against the simulator. */
class DeliveryAppInventoryTest {
  private final DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
  private final CommerceChannel channel = DeliveryAppTestSupport.open(sim);

  @AfterEach
  void close() {
    channel.close();
    sim.close();
  }

  private static Listing.Builder kimbap() {
    return Listing.builder().sku("KIMBAP").title("김밥").price(Money.krw(4_000)).stock(10);
  }

  @Test
  void anUnlimitedListingStockIsWrittenAsNullNeverAsANumber() {
    ListingRef ref = channel.listings().publish(kimbap().stock(Integer.MAX_VALUE).build());
    assertThat(sim.itemJson(ref.listingId()))
        .doesNotContain("\"stock\"")
        .doesNotContain(Integer.toString(Integer.MAX_VALUE));
    assertThat(channel.listings().get(ref).stock()).isEqualTo(Integer.MAX_VALUE);

    ListingRef counted = channel.listings().publish(kimbap().sku("K2").build());
    assertThat(sim.itemJson(counted.listingId())).contains("\"stock\":10");
    channel.listings().update(counted, ListingUpdate.builder().stock(Integer.MAX_VALUE).build());
    assertThat(sim.itemJson(counted.listingId()))
        .as("merge patch {\"stock\": null} makes it unlimited")
        .doesNotContain("\"stock\"")
        .doesNotContain(Integer.toString(Integer.MAX_VALUE));
  }
}
