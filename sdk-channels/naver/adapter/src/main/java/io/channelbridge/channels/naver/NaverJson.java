package io.channelbridge.channels.naver;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channelbridge.channels.naver.dto.LastChangedStatuses;
import io.channelbridge.channels.naver.dto.LastChangedStatuses.LastChangeStatus;
import io.channelbridge.channels.naver.dto.LastChangedStatuses.More;
import io.channelbridge.channels.naver.dto.NaverResponse;
import io.channelbridge.channels.naver.dto.ProductOrderDetail;
import io.channelbridge.channels.naver.dto.ProductOrderDetail.ClaimInfo;
import io.channelbridge.channels.naver.dto.ProductOrderDetail.CurrentClaim;
import io.channelbridge.channels.naver.dto.ProductOrderDetail.OrderInfo;
import io.channelbridge.channels.naver.dto.ProductOrderDetail.ProductOrder;
import io.channelbridge.channels.naver.dto.ProductOrderDetail.ShippingAddress;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Readers for the replies of the order pull, written out by hand: the change feed, the {@code
 * product-orders/query} details and the reply envelope. Moshi's reflective record reader builds
 * each record through {@code MethodHandle.invokeWithArguments} with an argument array; a pull page
 * builds about 2,000 of them. These read the same JSON to the same records as Moshi's would (the
 * same reader calls per field, unknown names skipped, {@code null} for an absent or {@code null}
 * field, the last of repeated names kept), and write through Moshi's own adapter, so {@code raw()}
 * is unchanged.
 */
final class NaverJson implements JsonAdapter.Factory {
  static final NaverJson FACTORY = new NaverJson();

