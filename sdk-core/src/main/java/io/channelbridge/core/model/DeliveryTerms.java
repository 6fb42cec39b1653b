package io.channelbridge.core.model;

import java.util.Objects;

/**
 * Delivery and return terms of a listing.
 *
 * @param feeType how the buyer pays for delivery
 * @param baseFee the delivery fee ({@link Money#ZERO_KRW} when free)
 * @param freeAbove for {@link DeliveryFeeType#CONDITIONAL_FREE}, the order amount from which
 *     delivery is free; otherwise {@code null}
 * @param returnFee the one-way fee charged to the buyer for a return
 * @param exchangeFee the round-trip fee charged to the buyer for an exchange
 * @param carrier the carrier code in the SDK's words (e.g. {@code CJ}, {@code HANJIN}), or {@code
 *     null} to use the account default
 */
public record DeliveryTerms(
    DeliveryFeeType feeType,
    Money baseFee,
    Money freeAbove,
    Money returnFee,
    Money exchangeFee,
    String carrier) {

  /** Creates delivery terms; fee type and fees are required, the threshold and carrier are not. */
  public DeliveryTerms {
    Objects.requireNonNull(feeType, "feeType");
    Objects.requireNonNull(baseFee, "baseFee");
    Objects.requireNonNull(returnFee, "returnFee");
    Objects.requireNonNull(exchangeFee, "exchangeFee");
  }

  /**
   * Free delivery with the given return and exchange fees.
   *
   * @param returnFee the return fee
   * @param exchangeFee the exchange fee
   * @return the terms
   */
  public static DeliveryTerms free(Money returnFee, Money exchangeFee) {
    return new DeliveryTerms(
        DeliveryFeeType.FREE, Money.ZERO_KRW, null, returnFee, exchangeFee, null);
  }

  /**
   * A fixed delivery fee with the given return and exchange fees.
   *
   * @param fee the delivery fee
   * @param returnFee the return fee
   * @param exchangeFee the exchange fee
   * @return the terms
   */
  public static DeliveryTerms paid(Money fee, Money returnFee, Money exchangeFee) {
    return new DeliveryTerms(DeliveryFeeType.PAID, fee, null, returnFee, exchangeFee, null);
  }

  /**
   * A copy with another carrier.
   *
   * @param carrier the carrier code
   * @return the copy
   */
  public DeliveryTerms withCarrier(String carrier) {
    return new DeliveryTerms(feeType, baseFee, freeAbove, returnFee, exchangeFee, carrier);
  }
}
