package io.channelbridge.core.model;

/**
 * A shipping address. {@link #toString()} hides everything but the postal code, so addresses never
 * reach logs by accident.
 *
 * @param recipient the recipient's name
 * @param phone the recipient's phone or safe number
 * @param line1 the base address (도로명 or 지번)
 * @param line2 the detailed address
 * @param zipCode the postal code
 * @param memo the buyer's delivery note, or {@code null}
 */
public record Address(
    String recipient, String phone, String line1, String line2, String zipCode, String memo) {

  @Override
  public String toString() {
    return "Address[zipCode=" + zipCode + ", ****]";
  }
}
