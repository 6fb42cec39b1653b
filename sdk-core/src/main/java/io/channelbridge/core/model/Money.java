package io.channelbridge.core.model;

import java.util.Objects;

/**
 * An amount of money in the currency's minor-less unit. Korean channels trade in whole won, so the
 * amount is a {@code long} number of KRW; the currency code is kept so that a future channel in
 * another currency fails loudly instead of silently mixing units.
 *
 * @param amount the amount, in whole units of {@code currency} (won for KRW)
 * @param currency the ISO 4217 code, upper case, e.g. {@code KRW}
 */
public record Money(long amount, String currency) implements Comparable<Money> {

  /** The code of the Korean won, the currency of every bundled channel. */
  public static final String KRW = "KRW";

  /** Zero won. */
  public static final Money ZERO_KRW = new Money(0, KRW);

  /**
   * Creates an amount.
   *
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters
   */
  public Money {
    Objects.requireNonNull(currency, "currency");
    if (!isIsoCode(currency)) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
  }

  /** Three upper-case ASCII letters; checked by hand, since this runs for every decoded amount. */
  private static boolean isIsoCode(String currency) {
    if (currency == KRW) {
      return true;
    }
    if (currency.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = currency.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * An amount in Korean won.
   *
   * @param won the amount in won
   * @return the amount
   */
  public static Money krw(long won) {
    return won == 0 ? ZERO_KRW : new Money(won, KRW);
  }

  /**
   * Adds two amounts of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amount, other.amount), currency);
  }

  /**
   * Multiplies this amount by a quantity.
   *
   * @param quantity how many
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money times(long quantity) {
    return new Money(Math.multiplyExact(amount, quantity), currency);
  }

  /**
   * Whether the amount is below zero.
   *
   * @return {@code true} if negative
   */
  public boolean isNegative() {
    return amount < 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(amount, other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
    }
  }

  @Override
  public String toString() {
    return amount + " " + currency;
  }
}
