package io.channelbridge.core;

/**
 * A channel's rules for listings, as data, so that a tool can check a listing for every channel
 * before it publishes, and {@code ListingValidator} can report every violation at once.
 *
 * @param maxTitleLength the longest title in characters
 * @param maxImages the most images
 * @param minImages the fewest images (usually 1: a representative image)
 * @param categoryRequired whether a category for this channel is required
 * @param noticeRequired whether the product information notice is required
 * @param maxVariants the most option combinations
 */
public record ListingConstraints(
    int maxTitleLength,
    int maxImages,
    int minImages,
    boolean categoryRequired,
    boolean noticeRequired,
    int maxVariants) {

  /** Lenient defaults for channels that document no limits. */
  public static final ListingConstraints DEFAULT =
      new ListingConstraints(100, 20, 1, false, false, 500);
}
