package io.channelbridge.core.validation;

import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.DeliveryFeeType;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.Variant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@link Listing} against the SDK's rules and one channel's {@link ListingConstraints},
 * collecting every violation instead of stopping at the first. Adapters call {@link
 * #requireValid(Listing)} before any network call; a channel adds rules of its own with {@link
 * #with(Rule)}. Immutable and thread-safe.
 */
public final class ListingValidator {

  /** A channel-specific rule; it adds what it finds to {@code out}. */
  @FunctionalInterface
  public interface Rule {
    /**
     * Checks a listing.
     *
     * @param listing the listing
     * @param out where to add violations
     */
    void check(Listing listing, List<Violation> out);
  }

  private final String channelId;
  private final ListingConstraints constraints;
  private final List<Rule> extraRules;

  private ListingValidator(String channelId, ListingConstraints constraints, List<Rule> rules) {
    this.channelId = Objects.requireNonNull(channelId, "channelId");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.extraRules = List.copyOf(rules);
  }

  /**
   * A validator for one channel.
   *
   * @param channelId the channel id (for category and exception)
   * @param constraints the channel's constraints
   * @return the validator
   */
  public static ListingValidator forChannel(String channelId, ListingConstraints constraints) {
    return new ListingValidator(channelId, constraints, List.of());
  }

  /**
   * A validator with one more rule.
   *
   * @param rule the rule
   * @return a new validator
   */
  public ListingValidator with(Rule rule) {
    List<Rule> rules = new ArrayList<>(extraRules);
    rules.add(rule);
    return new ListingValidator(channelId, constraints, rules);
  }

  /**
   * Every violation of a listing.
   *
   * @param l the listing
   * @return the violations, empty if valid
   */
  public List<Violation> validate(Listing l) {
    List<Violation> out = new ArrayList<>();
    Checks c = new Checks(out);
    c.notBlank("sku", l.sku());
    if (c.notBlank("title", l.title())) {
      c.maxLength("title", l.title(), constraints.maxTitleLength());
    }
    if (c.notNull("price", l.price())) {
      c.positive("price", l.price());
      if (l.listPrice() != null
          && l.listPrice().currency().equals(l.price().currency())
          && l.listPrice().amount() < l.price().amount()) {
        c.add("listPrice", "below_price", "must not be below the sale price " + l.price());
      }
    }
    checkImages(l, c);
    if (constraints.categoryRequired()) {
      c.notBlank("categories." + channelId, l.categoryFor(channelId));
    }
    if (constraints.noticeRequired() && c.notNull("notice", l.notice())) {
      if (l.notice().fields().isEmpty()) {
        c.add("notice.fields", "required", "must list the notice's fields");
      }
    }
    if (l.notice() != null) {
      Set<String> labels = constraints.noticeLabels().get(l.notice().type());
      for (String label : labels == null ? Set.<String>of() : new TreeSet<>(labels)) {
        String value = l.notice().fields().get(label);
        if (value == null || value.isBlank()) {
          c.add(
              "notice.fields." + label,
              "required",
              "is required in a " + l.notice().type() + " notice on " + channelId);
        }
      }
    }
    checkVariants(l, c);
    checkDelivery(l.delivery(), c);
    for (Rule rule : extraRules) {
      rule.check(l, out);
    }
    return out;
  }

  /**
   * Throws if the listing has any violation.
   *
   * @param listing the listing
   * @throws ValidationException listing every violation
   */
  public void requireValid(Listing listing) {
    List<Violation> violations = validate(listing);
    if (!violations.isEmpty()) {
      throw new ValidationException(channelId, violations);
    }
  }

  private void checkImages(Listing l, Checks c) {
    int n = l.images().size();
    if (n < constraints.minImages()) {
      c.add("images", "too_few", "needs at least " + constraints.minImages() + " image(s)");
    }
    if (n > constraints.maxImages()) {
      c.add("images", "too_many", "at most " + constraints.maxImages() + " images, was " + n);
    }
    for (int i = 0; i < n; i++) {
      c.httpUrl("images[" + i + "]", l.images().get(i));
    }
  }

  private void checkVariants(Listing l, Checks c) {
    List<Variant> variants = l.variants();
    if (variants.isEmpty()) {
      return;
    }
    if (variants.size() > constraints.maxVariants()) {
      c.add(
          "variants",
          "too_many",
          "at most " + constraints.maxVariants() + " variants, was " + variants.size());
    }
    if (l.optionGroups().isEmpty()) {
      c.add("optionGroups", "required", "variants need option groups");
      return;
    }
    Set<String> skus = new HashSet<>();
    for (int i = 0; i < variants.size(); i++) {
      Variant v = variants.get(i);
      String path = "variants[" + i + "]";
      if (!skus.add(v.sku())) {
        c.add(path + ".sku", "duplicate", "duplicate variant SKU " + v.sku());
      }
      for (OptionGroup g : l.optionGroups()) {
        String value = v.options().get(g.name());
        if (value == null) {
          c.add(path + ".options", "required", "needs a value for option '" + g.name() + "'");
        } else if (!g.values().contains(value)) {
          c.add(
              path + ".options",
              "unknown_value",
              "'" + value + "' is not a value of option '" + g.name() + "'");
        }
      }
      for (Map.Entry<String, String> e : v.options().entrySet()) {
        if (l.optionGroups().stream().noneMatch(g -> g.name().equals(e.getKey()))) {
          c.add(path + ".options", "unknown_option", "no option group '" + e.getKey() + "'");
        }
      }
      if (l.price() != null
          && v.priceDelta().currency().equals(l.price().currency())
          && l.price().amount() + v.priceDelta().amount() <= 0) {
        c.add(path + ".priceDelta", "not_positive", "makes the variant's price not positive");
      }
    }
  }

  private static void checkDelivery(DeliveryTerms d, Checks c) {
    if (d == null) {
      return;
    }
    c.notNegative("delivery.baseFee", d.baseFee());
    c.notNegative("delivery.returnFee", d.returnFee());
    c.notNegative("delivery.exchangeFee", d.exchangeFee());
    if (d.feeType() == DeliveryFeeType.CONDITIONAL_FREE && d.freeAbove() == null) {
      c.add("delivery.freeAbove", "required", "conditional free delivery needs a threshold");
    }
    if (d.feeType() == DeliveryFeeType.FREE && d.baseFee().amount() != 0) {
      c.add("delivery.baseFee", "not_zero", "free delivery must have a zero base fee");
    }
  }

  /** Small collecting helpers shared with {@link LiveScheduleValidator}. */
  static final class Checks {
    private final List<Violation> out;

    Checks(List<Violation> out) {
      this.out = out;
    }

    void add(String field, String code, String message) {
      out.add(new Violation(field, code, message));
    }

    boolean notNull(String field, Object value) {
      if (value == null) {
        add(field, "required", "is required");
        return false;
      }
      return true;
    }

    boolean notBlank(String field, String value) {
      if (value == null || value.isBlank()) {
        add(field, "required", "is required");
        return false;
      }
      return true;
    }

    void maxLength(String field, String value, int max) {
      int length = value.codePointCount(0, value.length());
      if (length > max) {
        add(field, "too_long", "at most " + max + " characters, was " + length);
      }
    }

    void positive(String field, Money m) {
      if (m.amount() <= 0) {
        add(field, "not_positive", "must be positive, was " + m);
      }
    }

    void notNegative(String field, Money m) {
      if (m.isNegative()) {
        add(field, "negative", "must not be negative, was " + m);
      }
    }

    void httpUrl(String field, String url) {
      if (url == null
          || !(url.startsWith("https://") || url.startsWith("http://"))
          || url.length() < 10
          || url.chars().anyMatch(Character::isWhitespace)) {
        add(field, "not_url", "must be an absolute http(s) URL");
      }
    }
  }
}
