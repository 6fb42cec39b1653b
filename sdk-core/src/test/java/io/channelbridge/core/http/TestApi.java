package io.channelbridge.core.http;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** A channel API shaped like the delivery-app reference protocol. */
interface TestApi {
  String ORDERS_JSON =
      "{\"orders\":[{\"orderId\":\"o-1\",\"status\":\"NEW\","
          + "\"orderedAt\":\"2026-11-28T12:00:00+09:00\",\"totalAmount\":12000},"
          + "{\"orderId\":\"o-2\",\"status\":\"SOMETHING_NEW\","
          + "\"orderedAt\":\"2026-11-28T12:00:01.500+09:00\",\"totalAmount\":500}],"
          + "\"nextCursor\":null}";

  @GET("v1/orders")
  Orders orders(@Query("updatedSince") Instant since, @Tag CallOptions options);

  @GET("v1/orders")
  Response<Orders> ordersWithHeaders(@Tag CallOptions options);

  @POST("v1/orders/{orderId}/accept")
  Accepted accept(
      @Path("orderId") String orderId, @Body AcceptRequest body, @Tag CallOptions options);

  @Idempotent
  @POST("v1/orders/query")
  Orders query(@Body Map<String, Object> body, @Tag CallOptions options);

  @GET("v1/ping")
  Void ping(@Tag CallOptions options);

  @FormUrlEncoded
  @POST("oauth/token")
  TokenReply token(
      @Field("grant_type") String grantType,
      @Field("client_id") String clientId,
      @Field("client_secret") String clientSecret);

  record Orders(List<Order> orders, String nextCursor) {}

  record Order(String orderId, Status status, Instant orderedAt, Money totalAmount) {}

  enum Status {
    NEW,
    ACCEPTED,
    UNKNOWN
  }

  record AcceptRequest(int cookMinutes) {}

  record Accepted(String orderId, Status status) {}

  record TokenReply(
      @com.squareup.moshi.Json(name = "access_token") String accessToken,
      @com.squareup.moshi.Json(name = "expires_in") long expiresIn) {}
}
