package io.channelbridge.channels.deliveryapp;

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
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ProviderSupport;
import java.time.Duration;

/**
 * Opens {@link DeliveryAppChannel}s: channel id {@code delivery-app}. Found by {@link
 * java.util.ServiceLoader}; plugin hosts register it explicitly.
 *
 * <p>Settings (read at open; a missing or malformed one fails naming the key): {@code
 * delivery-app.base-url}, {@code delivery-app.client-id}, {@code delivery-app.client-secret},
 * {@code delivery-app.shop-id} (required); {@code delivery-app.webhook-secret} (turns {@code
 * parseWebhook} on); {@code delivery-app.cook-minutes} (1..120, default 20; a call overrides it
 * with the {@link io.channelbridge.core.CallOptions#attribute call option} of the same key); {@code
 * delivery-app.orders.limit} (1..100, default 100), {@code delivery-app.claims.limit} (claims per
 * page, 1..100, default 100), {@code delivery-app.orders.overlap} (default {@code PT1M}) and {@code
 * delivery-app.orders.initial-lookback} (default {@code P1D}), which claims use too; {@code
 * delivery-app.token-timeout} (default {@code PT10S}); {@code delivery-app.lives-path} and {@code
 * delivery-app.live-path}; and the transport settings every channel takes ({@code
 * delivery-app.http.max-attempts}, {@code .backoff}, {@code .max-backoff}, {@code .rate-limit}
 * (default 20 a second, {@code none} lifts it), {@code .connect-timeout}, {@code .read-timeout},
 * {@code .call-timeout}; see {@link ProviderSupport}). Any other key under {@code delivery-app.}
 * fails at open.
 *
 * <p>A shared {@link HttpStack} and a {@link io.channelbridge.core.http.ChannelCallListener} given
 * as the config's resources are used (the stack is left open); otherwise the channel creates and
 * closes its own stack.
 */
public final class DeliveryAppProvider implements ChannelProvider {
  /** The documented rate: 20 requests a second per shop. */
  static final RateLimit RATE_LIMIT = RateLimit.perSecond(20);

  /** For {@link java.util.ServiceLoader}. */
  public DeliveryAppProvider() {}

  @Override
  public String id() {
    return DeliveryAppChannel.ID;
  }

  @Override
  public CommerceChannel open(ChannelConfig config) {
    ProviderSupport support =
        ProviderSupport.open(DeliveryAppChannel.ID, config, DeliveryAppSettings.KEYS);
    DeliveryAppSettings settings = DeliveryAppSettings.read(config);
    ChannelHttp.Builder http =
        support
            .http(RATE_LIMIT)
            .baseUrl(settings.baseUrl())
            .timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .idempotencyHeader("Idempotency-Key")
            .bearerToken(DeliveryAppAuth.tokenSource(settings))
            .errorMapper(DeliveryAppErrors.errorMapper())
            .moshi(b -> b.add(KeepNulls.FACTORY))
            .redactFields("client_secret", "access_token", "safeNumber")
            .redactValues(settings.clientSecret());
    if (settings.webhookSecret() != null) {
      http.redactValues(settings.webhookSecret());
    }
    return new DeliveryAppChannel(settings, http.build(), support, config.clock());
  }

  /**
   * The channel's capabilities.
   *
   * @param pageLimit orders per page
   * @param webhooks whether a webhook secret is configured
   */
  static ChannelCapabilities capabilities(int pageLimit, boolean webhooks) {
    // Every operation but item search and list (the protocol has neither) and claim hold/release;
    // webhooks only with a webhook secret to verify them.
    return ChannelCapabilities.builder()
        .supportsAll()
        .without(Operation.FIND_LISTING, Operation.LIST_LISTINGS)
        .without(Operation.HOLD_CLAIMS) // the protocol has no hold or release of a claim
        .without(webhooks ? new Operation[0] : new Operation[] {Operation.PARSE_WEBHOOK})
        .maxAcknowledgeBatch(1) // one order per accept, ready or reject request
        .maxShipBatch(1)
        .maxOrderPageSize(pageLimit)
        .pagination(PaginationStyle.CURSOR)
        .webhooks(webhooks ? WebhookSupport.NATIVE : WebhookSupport.POLLED)
        .rateLimit(RATE_LIMIT)
        .idempotencyKeys(true) // Idempotency-Key on every POST, honoured for 24 h
        .listingConstraints(new ListingConstraints(60, 10, 0, false, false, 0))
        .liveConstraints(
            new LiveConstraints(
                60, Duration.ofMinutes(10), Duration.ofMinutes(180), 1, 20, Duration.ZERO))
        .build();
  }
}
