package io.channelbridge.benchmarks;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The loop a user would write by hand against Naver's two-phase order feed, making the calls the
 * adapter makes, in the same number and with the same bodies: per {@code last-changed-statuses}
 * page, one {@code product-order-ids} lookup per distinct order (in the order the rows name them),
 * then {@code product-orders/query} with those ids, 300 a call, and the next page from {@code
 * more}. OkHttp, Moshi records with the times as strings, and (when {@code parseTimes}) {@code
 * java.time} for the times the adapter reads: each row's {@code paymentDate} and {@code
 * lastChangedDate}, {@code moreFrom}, each detail's {@code orderDate} and {@code paymentDate} and a
 * claim's {@code claimRequestDate}. Without time parsing it is the decode floor. The token is asked
 * for once, as the adapter does (a fixed form: the server does not check the signature).
 */
final class BareNaverLoop {
  /** The envelope of a feed page. */
  public record FeedReply(String timestamp, String traceId, Feed data) {}

  /** A feed page. */
  public record Feed(List<Row> lastChangeStatuses, Integer count, More more) {}

  /** A changed product order. */
  public record Row(
      String orderId,
      String productOrderId,
      String lastChangedType,
      String paymentDate,
      String lastChangedDate,
      String productOrderStatus,
      String claimType,
      String claimStatus,
      Boolean receiverAddressChanged,
      String giftReceivingStatus) {}

  /** The cursor. */
  public record More(String moreFrom, String moreSequence) {}

  /** The envelope of the product-order-ids of one order. */
  public record IdsReply(String timestamp, String traceId, List<String> data) {}

  /** The query body. */
  public record Query(List<String> productOrderIds, Boolean quantityClaimCompatibility) {}

  /** The envelope of a query reply. */
  public record QueryReply(String timestamp, String traceId, List<Detail> data) {}

  /** One product order with its order. */
  public record Detail(OrderInfo order, ProductOrder productOrder, CurrentClaim currentClaim) {}

  /** The order. */
  public record OrderInfo(
      String orderId,
      String orderDate,
      String paymentDate,
      String ordererName,
      String ordererTel,
      String ordererId,
      String paymentMeans) {}

  /** The product order. */
  public record ProductOrder(
      String productOrderId,
      String productOrderStatus,
      String placeOrderStatus,
      String claimType,
      String claimStatus,
      String claimId,
      String productId,
      String originalProductId,
      String sellerProductCode,
      String productName,
      String productOption,
      Integer quantity,
      Long unitPrice,
      Long productDiscountAmount,
      Long totalPaymentAmount,
      Long deliveryFeeAmount,
      String expectedDeliveryMethod,
      String shippingMemo,
      Address shippingAddress) {}

  /** The address. */
  public record Address(
      String name, String tel1, String baseAddress, String detailedAddress, String zipCode) {}

  /** The claim a product order is under. */
  public record CurrentClaim(
      Claim cancel, @Json(name = "return") Claim returnClaim, Claim exchange) {}

  /** A claim. */
  public record Claim(
      String claimId,
      String claimStatus,
      String claimRequestDate,
      String requestChannel,
      String cancelReason,
      String cancelDetailedReason,
      String returnReason,
      String returnDetailedReason,
      String exchangeReason,
      String exchangeDetailedReason,
      Integer requestQuantity,
      String collectStatus,
      String holdbackStatus,
      String holdbackReason,
      String reDeliveryStatus) {}

  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final OkHttpClient client = new OkHttpClient();
  private final Moshi moshi = new Moshi.Builder().build();
  private final JsonAdapter<FeedReply> feedJson = moshi.adapter(FeedReply.class);
  private final JsonAdapter<IdsReply> idsJson = moshi.adapter(IdsReply.class);
  private final JsonAdapter<Query> queryJson = moshi.adapter(Query.class);
  private final JsonAdapter<QueryReply> queryReplyJson = moshi.adapter(QueryReply.class);
  private final HttpUrl base;
  private final HttpUrl feed;
  private final HttpUrl queryUrl;
  private final boolean parseTimes;
  private final String token;

