package com.example.grip;

import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ListingField;
import java.util.EnumSet;
import java.util.Set;

/**
 * The conformance suite with Grip's nature as fixtures: a product keeps no brand, manufacturer,
 * adult flag, notice, after-service or delivery terms in the SDK's words (Grip's own {@code
 * legalItems}, {@code customAs} and {@code customDelivery} are carried over, not mapped), and no
 * listing SKU (only per-combination {@code yourProductId}).
 */
interface GripConformance extends ChannelConformance {

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
