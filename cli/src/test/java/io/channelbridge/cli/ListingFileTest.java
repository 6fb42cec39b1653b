package io.channelbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.model.DeliveryFeeType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.TaxType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingFileTest {

  @Test
  void theExampleReadsIntoACompleteListing() {
    Listing l = ListingFile.example().build();
    assertThat(l.sku()).isEqualTo("JEJU-5KG");
    assertThat(l.price()).isEqualTo(Money.krw(19_900));
    assertThat(l.listPrice()).isEqualTo(Money.krw(25_000));
    assertThat(l.stock()).isEqualTo(Stock.of(100));
    assertThat(l.images()).hasSize(2);
    assertThat(l.categoryFor("naver")).isEqualTo("50000803");
    assertThat(l.taxType()).isEqualTo(TaxType.TAX_FREE);
    assertThat(l.afterService().phone()).isEqualTo("064-000-0000");
    assertThat(l.notice().fields()).containsEntry("용량", "5kg");
    assertThat(l.delivery().feeType()).isEqualTo(DeliveryFeeType.PAID);
    assertThat(l.delivery().exchangeFee()).isEqualTo(Money.krw(6_000));
  }

  @Test
  void optionsVariantsAndExtrasAreRead() {
    Listing l =
        ListingFile.parse(
                """
                {"sku": "TEE", "stock": "unlimited",
                 "optionGroups": [{"name": "색상", "values": ["빨강", "파랑"]}],
                 "variants": [{"sku": "TEE-R", "options": {"색상": "빨강"}, "priceDelta": 500,
                               "stock": 3},
                              {"sku": "TEE-B", "options": {"색상": "파랑"}}],
                 "delivery": {"feeType": "conditional_free", "baseFee": 3000, "freeAbove": 50000,
                              "carrier": "CJ"},
                 "extras": {"naver": {"sellerCode": "A1"}}}
                """,
                "t.json")
            .build();
    assertThat(l.stock().isUnlimited()).isTrue();
    assertThat(l.optionGroups()).hasSize(1);
    assertThat(l.optionGroups().get(0).values()).containsExactly("빨강", "파랑");
    assertThat(l.variants()).hasSize(2);
    assertThat(l.variants().get(0).priceDelta()).isEqualTo(Money.krw(500));
    assertThat(l.variants().get(0).stock()).isEqualTo(Stock.of(3));
    assertThat(l.variants().get(1).stock().isUnlimited()).isTrue();
    assertThat(l.delivery().feeType()).isEqualTo(DeliveryFeeType.CONDITIONAL_FREE);
    assertThat(l.delivery().freeAbove()).isEqualTo(Money.krw(50_000));
    assertThat(l.delivery().carrier()).isEqualTo("CJ");
    assertThat(l.extrasFor("naver")).isEqualTo(Map.of("sellerCode", "A1"));
  }

  @Test
  void wrongMembersAreNamed() {
    assertThatThrownBy(() -> ListingFile.parse("{\"price\": 19900.5}", "l.json"))
        .isInstanceOf(BadInput.class)
        .hasMessage("l.json: 'price' must be a whole number of won");
    assertThatThrownBy(() -> ListingFile.parse("{\"stock\": -1}", "l.json"))
        .hasMessage("l.json: 'stock' must be a number of items or \"unlimited\"");
    assertThatThrownBy(() -> ListingFile.parse("{\"taxType\": \"VAT\"}", "l.json"))
        .hasMessage("l.json: 'taxType' must be one of TAXABLE, TAX_FREE, ZERO_RATED");
    assertThatThrownBy(() -> ListingFile.parse("{\"images\": \"a.jpg\"}", "l.json"))
        .hasMessage("l.json: 'images' must be a list");
    assertThatThrownBy(
            () -> ListingFile.parse("{\"notice\": {\"fields\": {\"a\": [1]}}}", "l.json"))
        .hasMessage("l.json: 'notice.fields.a' must be text");
    assertThatThrownBy(() -> ListingFile.parse("[]", "l.json"))
        .hasMessageStartingWith("l.json is not a JSON object");
  }
}
