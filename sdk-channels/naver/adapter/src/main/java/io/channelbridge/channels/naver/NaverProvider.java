package io.channelbridge.channels.naver;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.Operation;
import io.channelbridge.core.PaginationStyle;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ProviderSupport;
import java.time.Duration;
import java.util.EnumSet;

/**
 * Opens {@link NaverChannel}s: channel id {@code naver}. Found by {@link java.util.ServiceLoader};
 * plugin hosts register it explicitly.
 *
 * <p>Settings (read at open; a missing or malformed one fails naming the key):
 *
 * <ul>
 *   <li>{@code naver.client-id}, {@code naver.client-secret} (required): the Commerce API
 *       application; {@code naver.token-type} {@code SELF} (default) or {@code SELLER}, which needs
 *       {@code naver.account-id}; {@code naver.token-timeout} (deadline of a token request, default
 *       {@code PT10S}); {@code naver.base-url} (default {@code
 *       https://api.commerce.naver.com/external}).
 *   <li>{@code naver.orders.limit-count} (1..300, default 300), {@code naver.orders.overlap}
 *       (default {@code PT5M}), {@code naver.orders.initial-lookback} (default {@code P1D}); {@code
 *       naver.claims.limit-count} (1..300, default 300): change rows per claim page.
 *   <li>{@code naver.after-service-phone}, {@code naver.after-service-guide}, {@code
 *       naver.delivery-company} (default {@code CJGLS}): account defaults for listings.
 *   <li>Shopping Live <b>partner profile</b> (not a public Naver API): {@code
 *       naver.live.broadcaster-id} turns the live operations on; {@code naver.live.base-url}
 *       (default: the base URL), {@code naver.live.broadcasts-path}, {@code
 *       naver.live.broadcast-path} (with {@code {broadcastId}}), {@code naver.live.service-id},
 *       {@code naver.live.release-level} ({@code REAL}/{@code TEST}), {@code
 *       naver.live.display-category-id}, {@code naver.live.send-notification}, {@code
 *       naver.live.searchable}.
 *   <li>Transport, as for every channel ({@link ProviderSupport}): {@code naver.http.max-attempts},
 *       {@code naver.http.backoff}, {@code naver.http.max-backoff}, {@code naver.http.rate-limit}
 *       (none by default: Naver publishes no numbers), {@code naver.http.connect-timeout}, {@code
 *       naver.http.read-timeout}, {@code naver.http.call-timeout}.
 * </ul>
 *
 * <p>Any other key under {@code naver.} (or variable under {@code CHANNELBRIDGE_NAVER_}) fails at
 * open. A shared {@link HttpStack} and a {@link io.channelbridge.core.http.ChannelCallListener}
 * given as the config's resources are used (the stack is left open); otherwise the channel creates
 * and closes its own stack.
 */
public final class NaverProvider implements ChannelProvider {

  /** For {@link java.util.ServiceLoader}. */
  public NaverProvider() {}

  @Override
  public String id() {
    return NaverChannel.ID;
  }

  @Override
  public CommerceChannel open(ChannelConfig config) {
    ProviderSupport support = ProviderSupport.open(NaverChannel.ID, config, NaverSettings.KEYS);
    NaverSettings settings = NaverSettings.read(config);
    // Naver does not publish its rate numbers: no client-side limit unless naver.http.rate-limit.
    ChannelHttp http =
        support
            .http(null)
            .baseUrl(settings.baseUrl())
            .timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .bearerToken(NaverAuth.tokenSource(settings, config.clock()))
            .refreshAhead(NaverAuth.REFRESH_AHEAD)
            .errorMapper(NaverErrors.errorMapper())
            .traceIdHeader(NaverErrors.TRACE_ID_HEADER)
            .retryPolicy(support.retryPolicy().waitHint(NaverErrors::rateLimitWait).build())
            .redactFields("client_secret_sign", "access_token")
            .redactValues(settings.clientSecret())
            .build();
    return new NaverChannel(settings, http, support, config.clock());
  }

  /**
   * Naver's capabilities.
   *
   * @param limitCount change rows per order page
   * @param lives whether the account has the Shopping Live partner profile configured
   */
  static ChannelCapabilities capabilities(int limitCount, boolean lives) {
    EnumSet<Operation> ops =
        EnumSet.of(
            Operation.PUBLISH_LISTING,
            Operation.UPDATE_LISTING,
            Operation.WITHDRAW_LISTING,
            Operation.LISTING_STATUS,
            Operation.GET_LISTING,
            Operation.FIND_LISTING,
            Operation.LIST_LISTINGS,
            Operation.PULL_ORDERS,
            Operation.GET_ORDER,
            Operation.ACKNOWLEDGE_ORDERS,
            Operation.SHIP_ORDERS,
            Operation.SET_INVENTORY,
            Operation.GET_INVENTORY,
            Operation.PULL_CLAIMS,
            Operation.APPROVE_CLAIMS,
            // returns and exchanges can be refused; a cancel request cannot (item-level failure)
            Operation.REJECT_CLAIMS,
            Operation.HOLD_CLAIMS,
            Operation.CANCEL_ORDERS);
    if (lives) {
      ops.addAll(
          EnumSet.of(
              Operation.SCHEDULE_LIVE,
              Operation.RESCHEDULE_LIVE,
              Operation.CANCEL_LIVE,
              Operation.LIST_LIVES));
    }
    // Naver does not publish its token-bucket numbers, so no rate limit is declared.
    return ChannelCapabilities.builder()
        .supports(ops.toArray(new Operation[0]))
        .maxAcknowledgeBatch(NaverChannel.MAX_WRITE_BATCH)
        .maxShipBatch(NaverChannel.MAX_WRITE_BATCH)
        .maxOrderPageSize(limitCount)
        .pagination(PaginationStyle.TIME_WINDOW)
        .webhooks(WebhookSupport.POLLED)
        .listingConstraints(
            new ListingConstraints(100, 10, 1, true, true, 500)
                .withNoticeLabels(NaverMapper.NOTICE_LABELS))
        .liveConstraints(
            new LiveConstraints(
                40, Duration.ofMinutes(10), Duration.ofHours(6), 1, 30, Duration.ofMinutes(10)))
        .build();
  }
}
