package io.channelbridge.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.TestListings;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.DeliveryFeeType;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.Variant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingValidatorTest {
  private static final ListingConstraints STRICT = new ListingConstraints(25, 3, 1, true, true, 10);
  private final ListingValidator validator = ListingValidator.forChannel("naver", STRICT);

  @Test
  void validListingHasNoViolations() {
    assertThat(validator.validate(TestListings.valid())).isEmpty();
  }

  @Test
  void reportsEveryViolationAtOnce() {
    Listing bad =
        Listing.builder()
            .sku(" ")
            .title("가".repeat(26))
            .price(Money.krw(0))
            .images("ftp://nope", "https://a.example/1", "https://a.example/2", "https://a/3")
            .delivery(
                new DeliveryTerms(
                    DeliveryFeeType.CONDITIONAL_FREE,
                    Money.krw(-1),
                    null,
                    Money.krw(0),
                    Money.krw(0),
                    null))
            .build();
    List<Violation> v = validator.validate(bad);
    assertThat(v)
        .extracting(Violation::field)
        .contains(
            "sku",
            "title",
            "price",
            "images",
            "images[0]",
            "categories.naver",
            "notice",
            "delivery.baseFee",
            "delivery.freeAbove");
    assertThatThrownBy(() -> validator.requireValid(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations()).hasSameSizeAs(v);
              assertThat(e.channelId()).isEqualTo("naver");
              assertThat(e.getMessage()).contains(v.size() + " violations").contains("title:");
            });
  }

  @Test
  void titleLengthCountsCharactersNotBytes() {
    Listing ok = TestListings.valid().toBuilder().title("가".repeat(25)).build();
    assertThat(validator.validate(ok)).isEmpty();
  }

  @Test
  void variantsMustMatchTheirOptionGroups() {
    Listing l =
        TestListings.valid().toBuilder()
            .optionGroup(new OptionGroup("색상", List.of("빨강", "파랑")))
            .variant(new Variant("V1", Map.of("색상", "빨강"), Money.krw(0), 1))
            .variant(new Variant("V1", Map.of("색상", "초록"), Money.krw(0), 1))
            .variant(new Variant("V3", Map.of("사이즈", "L"), Money.krw(-20_000), 2))
            .build();
    assertThat(validator.validate(l))
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("variants[1].sku", "duplicate"),
            org.assertj.core.groups.Tuple.tuple("variants[1].options", "unknown_value"),
            org.assertj.core.groups.Tuple.tuple("variants[2].options", "required"),
            org.assertj.core.groups.Tuple.tuple("variants[2].options", "unknown_option"),
            org.assertj.core.groups.Tuple.tuple("variants[2].priceDelta", "not_positive"));
  }

  @Test
  void channelRulesAddToTheCoreOnes() {
    ListingValidator withRule =
        validator.with(
            (listing, out) -> {
              if (listing.brand() == null) {
                out.add(new Violation("brand", "required", "naver needs a brand"));
              }
            });
    Listing noBrand = TestListings.valid().toBuilder().brand(null).sku(" ").build();
    assertThat(withRule.validate(noBrand))
        .extracting(Violation::field)
        .containsExactly("sku", "brand");
    assertThat(validator.validate(noBrand)).extracting(Violation::field).containsExactly("sku");
  }

  @Test
  void aNegativeStockCannotBeBuiltAndUnlimitedIsItsOwnValue() {
    assertThatThrownBy(() -> Listing.builder().stock(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    Listing unlimited = TestListings.valid().toBuilder().stock(Stock.UNLIMITED).build();
    assertThat(unlimited.stock()).isEqualTo(Stock.UNLIMITED);
    assertThat(validator.validate(unlimited)).isEmpty();
  }

  @Test
  void noticeLabelsTheChannelRequiresForTheTypeAreChecked() {
    ListingValidator withLabels =
        ListingValidator.forChannel(
            "naver", STRICT.withNoticeLabels(Map.of("ETC", Set.of("품명", "모델명", "제조자"))));
    Listing etc =
        TestListings.valid().toBuilder()
            .notice(new ProductNotice("ETC", Map.of("품명", "감귤", "제조자", " ")))
            .build();
    assertThat(withLabels.validate(etc))
        .extracting(Violation::field)
        .containsExactly("notice.fields.모델명", "notice.fields.제조자");
    Listing food =
        TestListings.valid().toBuilder()
            .notice(new ProductNotice("FOOD", Map.of("용량", "5kg")))
            .build();
    assertThat(withLabels.validate(food)).as("a type without listed labels").isEmpty();
  }
}
