package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;
import java.util.List;

/**
 * An item (menu or store good), as sent to {@code POST /v1/shops/{shopId}/items} and read back.
 *
 * @param itemId the channel's id (replies only)
 * @param externalSku the seller's SKU
 * @param name at most 60 characters
 * @param description the description
 * @param price whole KRW
 * @param stock {@code null} for unlimited
 * @param imageUrls at most 10
 * @param category the channel's category
 * @param optionGroups option groups
 * @param status {@code ON_SALE}, {@code SOLD_OUT} or {@code HIDDEN}
 * @param updatedAt last change (replies only)
 */
public record Item(
    String itemId,
    String externalSku,
    String name,
    String description,
    Long price,
    Long stock,
    List<String> imageUrls,
    String category,
    List<OptionGroup> optionGroups,
    String status,
    Instant updatedAt) {

  /**
   * An option group.
   *
   * @param name the name
   * @param required whether the buyer must choose
   * @param maxSelect how many options may be chosen
   * @param options the options
   */
  public record OptionGroup(
      String name, Boolean required, Integer maxSelect, List<Option> options) {}

  /**
   * An option, of an item or of an order line.
   *
   * @param optionId the channel's stable id (item replies only)
   * @param name the name
   * @param price the extra price in KRW
   * @param soldOut whether the option is sold out (item replies only; absent is {@code false})
   */
  public record Option(String optionId, String name, Long price, Boolean soldOut) {
    /**
     * An option as sent on create, or as an order line carries it.
     *
     * @param name the name
     * @param price the extra price
     */
    public Option(String name, Long price) {
      this(null, name, price, null);
    }
  }
}
