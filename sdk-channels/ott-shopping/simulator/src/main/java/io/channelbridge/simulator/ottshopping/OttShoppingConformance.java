package io.channelbridge.simulator.ottshopping;

import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ListingField;
import java.util.EnumSet;
import java.util.Set;

/**
 * The conformance suite with the OTT-shopping channel's nature as fixtures, so a test against the
 * {@link OttShoppingSimulator} (or a partner's own stub of the protocol) only opens the channel:
 *
 * <pre>{@code
 * class MyOttShoppingTest implements OttShoppingConformance {
 *   public ConformanceTarget createTarget() {
 *     OttShoppingSimulator sim = OttShoppingSimulator.start(new ManualClock(START));
 *     return ConformanceTarget.of(
 *         CommerceChannels.open(new OttShoppingProvider(), sim.configFor().build()), sim, sim);
 *   }
 * }
 * }</pre>
 *
 * <p>A product is one SKU: no option groups or variants, so the sample listing comes without them;
 * it keeps the catalogue's fields and brand, manufacturer, origin and category (as {@code
 * attributes}), but no notice, tax type, A/S contact or delivery terms. Orders are acknowledged and
 * shipped whole. An approved return is being collected ({@code IN_PROGRESS}) until the partner
 * receives it.
 */
public interface OttShoppingConformance extends ChannelConformance {

  /** What a product keeps. */
  @Override
  default Set<ListingField> storedListingFields(Conformance c) {
    return EnumSet.of(
        ListingField.SKU,
        ListingField.TITLE,
        ListingField.DESCRIPTION,
        ListingField.PRICE,
        ListingField.LIST_PRICE,
        ListingField.STOCK,
        ListingField.IMAGES,
        ListingField.CATEGORY,
        ListingField.BRAND,
        ListingField.MANUFACTURER,
        ListingField.ORIGIN);
  }

  /** The suite's sample without option groups and variants: a product is one SKU. */
  @Override
  default Listing sampleListing(Conformance c, String sku) {
    Listing s = ChannelConformance.super.sampleListing(c, sku);
    Listing.Builder b =
        Listing.builder()
            .sku(s.sku())
            .title(s.title())
            .description(s.description())
            .price(s.price())
            .listPrice(s.listPrice())
            .stock(10)
            .images(s.images())
            .brand(s.brand())
            .manufacturer(s.manufacturer())
            .origin(s.origin())
            .taxType(s.taxType())
            .afterService(s.afterService())
            .notice(s.notice())
            .delivery(s.delivery());
    s.categories().forEach(b::category);
    return b.build();
  }

  /** A product is one SKU: the inventory tests use three listings instead of three options. */
  @Override
  default boolean listingsHaveOptions(Conformance c) {
    return false;
  }

  /** Orders are acknowledged and shipped whole. */
  @Override
  default OrderRef writeRef(Conformance c, Order pulled) {
    return pulled.ref();
  }

  /** Acknowledge and ship act on whole orders. */
  @Override
  default boolean writesSingleLines(Conformance c) {
    return false;
  }

  /** An approved return is collected ({@code COLLECTING}) before the partner receives it. */
  @Override
  default ClaimStatus approvedClaimStatus(Conformance c, ClaimType type) {
    return type == ClaimType.RETURN ? ClaimStatus.IN_PROGRESS : ClaimStatus.COMPLETED;
  }
}
