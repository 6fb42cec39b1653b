package io.channelbridge.core.model;

import java.util.List;

/**
 * A partial change to a published listing: every field left {@code null} keeps its current value on
 * the channel. Adapters whose channel only offers a full-replace API read the listing, apply this
 * update with {@link #applyTo(Listing)} and write it back, so fields the caller did not touch
 * survive.
 *
 * @param title the new title, or {@code null} to keep it
 * @param description the new description, or {@code null} to keep it
 * @param price the new sale price, or {@code null} to keep it
 * @param listPrice the new list price, or {@code null} to keep it
 * @param stock the new stock, or {@code null} to keep it
 * @param images the new image URLs (replacing all), or {@code null} to keep them
 * @param delivery the new delivery terms, or {@code null} to keep them
 */
public record ListingUpdate(
    String title,
    String description,
    Money price,
    Money listPrice,
    Stock stock,
    List<String> images,
    DeliveryTerms delivery) {

  /** Creates an update; the image list, if given, is copied. */
  public ListingUpdate {
    images = images == null ? null : List.copyOf(images);
  }

  /**
   * Whether the update changes nothing.
   *
   * @return {@code true} if every field is {@code null}
   */
  public boolean isEmpty() {
    return title == null
        && description == null
        && price == null
        && listPrice == null
        && stock == null
        && images == null
        && delivery == null;
  }

  /**
   * Applies this update to a full listing.
   *
   * @param current the listing as it is now
   * @return the listing with this update's non-null fields replaced
   */
  public Listing applyTo(Listing current) {
    Listing.Builder b = current.toBuilder().raw(null);
    if (title != null) {
      b.title(title);
    }
    if (description != null) {
      b.description(description);
    }
    if (price != null) {
      b.price(price);
    }
    if (listPrice != null) {
      b.listPrice(listPrice);
    }
    if (stock != null) {
      b.stock(stock);
    }
    if (images != null) {
      b.images(images);
    }
    if (delivery != null) {
      b.delivery(delivery);
    }
    return b.build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder (an empty update)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListingUpdate}. Not thread-safe. */
  public static final class Builder {
    private String title;
    private String description;
    private Money price;
    private Money listPrice;
    private Stock stock;
    private List<String> images;
    private DeliveryTerms delivery;

    private Builder() {}

    /**
     * Changes the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Changes the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Changes the sale price.
     *
     * @param price the price
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Changes the list price.
     *
     * @param listPrice the list price
     * @return this builder
     */
    public Builder listPrice(Money listPrice) {
      this.listPrice = listPrice;
      return this;
    }

    /**
     * Changes the stock to a count.
     *
     * @param stock the quantity; not negative
     * @return this builder
     * @throws IllegalArgumentException if the quantity is negative
     */
    public Builder stock(int stock) {
      this.stock = Stock.of(stock);
      return this;
    }

    /**
     * Changes the stock, counted or {@link Stock#UNLIMITED}.
     *
     * @param stock the stock
     * @return this builder
     */
    public Builder stock(Stock stock) {
      this.stock = java.util.Objects.requireNonNull(stock, "stock");
      return this;
    }

    /**
     * Replaces the images.
     *
     * @param images the image URLs
     * @return this builder
     */
    public Builder images(List<String> images) {
      this.images = images;
      return this;
    }

    /**
     * Changes the delivery terms.
     *
     * @param delivery the terms
     * @return this builder
     */
    public Builder delivery(DeliveryTerms delivery) {
      this.delivery = delivery;
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     */
    public ListingUpdate build() {
      return new ListingUpdate(title, description, price, listPrice, stock, images, delivery);
    }
  }
}
