package io.channelbridge.channels.ottshopping;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.Operation;
import io.channelbridge.core.PaginationStyle;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ProviderSupport;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Opens {@link OttShoppingChannel}s: channel id {@code ott-shopping}, the SDK's reference partner
 * protocol for OTT video shopping (not a public API). Found by {@link java.util.ServiceLoader};
 * plugin hosts register it explicitly.
 *
 * <p>Settings (read at open; a missing or malformed one fails naming the key): {@code
 * ott-shopping.base-url}, {@code ott-shopping.partner-id}, {@code ott-shopping.key}, {@code
 * ott-shopping.secret} (required); {@code ott-shopping.slot-id} (the broadcast slot shows are
 * booked into; a call overrides it with the {@link io.channelbridge.core.CallOptions#attribute call
 * option} of the same key), {@code ott-shopping.age-rating} ({@code ALL}, {@code 12}, {@code 15},
 * {@code 19}; default {@code ALL}), {@code ott-shopping.orders.size} and {@code
 * ott-shopping.claims.size} (per page, 1..200, default 100), {@code ott-shopping.orders.overlap}
 * (default {@code PT1M}; orders and claims) and {@code ott-shopping.orders.initial-lookback}
 * (default {@code P1D}); and the transport settings every channel takes ({@code
 * ott-shopping.http.max-attempts}, {@code .backoff}, {@code .max-backoff}, {@code .rate-limit}
 * (default 5 a second, {@code none} lifts it), {@code .connect-timeout}, {@code .read-timeout},
 * {@code .call-timeout}; see {@link ProviderSupport}). Any other key under {@code ott-shopping.}
 * fails at open.
 *
 * <p>A shared {@link io.channelbridge.core.http.HttpStack} and a {@link
 * io.channelbridge.core.http.ChannelCallListener} given as the config's resources are used (the
 * stack is left open); otherwise the channel creates and closes its own stack.
 */
public final class OttShoppingProvider implements ChannelProvider {
  /** The documented rate: 5 requests a second per partner. */
  static final RateLimit RATE_LIMIT = RateLimit.perSecond(5);

  /** The largest stock the protocol takes. */
  static final int MAX_STOCK = 999_999;

  /** For {@link java.util.ServiceLoader}. */
  public OttShoppingProvider() {}

  @Override
  public String id() {
    return OttShoppingChannel.ID;
  }

  @Override
  public CommerceChannel open(ChannelConfig config) {
    ProviderSupport support =
        ProviderSupport.open(OttShoppingChannel.ID, config, OttShoppingSettings.KEYS);
    OttShoppingSettings settings = OttShoppingSettings.read(config);
    ChannelHttp http =
        support
            .http(RATE_LIMIT)
            .baseUrl(settings.baseUrl())
            .timeZone(ZoneOffset.UTC)
            .timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .signer(new OttShoppingSigner(settings.key(), settings.secret()))
            .errorMapper(OttShoppingErrors.errorMapper())
            .redactFields("phoneMasked", "recipient", "address")
            .redactValues(settings.secret())
            .build();
    return new OttShoppingChannel(settings, http, support, config.clock());
  }

  /**
   * The channel's capabilities.
   *
   * @param pageSize orders per page
   */
  static ChannelCapabilities capabilities(int pageSize) {
    return ChannelCapabilities.builder()
        .supportsAll()
        .without(Operation.LIST_LISTINGS) // the protocol has no product list
        .without(Operation.HOLD_CLAIMS) // nor a hold of a claim
        .without(Operation.PARSE_WEBHOOK) // and it pushes nothing
        .maxAcknowledgeBatch(OttShoppingChannel.MAX_ACKNOWLEDGE)
        .maxShipBatch(1)
        .maxOrderPageSize(pageSize)
        .pagination(PaginationStyle.TIME_WINDOW)
        .webhooks(WebhookSupport.POLLED)
        .rateLimit(RATE_LIMIT)
        .idempotencyKeys(false) // no keys: only writes the channel repeats safely are retried
        .listingConstraints(new ListingConstraints(50, 8, 1, false, false, 0))
        .liveConstraints(
            new LiveConstraints(
                60, Duration.ofMinutes(10), Duration.ofHours(6), 1, 30, Duration.ZERO))
        .build();
  }
}
