package io.channelbridge.core;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.event.ChannelEvent;
import java.util.List;
import java.util.Map;

/**
 * One seller account on one commerce channel: publish listings, schedule live broadcasts, pull
 * orders and acknowledge and ship them, the same way on every channel.
 *
 * <p>Operations are grouped by job into facets: {@link #listings()}, {@link #inventory()}, {@link
 * #lives()}, {@link #orders()} and {@link #claims()}, so a call reads as a verb on its facet:
 *
 * <pre>{@code
 * ListingRef ref = channel.listings().publish(listing);
 * channel.inventory().set(List.of(StockChange.ofOption(ref, "TEE-RED-M").withStock(3)));
 * LiveBroadcast live = channel.lives().schedule(schedule);
 * OrderPage page = channel.orders().pull(checkpoint);
 * channel.orders().acknowledge(refs);
 * ClaimPage claims = channel.claims().pull(claimCheckpoint);
 * }</pre>
 *
 * <p>Get one from {@link CommerceChannels#open(String, ChannelConfig)}. Implementations are
 * thread-safe and hold connections: {@link #close()} them (try-with-resources). Every facet is
 * always present, also when the channel supports none of its operations.
 *
 * <p><b>Contract shared by every operation.</b>
 *
 * <ul>
 *   <li>Every operation has an overload taking {@link CallOptions}; the one without uses {@link
 *       CallOptions#DEFAULTS}.
 *   <li>Failures of the channel, the network or the input are unchecked {@link ChannelException}
 *       subtypes; no checked exception and no raw {@code IOException} escapes. Misuse of the API is
 *       a plain Java exception: a call on a closed channel throws {@link IllegalStateException}, a
 *       checkpoint or reference of another channel {@link IllegalArgumentException}.
 *   <li>Guards run in one order, before any network call: closed channel, then capability, then
 *       input validation.
 *   <li>An operation the channel lacks ({@link ChannelCapabilities#supports(Operation)} is false)
 *       throws {@link UnsupportedCapabilityException}; one the adapter does not implement yet
 *       throws {@link NotImplementedException}. Neither is ever a silent no-op.
 *   <li>Invalid input throws {@link ValidationException} listing every violation.
 * </ul>
 */
public interface CommerceChannel extends AutoCloseable {

  /**
   * The channel's id, e.g. {@code naver}; the prefix of its settings keys.
   *
   * @return the id
   */
  String id();

  /**
   * What this channel can do. Constant for the channel's lifetime.
   *
   * @return the capabilities
   */
  ChannelCapabilities capabilities();

  /**
   * Product listings: publish, update, withdraw, status, get.
   *
   * @return the listings facet, never {@code null}
   */
  Listings listings();

  /**
   * Stock and price per listing and option: set many at once, read back.
   *
   * @return the inventory facet, never {@code null}
   */
  Inventory inventory();

  /**
   * Live broadcasts: schedule, reschedule, cancel, list.
   *
   * @return the lives facet, never {@code null}
   */
  Lives lives();

  /**
   * Orders: pull with a checkpoint, acknowledge, ship, reject.
   *
   * @return the orders facet, never {@code null}
   */
  Orders orders();

  /**
   * Claims: pull cancel requests, returns and exchanges with a checkpoint; approve, reject, hold,
   * release; cancel as the seller.
   *
   * @return the claims facet, never {@code null}
   */
  Claims claims();

  /**
   * Verifies a webhook request the channel pushed and turns it into events. Pass the body exactly
   * as received (the signature covers the raw bytes). Delivery is at-least-once: drop repeated
   * events by {@link ChannelEvent#eventId()}, e.g. with {@link
   * io.channelbridge.core.webhook.EventIdDeduplicator}. Capability {@link Operation#PARSE_WEBHOOK}.
   *
   * @param headers the request headers; names are matched case-insensitively
   * @param rawBody the request body, unparsed
   * @return the events in the request
   * @throws io.channelbridge.core.error.WebhookVerificationException if the signature, timestamp,
   *     headers or body do not verify (also for {@code null} headers or body)
   * @throws UnsupportedCapabilityException if the channel does not push ({@link
   *     ChannelCapabilities#webhooks()} is not {@link WebhookSupport#NATIVE})
   */
  List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody);

  /** Releases the channel's resources. Calls after close fail. Does not throw. */
  @Override
  void close();
}
