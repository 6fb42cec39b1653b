package io.channelbridge.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
 * @param noticeLabels the labels the product information notice (상품정보제공고시) must fill, by notice
 *     type, for the types the channel defines; a type not listed is checked only for having fields
 */
public record ListingConstraints(
    int maxTitleLength,
    int maxImages,
    int minImages,
    boolean categoryRequired,
    boolean noticeRequired,
    int maxVariants,
    Map<String, Set<String>> noticeLabels) {

  /** Lenient defaults for channels that document no limits. */
  public static final ListingConstraints DEFAULT =
      new ListingConstraints(100, 20, 1, false, false, 500);

  /** Creates constraints; the notice labels are copied. */
  public ListingConstraints {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    if (noticeLabels != null) {
      noticeLabels.forEach((type, labels) -> copy.put(type, Set.copyOf(labels)));
    }
    noticeLabels = Map.copyOf(copy);
  }

  /**
   * Constraints without per-type notice labels.
   *
   * @param maxTitleLength the longest title in characters
   * @param maxImages the most images
   * @param minImages the fewest images
   * @param categoryRequired whether a category for this channel is required
   * @param noticeRequired whether the product information notice is required
   * @param maxVariants the most option combinations
   */
  public ListingConstraints(
      int maxTitleLength,
      int maxImages,
      int minImages,
      boolean categoryRequired,
      boolean noticeRequired,
      int maxVariants) {
    this(
        maxTitleLength,
        maxImages,
        minImages,
        categoryRequired,
        noticeRequired,
        maxVariants,
        Map.of());
  }

  /**
   * These constraints with the labels each notice type must fill.
   *
   * @param labels the required labels by notice type, e.g. {@code {ETC=[품명, 모델명, ...]}}
   * @return the constraints
   */
  public ListingConstraints withNoticeLabels(Map<String, Set<String>> labels) {
    return new ListingConstraints(
        maxTitleLength,
        maxImages,
        minImages,
        categoryRequired,
        noticeRequired,
        maxVariants,
        labels);
  }
}
