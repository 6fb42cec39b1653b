package io.channelbridge.testkit.conformance;

import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.TaxType;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A field of {@link Listing} that the listings conformance tests read back and compare: {@link
 * ConformanceFixtures#storedListingFields} names the ones a channel keeps, and a listing read back
 * must equal the published one in every one of them.
 *
 * <p>Each field is compared by the value {@link #of(Listing, String)} gives: the field itself, but
 * only the count of {@link #IMAGES} (channels re-host images under their own URLs) and only the
 * channel's own entry of {@link #CATEGORY}.
 */
public enum ListingField {
  /** {@link Listing#sku()}. */
  SKU((l, ch) -> l.sku()),
  /** {@link Listing#title()}. */
  TITLE((l, ch) -> l.title()),
  /** {@link Listing#description()}. */
  DESCRIPTION((l, ch) -> l.description()),
  /** {@link Listing#price()}. */
  PRICE((l, ch) -> l.price()),
  /** {@link Listing#listPrice()}. */
  LIST_PRICE((l, ch) -> l.listPrice()),
  /** {@link Listing#stock()}. */
  STOCK((l, ch) -> l.stock()),
  /** The number of {@link Listing#images()}. */
  IMAGES((l, ch) -> l.images().size()),
  /** {@link Listing#optionGroups()}, names and values in order. */
  OPTION_GROUPS((l, ch) -> l.optionGroups()),
  /** {@link Listing#variants()}: SKU, options, price delta and stock of each. */
  VARIANTS((l, ch) -> l.variants()),
  /** The channel's category, {@link Listing#categoryFor(String)}. */
  CATEGORY((l, ch) -> l.categoryFor(ch)),
  /** {@link Listing#brand()}. */
  BRAND((l, ch) -> l.brand()),
  /** {@link Listing#manufacturer()}. */
  MANUFACTURER((l, ch) -> l.manufacturer()),
  /** {@link Listing#origin()}. */
  ORIGIN((l, ch) -> l.origin()),
  /** {@link Listing#taxType()}. */
  TAX_TYPE((l, ch) -> l.taxType()),
  /** {@link Listing#adultOnly()}. */
  ADULT_ONLY((l, ch) -> l.adultOnly()),
  /** {@link Listing#afterService()}. */
  AFTER_SERVICE((l, ch) -> l.afterService()),
  /** {@link Listing#notice()}: the notice type and every field. */
  NOTICE((l, ch) -> l.notice()),
  /** {@link Listing#delivery()}: fee type, fees, threshold and carrier. */
  DELIVERY((l, ch) -> l.delivery());

  private final BiFunction<Listing, String, Object> value;

  ListingField(BiFunction<Listing, String, Object> value) {
    this.value = value;
  }

  /**
   * The value the tests compare for this field.
   *
   * @param listing the listing
   * @param channelId the id of the channel under test
   * @return the value, or {@code null} if the listing leaves the field out
   */
  public Object of(Listing listing, String channelId) {
    return value.apply(listing, channelId);
  }

  /**
   * Whether a listing sets this field to something a channel that drops the field would not give
   * back: not {@code null}, not empty, not zero, and for {@link #TAX_TYPE} and {@link #ADULT_ONLY}
   * not the default ({@link TaxType#TAXABLE}, {@code false}).
   *
   * @param listing the listing
   * @param channelId the id of the channel under test
   * @return {@code true} if a dropped field would show
   */
  public boolean isSetIn(Listing listing, String channelId) {
    Object v = of(listing, channelId);
    if (v == null) {
      return false;
    }
    return switch (this) {
      case TAX_TYPE -> v != TaxType.TAXABLE;
      case ADULT_ONLY -> (Boolean) v;
      case STOCK -> !((io.channelbridge.core.model.Stock) v).isSoldOut();
      case IMAGES -> ((Integer) v) > 0;
      default ->
          !(v instanceof Collection<?> c && c.isEmpty())
              && !(v instanceof Map<?, ?> m && m.isEmpty())
              && !(v instanceof String s && s.isBlank());
    };
  }

  /**
   * Whether two listings agree on this field.
   *
   * @param expected the listing as published
   * @param actual the listing as read back
   * @param channelId the id of the channel under test
   * @return {@code true} if the compared values are equal
   */
  public boolean matches(Listing expected, Listing actual, String channelId) {
    return Objects.equals(of(expected, channelId), of(actual, channelId));
  }
}