  BareNaverLoop(URI baseUrl, boolean parseTimes) throws IOException {
    this.base = HttpUrl.get(baseUrl);
    this.feed = base.resolve("v1/pay-order/seller/product-orders/last-changed-statuses");
    this.queryUrl = base.resolve("v1/pay-order/seller/product-orders/query");
    this.parseTimes = parseTimes;
    Request tokenRequest =
        new Request.Builder()
            .url(base.resolve("v1/oauth2/token"))
            .post(
                new FormBody.Builder()
                    .add("client_id", "bench")
                    .add("timestamp", String.valueOf(System.currentTimeMillis()))
                    .add("grant_type", "client_credentials")
                    .add("client_secret_sign", "not-checked")
                    .add("type", "SELF")
                    .build())
            .build();
    try (Response r = client.newCall(tokenRequest).execute()) {
      if (!r.isSuccessful()) {
        throw new IOException("token: HTTP " + r.code());
      }
      this.token =
          (String)
              moshi.adapter(java.util.Map.class).fromJson(r.body().source()).get("access_token");
    }
  }

  /**
   * Pulls the feed from the window's start to its last page.
   *
   * @return pages read and a checksum that keeps the work from being optimised away
   */
  long[] pull() throws IOException {
    String from = NaverPages.KST.format(NaverPages.FROM);
    String to = NaverPages.KST.format(NaverPages.NOW);
    String sequence = null;
    long pages = 0;
    long sink = 0;
    while (true) {
      HttpUrl.Builder url =
          feed.newBuilder()
              .addQueryParameter("lastChangedFrom", from)
              .addQueryParameter("lastChangedTo", to);
      if (sequence != null) {
        url.addQueryParameter("moreSequence", sequence);
      }
      url.addQueryParameter("limitCount", "300");
      Feed page = get(url.build(), feedJson).data();
      Set<String> orderIds = new LinkedHashSet<>();
      for (Row r : page.lastChangeStatuses()) {
        if (parseTimes) {
          Instant paid = OffsetDateTime.parse(r.paymentDate()).toInstant();
          Instant changed = OffsetDateTime.parse(r.lastChangedDate()).toInstant();
          sink += paid.getEpochSecond() + changed.getNano();
        } else {
          sink += r.lastChangedDate().length();
        }
        orderIds.add(r.orderId());
      }
      List<String> ids = new ArrayList<>();
      for (String orderId : orderIds) {
        HttpUrl lookup =
            base.newBuilder()
                .addPathSegments("v1/pay-order/seller/orders")
                .addPathSegment(orderId)
                .addPathSegment("product-order-ids")
                .build();
        ids.addAll(get(lookup, idsJson).data());
      }
      for (int i = 0; i < ids.size(); i += 300) {
        Query q = new Query(ids.subList(i, Math.min(ids.size(), i + 300)), true);
        Request request =
            new Request.Builder()
                .url(queryUrl)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(queryJson.toJson(q), JSON))
                .build();
        for (Detail d : read(request, queryReplyJson).data()) {
          if (parseTimes) {
            Instant ordered = OffsetDateTime.parse(d.order().orderDate()).toInstant();
            Instant paid = OffsetDateTime.parse(d.order().paymentDate()).toInstant();
            sink += ordered.getEpochSecond() + paid.getNano();
            if (d.currentClaim() != null && d.currentClaim().cancel() != null) {
              sink += OffsetDateTime.parse(d.currentClaim().cancel().claimRequestDate()).getNano();
            }
          } else {
            sink += d.order().orderDate().length();
          }
          sink += d.productOrder().quantity();
        }
      }
      pages++;
      More more = page.more();
      if (more == null || more.moreFrom() == null || more.moreSequence() == null) {
        break;
      }
      if (parseTimes) {
        sink += OffsetDateTime.parse(more.moreFrom()).getNano();
      }
      from = more.moreFrom();
      sequence = more.moreSequence();
    }
    return new long[] {pages, sink};
  }

  private <T> T get(HttpUrl url, JsonAdapter<T> json) throws IOException {
    return read(
        new Request.Builder().url(url).header("Authorization", "Bearer " + token).build(), json);
  }

  private <T> T read(Request request, JsonAdapter<T> json) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException(request.url().encodedPath() + ": HTTP " + response.code());
      }
      return json.fromJson(response.body().source());
    }
  }

  void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
