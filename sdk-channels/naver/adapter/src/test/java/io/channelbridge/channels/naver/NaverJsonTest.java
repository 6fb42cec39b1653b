package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.channelbridge.channels.naver.dto.LastChangedStatuses;
import io.channelbridge.channels.naver.dto.NaverResponse;
import io.channelbridge.channels.naver.dto.ProductOrderDetail;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written readers read what Moshi's record adapters read, and write the same. */
class NaverJsonTest {
  private static final JsonAdapter<Instant> TIME =
      new JsonAdapter<Instant>() {
        @Override
        public Instant fromJson(JsonReader r) throws IOException {
          return OffsetDateTime.parse(r.nextString()).toInstant();
        }

        @Override
        public void toJson(JsonWriter w, Instant v) throws IOException {
          w.value(v.toString());
        }
      }.nullSafe();

  private static final Moshi REFLECTIVE = new Moshi.Builder().add(Instant.class, TIME).build();
  private static final Moshi HAND =
      new Moshi.Builder().add(NaverJson.FACTORY).add(Instant.class, TIME).build();

  private static final Type FEED =
      Types.newParameterizedType(NaverResponse.class, LastChangedStatuses.class);
  private static final Type DETAILS =
      Types.newParameterizedType(
          NaverResponse.class, Types.newParameterizedType(List.class, ProductOrderDetail.class));
  private static final Type IDS =
      Types.newParameterizedType(
          NaverResponse.class, Types.newParameterizedType(List.class, String.class));

  private static final String T = "\"2026-03-02T10:00:00.123+09:00\"";

  private static final String FEED_JSON =
      "{\"timestamp\":"
          + T
          + ",\"traceId\":\"t-1\",\"unknown\":{\"a\":[1,2,{\"b\":null}]},\"data\":{"
          + "\"lastChangeStatuses\":[{\"orderId\":\"O1\",\"productOrderId\":\"P1\","
          + "\"lastChangedType\":\"PAYED\",\"paymentDate\":"
          + T
          + ",\"lastChangedDate\":"
          + T
          + ",\"productOrderStatus\":\"PAYED\",\"claimType\":null,\"claimStatus\":\"X\","
          + "\"receiverAddressChanged\":true,\"giftReceivingStatus\":\"G\",\"extra\":[1]},"
          + "null,{\"orderId\":\"O2\",\"orderId\":\"O3\",\"productOrderId\":123}],"
          + "\"count\":\"2\",\"more\":{\"moreFrom\":"
          + T
          + ",\"moreSequence\":\"S\",\"x\":1}}}";

  private static final String DETAILS_JSON =
      "{\"timestamp\":null,\"data\":[{\"order\":{\"orderId\":\"O1\",\"orderDate\":"
          + T
          + ",\"paymentDate\":null,\"ordererName\":\"김*수\",\"ordererTel\":\"050\","
          + "\"ordererId\":\"id\",\"paymentMeans\":\"CARD\",\"more\":{}},"
          + "\"productOrder\":{\"productOrderId\":\"P1\",\"productOrderStatus\":\"PAYED\","
          + "\"placeOrderStatus\":\"OK\",\"claimType\":\"RETURN\",\"claimStatus\":\"RETURN_REQUEST\","
          + "\"claimId\":\"C1\",\"productId\":12345,\"originalProductId\":\"67\","
          + "\"sellerProductCode\":\"SKU\",\"productName\":\"상품\",\"productOption\":\"a: b\","
          + "\"quantity\":2,\"unitPrice\":1000,\"productDiscountAmount\":\"10\","
          + "\"totalPaymentAmount\":1990,\"deliveryFeeAmount\":null,"
          + "\"expectedDeliveryMethod\":\"DELIVERY\",\"shippingMemo\":\"memo\","
          + "\"shippingAddress\":{\"name\":\"n\",\"tel1\":\"t\",\"baseAddress\":\"b\","
          + "\"detailedAddress\":\"d\",\"zipCode\":\"z\",\"tel2\":\"x\"},\"giftName\":\"g\"},"
          + "\"currentClaim\":{\"return\":{\"claimId\":\"C1\",\"claimStatus\":\"RETURN_REQUEST\","
          + "\"claimRequestDate\":"
          + T
          + ",\"requestChannel\":\"구매자\",\"cancelReason\":\"a\",\"cancelDetailedReason\":\"b\","
          + "\"returnReason\":\"c\",\"returnDetailedReason\":\"d\",\"exchangeReason\":\"e\","
          + "\"exchangeDetailedReason\":\"f\",\"requestQuantity\":1,\"collectStatus\":\"g\","
          + "\"holdbackStatus\":\"HOLDBACK\",\"holdbackReason\":\"h\",\"reDeliveryStatus\":\"i\"},"
          + "\"cancel\":null,\"exchange\":{}},\"beforeClaim\":{\"x\":1}},"
          + "null,{\"order\":null,\"productOrder\":{\"productOrderId\":\"P2\"}}]}";

  @Test
  void readsAndWritesTheFeedAsMoshiDoes() throws IOException {
    same(FEED, FEED_JSON);
  }

  @Test
  void readsAndWritesDetailsAsMoshiDoes() throws IOException {
    same(DETAILS, DETAILS_JSON);
  }

  @Test
  void readsIdsAndNullDataAsMoshiDoes() throws IOException {
    same(IDS, "{\"timestamp\":\"x\",\"traceId\":\"y\",\"data\":[\"1\",\"2\"]}");
    same(IDS, "{\"data\":null}");
    same(FEED, "{\"data\":{\"lastChangeStatuses\":null,\"more\":null}}");
    same(FEED, "null");
  }

  @Test
  void failsWhereMoshiFails() {
    for (String bad :
        List.of(
            "{\"data\":[{\"order\":\"x\"}]}",
            "{\"data\":[{\"productOrder\":{\"quantity\":\"two\"}}]}",
            "{\"data\":[{\"productOrder\":{\"unitPrice\":true}}]}",
            "{\"data\":[{\"currentClaim\":[]}]}")) {
      assertThatThrownBy(() -> REFLECTIVE.adapter(DETAILS).fromJson(bad))
          .isInstanceOf(JsonDataException.class);
      assertThatThrownBy(() -> HAND.adapter(DETAILS).fromJson(bad))
          .isInstanceOf(JsonDataException.class);
    }
    String badFeed = "{\"data\":{\"lastChangeStatuses\":[{\"receiverAddressChanged\":\"yes\"}]}}";
    assertThatThrownBy(() -> REFLECTIVE.adapter(FEED).fromJson(badFeed))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> HAND.adapter(FEED).fromJson(badFeed))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void standsInOnlyForTheOrderPullReplies() {
    assertThat(HAND.adapter(ProductOrderDetail.class).toString()).contains("NaverJson");
    assertThat(REFLECTIVE.adapter(ProductOrderDetail.class).toString()).doesNotContain("NaverJson");
    assertThat(NaverJson.FACTORY.create(String.class, java.util.Set.of(), HAND)).isNull();
  }

  private static void same(Type type, String json) throws IOException {
    Object reflective = REFLECTIVE.adapter(type).fromJson(json);
    Object hand = HAND.adapter(type).fromJson(json);
    assertThat(hand).isEqualTo(reflective);
    assertThat(HAND.adapter(type).toJson(hand)).isEqualTo(REFLECTIVE.adapter(type).toJson(hand));
  }
}
