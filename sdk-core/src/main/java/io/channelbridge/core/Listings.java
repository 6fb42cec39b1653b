package io.channelbridge.core;

import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import java.util.Optional;

/**
 * The listings facet of a {@link CommerceChannel}: publish, change, withdraw and read product
 * listings. Get it from {@link CommerceChannel#listings()}; the contract of {@link CommerceChannel}
 * (typed exceptions, capability checks, validation before any call) holds for every operation.
 */
public interface Listings {

  /**
   * Publishes a new listing. Most channels review listings: the listing is then {@link
   * io.channelbridge.core.model.ListingState#PENDING_REVIEW} until the channel decides; poll {@link
   * #status(ListingRef)}. Capability {@link Operation#PUBLISH_LISTING}.
   *
   * @param listing the listing; validated against {@link ChannelCapabilities#listingConstraints()}
   *     first
   * @param options call options
   * @return the listing's identity on this channel
   * @throws ValidationException if the listing breaks a rule, with every violation
   */
  ListingRef publish(Listing listing, CallOptions options);

  /**
   * Same as {@link #publish(Listing, CallOptions)} with default options.
   *
   * @param listing the listing
   * @return the listing's identity on this channel
   */
  default ListingRef publish(Listing listing) {
    return publish(listing, CallOptions.DEFAULTS);
  }

  /**
   * Changes some fields of a published listing. Fields the update leaves {@code null} keep their
   * values, also on channels whose API replaces the whole product (the adapter reads, applies and
   * writes back). Capability {@link Operation#UPDATE_LISTING}.
   *
   * @param ref the listing
   * @param update the fields to change
   * @param options call options
   * @return the listing's status after the change (some channels review changes again)
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options);

  /**
   * Same as {@link #update(ListingRef, ListingUpdate, CallOptions)} with default options.
   *
   * @param ref the listing
   * @param update the fields to change
   * @return the listing's status after the change
   */
  default ListingStatus update(ListingRef ref, ListingUpdate update) {
    return update(ref, update, CallOptions.DEFAULTS);
  }

  /**
   * Takes a listing off sale. Withdrawing a withdrawn listing succeeds and changes nothing.
   * Capability {@link Operation#WITHDRAW_LISTING}.
   *
   * @param ref the listing
   * @param options call options
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  void withdraw(ListingRef ref, CallOptions options);

  /**
   * Same as {@link #withdraw(ListingRef, CallOptions)} with default options.
   *
   * @param ref the listing
   */
  default void withdraw(ListingRef ref) {
    withdraw(ref, CallOptions.DEFAULTS);
  }

  /**
   * A listing's current review and sale state on the channel. Capability {@link
   * Operation#LISTING_STATUS}.
   *
   * @param ref the listing
   * @param options call options
   * @return the status
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  ListingStatus status(ListingRef ref, CallOptions options);

  /**
   * Same as {@link #status(ListingRef, CallOptions)} with default options.
   *
   * @param ref the listing
   * @return the status
   */
  default ListingStatus status(ListingRef ref) {
    return status(ref, CallOptions.DEFAULTS);
  }

  /**
   * Reads a listing back as the channel holds it, with the channel's JSON in {@link Listing#raw()}.
   * Capability {@link Operation#GET_LISTING}.
   *
   * @param ref the listing
   * @param options call options
   * @return the listing
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  Listing get(ListingRef ref, CallOptions options);

  /**
   * Same as {@link #get(ListingRef, CallOptions)} with default options.
   *
   * @param ref the listing
   * @return the listing
   */
  default Listing get(ListingRef ref) {
    return get(ref, CallOptions.DEFAULTS);
  }

  /**
   * Finds the listing a seller's SKU names on this channel, e.g. to link a catalogue to listings
   * published before the SDK was used. Capability {@link Operation#FIND_LISTING}.
   *
   * @param sku the seller's SKU, exactly as published (case-sensitive)
   * @param options call options
   * @return the listing's reference, or empty if no listing of this account has the SKU
   * @throws IllegalArgumentException if the SKU is blank
   */
  Optional<ListingRef> find(String sku, CallOptions options);

  /**
   * Same as {@link #find(String, CallOptions)} with default options.
   *
   * @param sku the seller's SKU
   * @return the listing's reference, or empty
   */
  default Optional<ListingRef> find(String sku) {
    return find(sku, CallOptions.DEFAULTS);
  }

  /**
   * One page of the merchant's listings on this channel, to import an existing catalogue page by
   * page: every listing of the account, withdrawn ones included, appears on exactly one page of a
   * walk from {@link ListingPage#FIRST} while the catalogue does not change. Capability {@link
   * Operation#LIST_LISTINGS}.
   *
   * @param cursor {@link ListingPage#FIRST} ({@code null}) for the first page, else the {@link
   *     ListingPage#next()} of the previous page
   * @param options call options
   * @return the page; its {@code next()} is {@code null} on the last page
   * @throws IllegalArgumentException if the cursor was not produced by this channel
   */
  ListingPage list(String cursor, CallOptions options);

  /**
   * Same as {@link #list(String, CallOptions)} with default options.
   *
   * @param cursor {@link ListingPage#FIRST} or the previous page's {@code next()}
   * @return the page
   */
  default ListingPage list(String cursor) {
    return list(cursor, CallOptions.DEFAULTS);
  }
}