  private NaverJson() {}

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == ProductOrderDetail.class) {
      return new DetailReader(
              moshi.adapter(Instant.class),
              moshi.<ProductOrderDetail>nextAdapter(this, type, annotations))
          .nullSafe();
    }
    if (type == LastChangedStatuses.class) {
      return new FeedReader(
              moshi.adapter(Instant.class),
              moshi.<LastChangedStatuses>nextAdapter(this, type, annotations))
          .nullSafe();
    }
    if (type instanceof ParameterizedType p && p.getRawType() == NaverResponse.class) {
      return new EnvelopeReader<>(
              moshi.adapter(p.getActualTypeArguments()[0]),
              moshi.<NaverResponse<Object>>nextAdapter(this, type, annotations))
          .nullSafe();
    }
    return null;
  }

  // ---------------------------------------------------------------- shared

  private static String string(JsonReader r) throws IOException {
    if (r.peek() == JsonReader.Token.NULL) {
      return r.nextNull();
    }
    return r.nextString();
  }

  private static Integer integer(JsonReader r) throws IOException {
    if (r.peek() == JsonReader.Token.NULL) {
      return r.nextNull();
    }
    return r.nextInt();
  }

  private static Long number(JsonReader r) throws IOException {
    if (r.peek() == JsonReader.Token.NULL) {
      return r.nextNull();
    }
    return r.nextLong();
  }

  private static Boolean bool(JsonReader r) throws IOException {
    if (r.peek() == JsonReader.Token.NULL) {
      return r.nextNull();
    }
    return r.nextBoolean();
  }

  /** Whether a nested object is {@code null}: consumes the {@code null}. */
  private static boolean isNull(JsonReader r) throws IOException {
    if (r.peek() == JsonReader.Token.NULL) {
      r.nextNull();
      return true;
    }
    return false;
  }

  private static void skip(JsonReader r) throws IOException {
    r.skipName();
    r.skipValue();
  }

  /** Reads with {@code reader}; writes with Moshi's reflective adapter, field for field. */
  private abstract static class Reader<T> extends JsonAdapter<T> {
    private final JsonAdapter<T> writer;

    Reader(JsonAdapter<T> writer) {
      this.writer = writer;
    }

    @Override
    public void toJson(JsonWriter w, T value) throws IOException {
      writer.toJson(w, value);
    }
  }

  // ---------------------------------------------------------------- envelope

  private static final class EnvelopeReader<T> extends Reader<NaverResponse<T>> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("timestamp", "traceId", "data");
    private final JsonAdapter<T> data;

    @SuppressWarnings("unchecked")
    EnvelopeReader(JsonAdapter<?> data, JsonAdapter<?> writer) {
      super((JsonAdapter<NaverResponse<T>>) writer);
      this.data = (JsonAdapter<T>) data;
    }

    @Override
    public NaverResponse<T> fromJson(JsonReader r) throws IOException {
      String timestamp = null;
      String traceId = null;
      T value = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(NAMES)) {
          case 0 -> timestamp = string(r);
          case 1 -> traceId = string(r);
          case 2 -> value = data.fromJson(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new NaverResponse<>(timestamp, traceId, value);
    }
  }

  // ---------------------------------------------------------------- change feed

  private static final class FeedReader extends Reader<LastChangedStatuses> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("lastChangeStatuses", "count", "more");
    private static final JsonReader.Options ROW =
        JsonReader.Options.of(
            "orderId",
            "productOrderId",
            "lastChangedType",
            "paymentDate",
            "lastChangedDate",
            "productOrderStatus",
            "claimType",
            "claimStatus",
            "receiverAddressChanged",
            "giftReceivingStatus");
    private static final JsonReader.Options MORE =
        JsonReader.Options.of("moreFrom", "moreSequence");
    private final JsonAdapter<Instant> time;

    FeedReader(JsonAdapter<Instant> time, JsonAdapter<LastChangedStatuses> writer) {
      super(writer);
      this.time = time;
    }

    @Override
    public LastChangedStatuses fromJson(JsonReader r) throws IOException {
      List<LastChangeStatus> rows = null;
      Integer count = null;
      More more = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(NAMES)) {
          case 0 -> rows = rows(r);
          case 1 -> count = integer(r);
          case 2 -> more = more(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new LastChangedStatuses(rows, count, more);
    }

    private List<LastChangeStatus> rows(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      List<LastChangeStatus> out = new ArrayList<>();
      r.beginArray();
      while (r.hasNext()) {
        out.add(row(r));
      }
      r.endArray();
      return out;
    }

    private LastChangeStatus row(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      String orderId = null;
      String productOrderId = null;
      String lastChangedType = null;
      Instant paymentDate = null;
      Instant lastChangedDate = null;
      String productOrderStatus = null;
      String claimType = null;
      String claimStatus = null;
      Boolean receiverAddressChanged = null;
      String giftReceivingStatus = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(ROW)) {
          case 0 -> orderId = string(r);
          case 1 -> productOrderId = string(r);
          case 2 -> lastChangedType = string(r);
          case 3 -> paymentDate = time.fromJson(r);
          case 4 -> lastChangedDate = time.fromJson(r);
          case 5 -> productOrderStatus = string(r);
          case 6 -> claimType = string(r);
          case 7 -> claimStatus = string(r);
          case 8 -> receiverAddressChanged = bool(r);
          case 9 -> giftReceivingStatus = string(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new LastChangeStatus(
          orderId,
          productOrderId,
          lastChangedType,
          paymentDate,
          lastChangedDate,
          productOrderStatus,
          claimType,
          claimStatus,
          receiverAddressChanged,
          giftReceivingStatus);
    }

    private More more(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      Instant moreFrom = null;
      String moreSequence = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(MORE)) {
          case 0 -> moreFrom = time.fromJson(r);
          case 1 -> moreSequence = string(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new More(moreFrom, moreSequence);
    }
  }

  // ---------------------------------------------------------------- product-orders/query

  private static final class DetailReader extends Reader<ProductOrderDetail> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("order", "productOrder", "currentClaim");
    private static final JsonReader.Options ORDER =
        JsonReader.Options.of(
            "orderId",
            "orderDate",
            "paymentDate",
            "ordererName",
            "ordererTel",
            "ordererId",
            "paymentMeans");
    private static final JsonReader.Options PRODUCT_ORDER =
        JsonReader.Options.of(
            "productOrderId",
            "productOrderStatus",
            "placeOrderStatus",
            "claimType",
            "claimStatus",
            "claimId",
            "productId",
            "originalProductId",
            "sellerProductCode",
            "productName",
            "productOption",
            "quantity",
            "unitPrice",
            "productDiscountAmount",
            "totalPaymentAmount",
            "deliveryFeeAmount",
            "expectedDeliveryMethod",
            "shippingMemo",
            "shippingAddress");
    private static final JsonReader.Options ADDRESS =
        JsonReader.Options.of("name", "tel1", "baseAddress", "detailedAddress", "zipCode");
    private static final JsonReader.Options CURRENT_CLAIM =
        JsonReader.Options.of("cancel", "return", "exchange");
    private static final JsonReader.Options CLAIM =
        JsonReader.Options.of(
            "claimId",
            "claimStatus",
            "claimRequestDate",
            "requestChannel",
            "cancelReason",
            "cancelDetailedReason",
            "returnReason",
            "returnDetailedReason",
            "exchangeReason",
            "exchangeDetailedReason",
            "requestQuantity",
            "collectStatus",
            "holdbackStatus",
            "holdbackReason",
            "reDeliveryStatus");
    private final JsonAdapter<Instant> time;

    DetailReader(JsonAdapter<Instant> time, JsonAdapter<ProductOrderDetail> writer) {
      super(writer);
      this.time = time;
    }

    @Override
    public ProductOrderDetail fromJson(JsonReader r) throws IOException {
      OrderInfo order = null;
      ProductOrder productOrder = null;
      CurrentClaim currentClaim = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(NAMES)) {
          case 0 -> order = order(r);
          case 1 -> productOrder = productOrder(r);
          case 2 -> currentClaim = currentClaim(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new ProductOrderDetail(order, productOrder, currentClaim);
    }

    private OrderInfo order(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      String orderId = null;
      Instant orderDate = null;
      Instant paymentDate = null;
      String ordererName = null;
      String ordererTel = null;
      String ordererId = null;
      String paymentMeans = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(ORDER)) {
          case 0 -> orderId = string(r);
          case 1 -> orderDate = time.fromJson(r);
          case 2 -> paymentDate = time.fromJson(r);
          case 3 -> ordererName = string(r);
          case 4 -> ordererTel = string(r);
          case 5 -> ordererId = string(r);
          case 6 -> paymentMeans = string(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new OrderInfo(
          orderId, orderDate, paymentDate, ordererName, ordererTel, ordererId, paymentMeans);
    }

    private static ProductOrder productOrder(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      String productOrderId = null;
      String productOrderStatus = null;
      String placeOrderStatus = null;
      String claimType = null;
      String claimStatus = null;
      String claimId = null;
      String productId = null;
      String originalProductId = null;
      String sellerProductCode = null;
      String productName = null;
      String productOption = null;
      Integer quantity = null;
      Long unitPrice = null;
      Long productDiscountAmount = null;
      Long totalPaymentAmount = null;
      Long deliveryFeeAmount = null;
      String expectedDeliveryMethod = null;
      String shippingMemo = null;
      ShippingAddress shippingAddress = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(PRODUCT_ORDER)) {
          case 0 -> productOrderId = string(r);
          case 1 -> productOrderStatus = string(r);
          case 2 -> placeOrderStatus = string(r);
          case 3 -> claimType = string(r);
          case 4 -> claimStatus = string(r);
          case 5 -> claimId = string(r);
          case 6 -> productId = string(r);
          case 7 -> originalProductId = string(r);
          case 8 -> sellerProductCode = string(r);
          case 9 -> productName = string(r);
          case 10 -> productOption = string(r);
          case 11 -> quantity = integer(r);
          case 12 -> unitPrice = number(r);
          case 13 -> productDiscountAmount = number(r);
          case 14 -> totalPaymentAmount = number(r);
          case 15 -> deliveryFeeAmount = number(r);
          case 16 -> expectedDeliveryMethod = string(r);
          case 17 -> shippingMemo = string(r);
          case 18 -> shippingAddress = address(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new ProductOrder(
          productOrderId,
          productOrderStatus,
          placeOrderStatus,
          claimType,
          claimStatus,
          claimId,
          productId,
          originalProductId,
          sellerProductCode,
          productName,
          productOption,
          quantity,
          unitPrice,
          productDiscountAmount,
          totalPaymentAmount,
          deliveryFeeAmount,
          expectedDeliveryMethod,
          shippingMemo,
          shippingAddress);
    }

    private static ShippingAddress address(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      String name = null;
      String tel1 = null;
      String baseAddress = null;
      String detailedAddress = null;
      String zipCode = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(ADDRESS)) {
          case 0 -> name = string(r);
          case 1 -> tel1 = string(r);
          case 2 -> baseAddress = string(r);
          case 3 -> detailedAddress = string(r);
          case 4 -> zipCode = string(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new ShippingAddress(name, tel1, baseAddress, detailedAddress, zipCode);
    }

    private CurrentClaim currentClaim(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      ClaimInfo cancel = null;
      ClaimInfo returnClaim = null;
      ClaimInfo exchange = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(CURRENT_CLAIM)) {
          case 0 -> cancel = claim(r);
          case 1 -> returnClaim = claim(r);
          case 2 -> exchange = claim(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new CurrentClaim(cancel, returnClaim, exchange);
    }

    private ClaimInfo claim(JsonReader r) throws IOException {
      if (isNull(r)) {
        return null;
      }
      String claimId = null;
      String claimStatus = null;
      Instant claimRequestDate = null;
      String requestChannel = null;
      String cancelReason = null;
      String cancelDetailedReason = null;
      String returnReason = null;
      String returnDetailedReason = null;
      String exchangeReason = null;
      String exchangeDetailedReason = null;
      Integer requestQuantity = null;
      String collectStatus = null;
      String holdbackStatus = null;
      String holdbackReason = null;
      String reDeliveryStatus = null;
      r.beginObject();
      while (r.hasNext()) {
        switch (r.selectName(CLAIM)) {
          case 0 -> claimId = string(r);
          case 1 -> claimStatus = string(r);
          case 2 -> claimRequestDate = time.fromJson(r);
          case 3 -> requestChannel = string(r);
          case 4 -> cancelReason = string(r);
          case 5 -> cancelDetailedReason = string(r);
          case 6 -> returnReason = string(r);
          case 7 -> returnDetailedReason = string(r);
          case 8 -> exchangeReason = string(r);
          case 9 -> exchangeDetailedReason = string(r);
          case 10 -> requestQuantity = integer(r);
          case 11 -> collectStatus = string(r);
          case 12 -> holdbackStatus = string(r);
          case 13 -> holdbackReason = string(r);
          case 14 -> reDeliveryStatus = string(r);
          default -> skip(r);
        }
      }
      r.endObject();
      return new ClaimInfo(
          claimId,
          claimStatus,
          claimRequestDate,
          requestChannel,
          cancelReason,
          cancelDetailedReason,
          returnReason,
          returnDetailedReason,
          exchangeReason,
          exchangeDetailedReason,
          requestQuantity,
          collectStatus,
          holdbackStatus,
          holdbackReason,
          reDeliveryStatus);
    }
  }
}
