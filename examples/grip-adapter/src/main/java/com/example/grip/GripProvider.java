package com.example.grip;

import static io.channelbridge.core.Operation.APPROVE_CLAIMS;
import static io.channelbridge.core.Operation.CANCEL_LIVE;
import static io.channelbridge.core.Operation.FIND_LISTING;
import static io.channelbridge.core.Operation.HOLD_CLAIMS;
import static io.channelbridge.core.Operation.LIST_LISTINGS;
import static io.channelbridge.core.Operation.LIST_LIVES;
import static io.channelbridge.core.Operation.PARSE_WEBHOOK;
import static io.channelbridge.core.Operation.PULL_CLAIMS;
import static io.channelbridge.core.Operation.REJECT_CLAIMS;
import static io.channelbridge.core.Operation.RESCHEDULE_LIVE;
import static io.channelbridge.core.Operation.SCHEDULE_LIVE;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingConstraints;
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
        .supportsAll()
        .without(SCHEDULE_LIVE, RESCHEDULE_LIVE, CANCEL_LIVE, LIST_LIVES) // lives are app-only
        .without(FIND_LISTING, LIST_LISTINGS) // no product list or search is documented
        .without(PULL_CLAIMS, APPROVE_CLAIMS, REJECT_CLAIMS) // left out, see README
        .without(HOLD_CLAIMS, PARSE_WEBHOOK) // no hold; no webhooks
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
