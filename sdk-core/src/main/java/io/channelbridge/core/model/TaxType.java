package io.channelbridge.core.model;

/** How a product is taxed under Korean VAT (과세, 면세, 영세). */
public enum TaxType {
  /** Subject to 10% VAT (과세). */
  TAXABLE,
  /** Exempt from VAT (면세), e.g. unprocessed food. */
  TAX_FREE,
  /** Zero-rated (영세), e.g. exports. */
  ZERO_RATED
}
