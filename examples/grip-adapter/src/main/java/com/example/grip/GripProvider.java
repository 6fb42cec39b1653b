package com.example.grip;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.Operation;
import io.channelbridge.core.PaginationStyle;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ProviderSupport;

/**
 * Opens Grip channels: channel id {@code grip}, found by {@link java.util.ServiceLoader}.
 *
 * <p>Settings: {@code grip.access-key} and {@code grip.secret-key} (required); {@code
 * grip.base-url} (default {@code https://seller.grip.show}); {@code grip.orders.limit} (rows per
 * page, 1..100, default 100), {@code grip.orders.overlap} (default {@code PT1M}), {@code
 * grip.orders.initial-lookback} (default {@code P1D}, at most {@code P90D}); {@code grip.carriers}
 * ({@code CJ:4,HANJIN:5}: the SDK's carrier codes to Grip's {@code companySeq}); and the transport
 * settings every channel takes ({@code grip.http.*}).
 */
public final class GripProvider implements ChannelProvider {

  /** For {@link java.util.ServiceLoader}. */
  public GripProvider() {}

  @Override
  public String id() {
    return GripChannel.ID;
  }

  @Override
  public CommerceChannel open(ChannelConfig config) {
    ProviderSupport support = ProviderSupport.open(GripChannel.ID, config, GripSettings.KEYS);
    GripSettings settings = GripSettings.read(config);
    return new GripChannel(
        settings,
        support
            .http(null) // Grip documents no rate limit
            .baseUrl(settings.baseUrl())
            .signer(new GripSigner(settings.accessKey(), settings.secretKey()))
            .errorMapper(GripErrors.errorMapper())
            .redactValues(settings.secretKey())
            .build(),
        support,
        config.clock());
  }

  /** Listings, stock and orders; no lives, webhooks or SKU search on Grip; claims left out. */
  static ChannelCapabilities capabilities(int pageLimit) {
    return ChannelCapabilities.builder()
        .supports(
            Operation.PUBLISH_LISTING,
            Operation.UPDATE_LISTING,
            Operation.WITHDRAW_LISTING,
            Operation.LISTING_STATUS,
            Operation.GET_LISTING,
            Operation.SET_INVENTORY,
            Operation.GET_INVENTORY,
            Operation.PULL_ORDERS,
            Operation.GET_ORDER,
            Operation.ACKNOWLEDGE_ORDERS,
            Operation.SHIP_ORDERS,
            Operation.REJECT_ORDERS)
        .maxAcknowledgeBatch(1) // one order per request, so one bad order fails only itself
        .maxShipBatch(1)
        .maxOrderPageSize(pageLimit)
        .pagination(PaginationStyle.TIME_WINDOW)
        .webhooks(WebhookSupport.POLLED)
        .idempotencyKeys(false)
        .listingConstraints(new ListingConstraints(40, 10, 1, true, false, 100))
        .build();
  }
}
