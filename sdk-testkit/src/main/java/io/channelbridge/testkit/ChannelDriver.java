package io.channelbridge.testkit;

import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.OrderStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The channel's side of a test: what buyers, the channel's reviewers and the channel's servers do,
 * so that a test can make things happen that the seller's API cannot. The conformance suite uses it
 * to act as the channel; {@link FakeChannel#driver()} and every bundled simulator implement it, and
 * an integrator implements it for their own stub of a channel.
 *
 * <p>Driver calls are not requests to the channel's API: they are not counted by {@link
 * #requestCount()} and injected faults do not apply to them. A call that makes no sense for the
 * channel's current state (approving an unknown listing, starting an ended live) throws {@link
 * IllegalArgumentException} or {@link IllegalStateException}: it is a bug in the test.
 */
public interface ChannelDriver {

  /**
   * The channel's current time, which the channel under test also uses.
   *
   * @return the time
   */
  Instant now();

  /**
   * Moves the channel's clock forward.
   *
   * @param amount how far
   * @throws UnsupportedOperationException if this channel's clock cannot be moved
   */
  void advanceClock(Duration amount);

  /**
   * A buyer places and pays an order: it is {@link OrderStatus#NEW}, waiting to be acknowledged.
   *
   * @param spec the order's lines and fulfilment kind
   * @return the channel's order id
   */
  String createOrder(OrderSpec spec);

  /**
   * Changes an order's status on the channel's side (a buyer cancels, the carrier delivers, the
   * buyer confirms the purchase), for every line of the order. Like every change, it gives the
   * order a new version.
   *
   * @param orderId the order id
   * @param status the new status
   * @throws IllegalArgumentException if the order does not exist
   */
  void changeOrderStatus(String orderId, OrderStatus status);

  /**
   * The channel's reviewers approve a listing waiting for review: it becomes live.
   *
   * @param ref the listing
   * @throws IllegalArgumentException if the listing does not exist
   */
  void approveListing(ListingRef ref);

  /**
   * The channel's reviewers reject a listing.
   *
   * @param ref the listing
   * @param reason why, as the channel reports it
   * @throws IllegalArgumentException if the listing does not exist
   */
  void rejectListing(ListingRef ref, String reason);

  /**
   * A scheduled broadcast goes on air.
   *
   * @param live the broadcast
   * @throws IllegalArgumentException if the broadcast does not exist
   * @throws IllegalStateException if it is not scheduled
   */
  void startLive(LiveRef live);

  /**
   * A broadcast on air ends.
   *
   * @param live the broadcast
   * @throws IllegalArgumentException if the broadcast does not exist
   * @throws IllegalStateException if it is not on air
   */
  void endLive(LiveRef live);

  /**
   * The URL of a sample product image that the channel under test can take in a listing: where the
   * channel fetches images itself (Naver downloads and re-hosts them), the simulator serves it, so
   * conformance listings work with no network. The default is an {@code example.com} URL, for
   * channels that only store image URLs.
   *
   * @param name a file name, e.g. {@code SKU-1-0.jpg}
   * @return the URL
   */
  default String sampleImageUrl(String name) {
    return "https://example.com/channelbridge/" + name;
  }

  /**
   * The buyer files a claim (a cancel request, a return, an exchange) on an order. The order must
   * be in a status that allows it (acknowledged for a cancel request, delivered for a return).
   * Drivers of channels without claims keep the default, which throws.
   *
   * @param spec the claim
   * @return the channel's claim id, as {@link io.channelbridge.core.model.Claim#claimId()} will
   *     report it
   * @throws UnsupportedOperationException if this driver cannot create claims
   */
  default String createClaim(ClaimSpec spec) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot create claims");
  }

  /**
   * A claim's status as the channel holds it, read on the channel's side (not through the adapter),
   * to check that a decision reached the channel.
   *
   * @param claimId the claim id
   * @return the normalized status
   * @throws UnsupportedOperationException if this driver cannot read claims
   */
  default io.channelbridge.core.model.ClaimStatus claimStatus(String claimId) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read claims");
  }

  /**
   * A listing's stock and prices as the channel holds them, read on the channel's side (not through
   * the adapter), to check that a stock change left everything else untouched.
   *
   * @param listing the listing
   * @return the stock and prices per option
   * @throws UnsupportedOperationException if this driver cannot read stock
   */
  default io.channelbridge.core.model.ListingStock stockOnChannel(ListingRef listing) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read stock");
  }

  /**
   * Makes the next requests to the channel fail. Each request the channel receives uses up one
   * fault, including requests the SDK retries; once {@code nextCalls} requests have failed, the
   * channel behaves normally again. Injecting again replaces what is left of earlier faults.
   *
   * @param nextCalls how many requests fail; 0 clears the faults
   * @param fault how they fail
   */
  void injectFaults(int nextCalls, Fault fault);

  /**
   * How many requests the channel's API has received so far, including ones that failed by an
   * injected fault. A test compares it before and after a call to prove the call was refused before
   * anything was sent.
   *
   * @return the count
   */
  long requestCount();

  /**
   * A webhook request the channel would push about an order now, correctly signed for the channel
   * under test, with headers and the raw body.
   *
   * @param orderId the order, which must exist
   * @param type {@link ChannelEvent.Type#ORDER_CREATED}, {@link ChannelEvent.Type#ORDER_UPDATED} or
   *     {@link ChannelEvent.Type#ORDER_CANCELLED}
   * @return the request
   * @throws UnsupportedOperationException if the channel does not push webhooks
   * @throws IllegalArgumentException if the order does not exist or the type is not an order event
   */
  WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type);
}
