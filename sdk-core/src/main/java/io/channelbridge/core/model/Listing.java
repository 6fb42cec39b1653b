package io.channelbridge.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product listing as the SDK describes it, independent of any channel: what every Korean channel
 * demands (brand, origin, tax type, the product information notice, delivery terms and so on) in
 * the SDK's words. Categories are per channel because every channel has its own tree; what is truly
 * one channel's own goes in {@link #extras()} under that channel's id.
 *
 * <p>A listing is not checked when it is built: call {@code
 * io.channelbridge.core.validation.ListingValidator} (adapters do, before any network call) to get
 * every violation at once. Instances are immutable; use {@link #toBuilder()} to derive one.
 */
public final class Listing {

  private final String sku;
  private final String title;
  private final String description;
  private final Money price;
  private final Money listPrice;
  private final Stock stock;
  private final List<String> images;
  private final List<OptionGroup> optionGroups;
  private final List<Variant> variants;
  private final Map<String, String> categories;
  private final String brand;
  private final String manufacturer;
  private final String origin;
  private final TaxType taxType;
  private final boolean adultOnly;
  private final AfterService afterService;
  private final ProductNotice notice;
  private final DeliveryTerms delivery;
  private final Map<String, Map<String, String>> extras;
  private final String raw;

  private Listing(Builder b) {
    this.sku = b.sku;
    this.title = b.title;
    this.description = b.description;
    this.price = b.price;
    this.listPrice = b.listPrice;
    this.stock = b.stock;
    this.images = Maps.copy(b.images);
    this.optionGroups = Maps.copy(b.optionGroups);
    this.variants = Maps.copy(b.variants);
    this.categories = Maps.copyOrdered(b.categories);
    this.brand = b.brand;
    this.manufacturer = b.manufacturer;
    this.origin = b.origin;
    this.taxType = b.taxType == null ? TaxType.TAXABLE : b.taxType;
    this.adultOnly = b.adultOnly;
    this.afterService = b.afterService;
    this.notice = b.notice;
    this.delivery = b.delivery;
    Map<String, Map<String, String>> extrasCopy = new LinkedHashMap<>();
    b.extras.forEach((channel, fields) -> extrasCopy.put(channel, Maps.copyOrdered(fields)));
    this.extras = Maps.copyOrdered(extrasCopy);
    this.raw = b.raw;
  }

  /**
   * The seller's stock-keeping unit, unique per seller.
   *
   * @return the seller's stock-keeping unit, unique per seller
   */
  public String sku() {
    return sku;
  }

  /**
   * The product name shown to buyers.
   *
   * @return the product name shown to buyers
   */
  public String title() {
    return title;
  }

  /**
   * The detail content (HTML allowed).
   *
   * @return the detail content (HTML allowed)
   */
  public String description() {
    return description;
  }

  /**
   * The sale price.
   *
   * @return the sale price
   */
  public Money price() {
    return price;
  }

  /**
   * The price before discount, or {@code null}.
   *
   * @return the price before discount, or {@code null}
   */
  public Money listPrice() {
    return listPrice;
  }

  /**
   * The stock: a quantity, or {@link Stock#UNLIMITED} where the channel tracks none (for listings
   * with variants, the variants' sum is used where a channel needs one number). Channels that
   * cannot sell without a count refuse an unlimited stock in validation.
   *
   * @return the stock, never {@code null}
   */
  public Stock stock() {
    return stock;
  }

  /**
   * Image URLs, the first being the representative image.
   *
   * @return image URLs, the first being the representative image
   */
  public List<String> images() {
    return images;
  }

  /**
   * Option dimensions, empty for a simple product.
   *
   * @return option dimensions, empty for a simple product
   */
  public List<OptionGroup> optionGroups() {
    return optionGroups;
  }

  /**
   * Sellable option combinations, empty for a simple product.
   *
   * @return sellable option combinations, empty for a simple product
   */
  public List<Variant> variants() {
    return variants;
  }

  /**
   * The category id per channel id, e.g. {@code {naver=50000803}}.
   *
   * @return the category id per channel id, e.g. {@code {naver=50000803}}
   */
  public Map<String, String> categories() {
    return categories;
  }

  /**
   * The brand, or {@code null}.
   *
   * @return the brand, or {@code null}
   */
  public String brand() {
    return brand;
  }

  /**
   * The manufacturer, or {@code null}.
   *
   * @return the manufacturer, or {@code null}
   */
  public String manufacturer() {
    return manufacturer;
  }

  /**
   * The country or region of origin (원산지), e.g. {@code 국산}.
   *
   * @return the country or region of origin (원산지), e.g. {@code 국산}
   */
  public String origin() {
    return origin;
  }

  /**
   * The VAT treatment.
   *
   * @return the VAT treatment
   */
  public TaxType taxType() {
    return taxType;
  }

  /**
   * Whether buyers must be verified adults.
   *
   * @return whether buyers must be verified adults
   */
  public boolean adultOnly() {
    return adultOnly;
  }

  /**
   * The A/S contact, or {@code null} to use the account default.
   *
   * @return the A/S contact, or {@code null} to use the account default
   */
  public AfterService afterService() {
    return afterService;
  }

  /**
   * The product information notice, or {@code null}.
   *
   * @return the product information notice, or {@code null}
   */
  public ProductNotice notice() {
    return notice;
  }

  /**
   * The delivery and return terms, or {@code null} to use the account default.
   *
   * @return the delivery and return terms, or {@code null} to use the account default
   */
  public DeliveryTerms delivery() {
    return delivery;
  }

  /**
   * Per-channel fields keyed by channel id, then by field name.
   *
   * @return per-channel fields keyed by channel id, then by field name
   */
  public Map<String, Map<String, String>> extras() {
    return extras;
  }

  /**
   * The channel's JSON when this listing was read from a channel, otherwise {@code null}.
   *
   * @return the channel's JSON when this listing was read from a channel, otherwise {@code null}
   */
  public String raw() {
    return raw;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Listing o)) {
      return false;
    }
    return Objects.equals(sku, o.sku)
        && Objects.equals(title, o.title)
        && Objects.equals(description, o.description)
        && Objects.equals(price, o.price)
        && Objects.equals(listPrice, o.listPrice)
        && stock.equals(o.stock)
        && Objects.equals(images, o.images)
        && Objects.equals(optionGroups, o.optionGroups)
        && Objects.equals(variants, o.variants)
        && Objects.equals(categories, o.categories)
        && Objects.equals(brand, o.brand)
        && Objects.equals(manufacturer, o.manufacturer)
        && Objects.equals(origin, o.origin)
        && Objects.equals(taxType, o.taxType)
        && adultOnly == o.adultOnly
        && Objects.equals(afterService, o.afterService)
        && Objects.equals(notice, o.notice)
        && Objects.equals(delivery, o.delivery)
        && Objects.equals(extras, o.extras)
        && Objects.equals(raw, o.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sku,
        title,
        description,
        price,
        listPrice,
        stock,
        images,
        optionGroups,
        variants,
        categories,
        brand,
        manufacturer,
        origin,
        taxType,
        adultOnly,
        afterService,
        notice,
        delivery,
        extras,
        raw);
  }

  /**
   * The category for a channel.
   *
   * @param channelId the channel id, e.g. {@code naver}
   * @return the category id, or {@code null} if none is given for that channel
   */
  public String categoryFor(String channelId) {
    return categories.get(channelId);
  }

  /**
   * The extras for a channel.
   *
   * @param channelId the channel id
   * @return the channel's extra fields, empty if none
   */
  public Map<String, String> extrasFor(String channelId) {
    return extras.getOrDefault(channelId, Map.of());
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this listing's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sku = sku;
    b.title = title;
    b.description = description;
    b.price = price;
    b.listPrice = listPrice;
    b.stock = stock;
    b.images.addAll(images);
    b.optionGroups.addAll(optionGroups);
    b.variants.addAll(variants);
    b.categories.putAll(categories);
    b.brand = brand;
    b.manufacturer = manufacturer;
    b.origin = origin;
    b.taxType = taxType;
    b.adultOnly = adultOnly;
    b.afterService = afterService;
    b.notice = notice;
    b.delivery = delivery;
    b.extras.putAll(extras);
    b.raw = raw;
    return b;
  }

  @Override
  public String toString() {
    return "Listing[sku="
        + sku
        + ", title="
        + title
        + ", price="
        + price
        + ", stock="
        + stock
        + "]";
  }

  /** Builds a {@link Listing}. Not thread-safe. */
  public static final class Builder {
    private String sku;
    private String title;
    private String description;
    private Money price;
    private Money listPrice;
    private Stock stock = Stock.of(0);
    private final List<String> images = new ArrayList<>();
    private final List<OptionGroup> optionGroups = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private String brand;
    private String manufacturer;
    private String origin;
    private TaxType taxType = TaxType.TAXABLE;
    private boolean adultOnly;
    private AfterService afterService;
    private ProductNotice notice;
    private DeliveryTerms delivery;
    private final Map<String, Map<String, String>> extras = new LinkedHashMap<>();
    private String raw;

    private Builder() {}

    /**
     * Sets the SKU.
     *
     * @param sku the SKU
     * @return this builder
     */
    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description (HTML allowed)
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the sale price.
     *
     * @param price the price
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the list price (before discount).
     *
     * @param listPrice the list price, or {@code null}
     * @return this builder
     */
    public Builder listPrice(Money listPrice) {
      this.listPrice = listPrice;
      return this;
    }

    /**
     * Sets a counted stock.
     *
     * @param stock the quantity in stock; not negative
     * @return this builder
     * @throws IllegalArgumentException if the quantity is negative
     */
    public Builder stock(int stock) {
      this.stock = Stock.of(stock);
      return this;
    }

    /**
     * Sets the stock, counted or {@link Stock#UNLIMITED}.
     *
     * @param stock the stock
     * @return this builder
     */
    public Builder stock(Stock stock) {
      this.stock = Objects.requireNonNull(stock, "stock");
      return this;
    }

    /**
     * Replaces the image URLs; the first is the representative one.
     *
     * @param urls image URLs
     * @return this builder
     */
    public Builder images(String... urls) {
      return images(List.of(urls));
    }

    /**
     * Adds one image URL after those already set.
     *
     * @param url the image URL
     * @return this builder
     */
    public Builder addImage(String url) {
      images.add(Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * Replaces the image URLs; the first is the representative one.
     *
     * @param urls image URLs
     * @return this builder
     */
    public Builder images(List<String> urls) {
      images.clear();
      urls.forEach(this::addImage);
      return this;
    }

    /**
     * Adds an option group.
     *
     * @param group the group
     * @return this builder
     */
    public Builder optionGroup(OptionGroup group) {
      optionGroups.add(group);
      return this;
    }

    /**
     * Adds a variant.
     *
     * @param variant the variant
     * @return this builder
     */
    public Builder variant(Variant variant) {
      variants.add(variant);
      return this;
    }

    /**
     * Sets the category for one channel.
     *
     * @param channelId the channel id
     * @param categoryId the channel's category id
     * @return this builder
     */
    public Builder category(String channelId, String categoryId) {
      categories.put(channelId, categoryId);
      return this;
    }

    /**
     * Sets the brand.
     *
     * @param brand the brand
     * @return this builder
     */
    public Builder brand(String brand) {
      this.brand = brand;
      return this;
    }

    /**
     * Sets the manufacturer.
     *
     * @param manufacturer the manufacturer
     * @return this builder
     */
    public Builder manufacturer(String manufacturer) {
      this.manufacturer = manufacturer;
      return this;
    }

    /**
     * Sets the origin (원산지).
     *
     * @param origin the country or region
     * @return this builder
     */
    public Builder origin(String origin) {
      this.origin = origin;
      return this;
    }

    /**
     * Sets the tax type.
     *
     * @param taxType the tax type
     * @return this builder
     */
    public Builder taxType(TaxType taxType) {
      this.taxType = taxType;
      return this;
    }

    /**
     * Sets whether the listing is for adults only.
     *
     * @param adultOnly {@code true} for adults only
     * @return this builder
     */
    public Builder adultOnly(boolean adultOnly) {
      this.adultOnly = adultOnly;
      return this;
    }

    /**
     * Sets the A/S contact.
     *
     * @param afterService the contact
     * @return this builder
     */
    public Builder afterService(AfterService afterService) {
      this.afterService = afterService;
      return this;
    }

    /**
     * Sets the product information notice.
     *
     * @param notice the notice
     * @return this builder
     */
    public Builder notice(ProductNotice notice) {
      this.notice = notice;
      return this;
    }

    /**
     * Sets the delivery terms.
     *
     * @param delivery the terms
     * @return this builder
     */
    public Builder delivery(DeliveryTerms delivery) {
      this.delivery = delivery;
      return this;
    }

    /**
     * Sets one channel-specific extra field.
     *
     * @param channelId the channel id
     * @param field the field name
     * @param value the value
     * @return this builder
     */
    public Builder extra(String channelId, String field, String value) {
      Map<String, String> fields = new LinkedHashMap<>(extras.getOrDefault(channelId, Map.of()));
      fields.put(field, value);
      extras.put(channelId, fields);
      return this;
    }

    /**
     * Sets the channel's raw JSON; adapters call this when reading a listing back.
     *
     * @param raw the JSON
     * @return this builder
     */
    public Builder raw(String raw) {
      this.raw = raw;
      return this;
    }

    /**
     * Builds the listing. No business rules are checked here; see {@code ListingValidator}.
     *
     * @return the listing
     */
    public Listing build() {
      return new Listing(this);
    }
  }
}
