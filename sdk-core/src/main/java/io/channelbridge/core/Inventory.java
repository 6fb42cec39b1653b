package io.channelbridge.core;

import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.StockChange;
import java.util.List;

/**
 * The inventory facet of a {@link CommerceChannel}: stock and price per listing and per option,
 * many at once. Get it from {@link CommerceChannel#inventory()}; the contract of {@link
 * CommerceChannel} holds for every operation.
 *
 * <p>A change touches only what it names: options left out keep their stock and price, also on
 * channels that can only replace a whole product (the adapter reads the product and writes it back
 * with just the change applied).
 */
public interface Inventory {

  /**
   * Sets stock and/or prices. Each change is applied on its own and reported on its own: one
   * refused change (an unknown option SKU, a price the channel refuses) fails that item and never
   * loses the others, including the ones the channel already applied. Input that is wrong in itself
   * (a change with neither stock nor price, a negative listing price, the same listing and option
   * twice in one call) fails the whole call with {@link
   * io.channelbridge.core.error.ValidationException} listing every violation, before any request.
   * Capability {@link Operation#SET_INVENTORY}.
   *
   * @param changes the changes, all for listings of this channel
   * @param options call options
   * @return one result per change, in request order
   * @throws IllegalArgumentException if a change names another channel's listing
   */
  BatchResult<StockChange> set(List<StockChange> changes, CallOptions options);

  /**
   * Same as {@link #set(List, CallOptions)} with default options.
   *
   * @param changes the changes
   * @return one result per change
   */
  default BatchResult<StockChange> set(List<StockChange> changes) {
    return set(changes, CallOptions.DEFAULTS);
  }

  /**
   * Reads the stock and prices of a listing and each of its options, as the channel holds them now.
   * Capability {@link Operation#GET_INVENTORY}.
   *
   * @param listing the listing
   * @param options call options
   * @return the levels
   * @throws io.channelbridge.core.error.NotFoundException if the channel has no such listing
   * @throws IllegalArgumentException if the reference names another channel
   */
  ListingStock get(ListingRef listing, CallOptions options);

  /**
   * Same as {@link #get(ListingRef, CallOptions)} with default options.
   *
   * @param listing the listing
   * @return the levels
   */
  default ListingStock get(ListingRef listing) {
    return get(listing, CallOptions.DEFAULTS);
  }
}
