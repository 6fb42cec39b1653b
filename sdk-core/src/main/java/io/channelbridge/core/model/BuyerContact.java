package io.channelbridge.core.model;

/**
 * How to reach the buyer. Channels send masked names and safe (virtual) numbers; the SDK keeps what
 * they send and never prints it: {@link #toString()} hides personal data.
 *
 * @param name the buyer's name as the channel gives it (often masked, e.g. {@code 김*수})
 * @param phone the buyer's phone or safe number, or {@code null}
 */
public record BuyerContact(String name, String phone) {

  @Override
  public String toString() {
    return "BuyerContact[name=****, phone=****]";
  }
}
