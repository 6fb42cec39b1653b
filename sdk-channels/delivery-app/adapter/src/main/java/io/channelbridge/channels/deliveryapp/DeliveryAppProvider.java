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
import java.time.Duration;
import java.util.EnumSet;

/**
 * Opens {@link DeliveryAppChannel}s: channel id {@code delivery-app}. Found by {@link
 * java.util.ServiceLoader}; plugin hosts register it explicitly.
 *
 * <p>Settings (read at open; a missing or malformed one fails naming the key): {@code
 * delivery-app.base-url}, {@code delivery-app.client-id}, {@code delivery-app.client-secret},
 * {@code delivery-app.shop-id} (required); {@code delivery-app.webhook-secret} (turns {@code
 * parseWebhook} on); {@code delivery-app.cook-minutes} (1..120, default 20; a call overrides it
 * with the {@link io.channelbridge.core.CallOptions#attribute call option} of the same key); {@code
 * delivery-app.orders.limit} (1..100, default 100), {@code delivery-app.orders.overlap} (default
 * {@code PT1M}), {@code delivery-app.orders.initial-lookback} (default {@code P1D}); {@code
 * delivery-app.token-timeout} (default {@code PT10S}); {@code delivery-app.lives-path} and {@code
 * delivery-app.live-path}.
 *
 * <p>A shared {@link HttpStack} given as the config's resource is used (and left open); otherwise
 * the channel creates and closes its own.
 */
public final class DeliveryAppProvider implements ChannelProvider {

  /** For {@link java.util.ServiceLoader}. */
  public DeliveryAppProvider() {}

  @Override
  public String id() {
    return DeliveryAppChannel.ID;
  }

  @Override
  public CommerceChannel open(ChannelConfig config) {
    DeliveryAppSettings settings = DeliveryAppSettings.read(config);
    HttpStack shared = config.resource(HttpStack.class).orElse(null);
    HttpStack stack = shared != null ? shared : HttpStack.create();
    DeliveryAppAuth auth =
        new DeliveryAppAuth(
            settings.clientId(), settings.clientSecret(), config.clock(), settings.tokenTimeout());
    ChannelHttp.Builder http =
        ChannelHttp.builder(DeliveryAppChannel.ID)
            .stack(stack)
            .baseUrl(settings.baseUrl())
            .clock(config.clock())
            .timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .rateLimit(RateLimit.perSecond(20))
        .idempotencyKeys(true) // Idempotency-Key on every POST, honoured for 24 h
            .idempotencyHeader("Idempotency-Key")
            .bearerToken(auth)
            .errorMapper(DeliveryAppErrors.errorMapper())
            .redactFields("client_secret", "access_token", "safeNumber")
            .redactValues(settings.clientSecret());
    if (settings.webhookSecret() != null) {
      http.redactValues(settings.webhookSecret());
    }
    ChannelHttp built = http.build();
    auth.bind(built.unauthenticated().create(DeliveryAppApi.class));
    return new DeliveryAppChannel(
        settings,
        built.create(DeliveryAppApi.class),
        built.moshi(),
        stack,
        shared == null,
        config.clock());
  }

  /**
   * The channel's capabilities.
   *
   * @param pageLimit orders per page
   * @param webhooks whether a webhook secret is configured
   */
  static ChannelCapabilities capabilities(int pageLimit, boolean webhooks) {
    EnumSet<Operation> ops =
        EnumSet.of(
            Operation.PUBLISH_LISTING,
            Operation.UPDATE_LISTING,
            Operation.WITHDRAW_LISTING,
            Operation.LISTING_STATUS,
            Operation.GET_LISTING,
            Operation.SCHEDULE_LIVE,
            Operation.RESCHEDULE_LIVE,
            Operation.CANCEL_LIVE,
            Operation.LIST_LIVES,
            Operation.PULL_ORDERS,
            Operation.ACKNOWLEDGE_ORDERS,
            Operation.SHIP_ORDERS,
            Operation.REJECT_ORDERS);
    if (webhooks) {
      ops.add(Operation.PARSE_WEBHOOK);
    }
    return ChannelCapabilities.builder()
        .supports(ops.toArray(new Operation[0]))
        .maxAcknowledgeBatch(1) // one order per accept, ready or reject request
        .maxShipBatch(1)
        .maxOrderPageSize(pageLimit)
        .pagination(PaginationStyle.CURSOR)
        .webhooks(webhooks ? WebhookSupport.NATIVE : WebhookSupport.POLLED)
        .rateLimit(RateLimit.perSecond(20))
        .idempotencyKeys(true) // Idempotency-Key on every POST, honoured for 24 h
        .listingConstraints(new ListingConstraints(60, 10, 0, false, false, 0))
        .liveConstraints(
            new LiveConstraints(
                60, Duration.ofMinutes(10), Duration.ofMinutes(180), 1, 20, Duration.ZERO))
        .build();
  }
}
