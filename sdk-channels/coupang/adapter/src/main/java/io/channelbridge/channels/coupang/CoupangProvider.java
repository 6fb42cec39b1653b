package io.channelbridge.channels.coupang;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.Operation;
import io.channelbridge.core.PaginationStyle;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ProviderSupport;
import io.channelbridge.core.validation.ListingValidator;
import java.time.Duration;

/**
 * Opens {@link CoupangChannel}s: channel id {@code coupang}. Found by {@link
 * java.util.ServiceLoader}; plugin hosts register it explicitly.
 *
 * <p>Settings (read at open; a missing or malformed one fails naming the key): {@code
 * coupang.base-url}, {@code coupang.access-key}, {@code coupang.secret-key}, {@code
 * coupang.vendor-id}, {@code coupang.vendor-user-id} (the WING login; required); {@code
 * coupang.return-center-code} and {@code coupang.outbound-shipping-place-code} (needed to publish);
 * {@code coupang.orders.api-version} ({@code v4} or {@code v5}, default {@code v5}), {@code
 * coupang.orders.limit} (1..50, default 50), {@code coupang.orders.rescan} (default {@code P14D}),
 * {@code coupang.orders.initial-lookback} (default {@code P1D}), {@code coupang.acknowledge-method}
 * ({@code PUT} or {@code PATCH}), {@code coupang.claims.api-version} ({@code v4} or {@code v6},
 * default {@code v6}), {@code coupang.claims.limit} (1..50, default 50), {@code
 * coupang.claims.rescan} (default {@code P14D}), {@code coupang.claims.action-method} ({@code PUT}
 * or {@code PATCH}), {@code coupang.inventory.force-price} (default false); and the transport
 * settings every channel takes ({@code coupang.http.*}, the rate limit 10 a second by default; see
 * {@link ProviderSupport}). Any other key under {@code coupang.} fails at open.
 */
public final class CoupangProvider implements ChannelProvider {
  /** The documented rate: 10 requests a second per vendor. */
  static final RateLimit RATE_LIMIT = RateLimit.perSecond(10);

  /**
   * What the channel sends by default: 10 requests in every 1.1 s, one at a time (no burst: a
   * permit every 110 ms). Coupang counts a request when it arrives and bans for minutes after a
   * 429; a burst sent at once arrives spread out and bunched with the next ones, so the limiter
   * keeps 10 % of a second of slack and never bursts. {@code coupang.http.rate-limit} replaces it
   * with exactly n a second (bursts of n).
   */
  static final RateLimit PACE = new RateLimit(10, Duration.ofMillis(1_100), 1);

  /** A product's status names the adapter acts on. */
  static final String REJECTED = "승인반려";

  static final String DELETED = "삭제";

  /** For {@link java.util.ServiceLoader}. */
  public CoupangProvider() {}

  @Override
  public String id() {
    return CoupangChannel.ID;
  }

  @Override
  public CommerceChannel open(ChannelConfig config) {
    ProviderSupport support = ProviderSupport.open(CoupangChannel.ID, config, CoupangSettings.KEYS);
    CoupangSettings settings = CoupangSettings.read(config);
    ChannelHttp http =
        support
            .http(PACE)
            .baseUrl(settings.baseUrl())
            .signer(new CoupangSigner(settings.accessKey(), settings.secretKey()))
            .errorMapper(CoupangErrors.errorMapper())
            .traceIdHeader("X-Coupang-Transaction-Id")
            .redactFields("safeNumber", "requesterPhoneNumber", "addr1", "addr2")
            .redactValues(settings.secretKey(), settings.accessKey())
            .build();
    return new CoupangChannel(settings, http, support, config.clock());
  }

  /**
   * The channel's capabilities: everything but lives (Coupang Live has no seller API), webhooks
   * (Coupang pushes nothing: the SDK polls), rejecting claims (no API refuses a return or a cancel
   * request: disputes go through WING) and holding them.
   */
  static ChannelCapabilities capabilities(CoupangSettings settings) {
    return ChannelCapabilities.builder()
        .supportsAll()
        .without(
            Operation.SCHEDULE_LIVE,
            Operation.RESCHEDULE_LIVE,
            Operation.CANCEL_LIVE,
            Operation.LIST_LIVES)
        .without(Operation.PARSE_WEBHOOK, Operation.REJECT_CLAIMS, Operation.HOLD_CLAIMS)
        .maxAcknowledgeBatch(CoupangChannel.MAX_ACKNOWLEDGE)
        .maxShipBatch(CoupangChannel.MAX_INVOICES)
        .maxOrderPageSize(settings.orderPageLimit())
        .pagination(PaginationStyle.CURSOR)
        .webhooks(WebhookSupport.POLLED)
        .rateLimit(RATE_LIMIT)
        .idempotencyKeys(false)
        .listingConstraints(new ListingConstraints(100, 10, 1, true, true, 200))
        .build();
  }

  /** Coupang's own listing rules, beyond the constraints. */
  static ListingValidator.Rule[] listingRules(CoupangSettings settings) {
    return new ListingValidator.Rule[] {
      (l, out) -> {
        String category = l.categoryFor(CoupangChannel.ID);
        if (category != null && !category.strip().matches("\\d{1,18}")) {
          out.add(
              new Violation(
                  "categories." + CoupangChannel.ID, "format", "a display category code (digits)"));
        }
        if (l.brand() == null || l.brand().isBlank()) {
          out.add(new Violation("brand", "required", "Coupang requires a brand"));
        }
        if (settings.returnCenterCode() == null || settings.outboundShippingPlaceCode() == null) {
          out.add(
              new Violation(
                  "settings",
                  "required",
                  "publishing needs coupang.return-center-code and"
                      + " coupang.outbound-shipping-place-code"));
        }
        if (!l.optionGroups().isEmpty() && l.variants().isEmpty()) {
          out.add(
              new Violation(
                  "variants", "required", "Coupang options are vendor items: give variants"));
        }
        if (l.taxType() == TaxType.ZERO_RATED) {
          out.add(new Violation("taxType", "unsupported", "Coupang takes TAX or FREE only"));
        }
        if (l.stock() != null && l.stock().isUnlimited()) {
          out.add(new Violation("stock", "unsupported", "Coupang has no unlimited stock"));
        }
        if (l.delivery() != null
            && l.delivery().exchangeFee().compareTo(l.delivery().returnFee()) < 0) {
          out.add(
              new Violation(
                  "delivery.exchangeFee",
                  "range",
                  "Coupang's exchange fee is the return fee plus the outbound fee: not below it"));
        }
        if (l.price() != null && l.price().amount() % 10 != 0) {
          out.add(new Violation("price", "step", "Coupang prices go in steps of 10 won"));
        }
        for (Variant v : l.variants()) {
          if (v.stock().isUnlimited()) {
            out.add(new Violation("variants.stock", "unsupported", "no unlimited stock"));
          }
          Money d = v.priceDelta();
          if (d.amount() % 10 != 0) {
            out.add(new Violation("variants.priceDelta", "step", "steps of 10 won"));
          }
        }
      }
    };
  }
}
