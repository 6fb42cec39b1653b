package com.example.grip;

import io.channelbridge.core.model.Listing;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ListingField;
import java.util.EnumSet;
import java.util.Set;

/**
 * The conformance suite with Grip's nature as fixtures: a product keeps no brand, manufacturer,
 * adult flag, notice, after-service or delivery terms in the SDK's words (Grip's own {@code
 * legalItems}, {@code customAs} and {@code customDelivery} are carried over, not mapped), and no
 * listing SKU (only per-combination {@code yourProductId}). A product with options keeps its stock
 * per combination (spec "Stock and price per option"), so the listings of the two tests that update
 * the listing's own stock have no options.
 */
interface GripConformance extends ChannelConformance {

  /**
   * The SKUs of the listings whose own stock the suite updates: {@code
   * ListingsConformance.updateChangesTouchedFields} and the {@code UPDATE_LISTING} capability
   * check.
   */
  Set<String> LISTING_STOCK_SKUS = Set.of("CB-L-UPD", "CB-CAP-UPD");

  @Override
  default Listing sampleListing(Conformance c, String sku) {
    Listing l = ChannelConformance.super.sampleListing(c, sku);
    if (!LISTING_STOCK_SKUS.contains(sku)) {
      return l;
    }
    String id = c.channel().id();
    return Listing.builder()
        .sku(sku)
        .title(l.title())
        .description(l.description())
        .price(l.price())
        .listPrice(l.listPrice())
        .stock(10)
        .images(l.images())
        .category(id, l.categoryFor(id))
        .origin(l.origin())
        .taxType(l.taxType())
        .build();
  }

  @Override
  default Set<ListingField> storedListingFields(Conformance c) {
    return EnumSet.of(
        ListingField.TITLE,
        ListingField.DESCRIPTION,
        ListingField.PRICE,
        ListingField.LIST_PRICE,
        ListingField.STOCK,
        ListingField.IMAGES,
        ListingField.OPTION_GROUPS,
        ListingField.VARIANTS,
        ListingField.CATEGORY,
        ListingField.ORIGIN,
        ListingField.TAX_TYPE);
  }
}
