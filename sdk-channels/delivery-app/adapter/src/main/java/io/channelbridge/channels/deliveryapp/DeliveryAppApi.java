package io.channelbridge.channels.deliveryapp;

import io.channelbridge.channels.deliveryapp.dto.AcceptRequest;
import io.channelbridge.channels.deliveryapp.dto.Availability;
import io.channelbridge.channels.deliveryapp.dto.AvailabilityRequest;
import io.channelbridge.channels.deliveryapp.dto.CancelRequest;
import io.channelbridge.channels.deliveryapp.dto.ClaimRejectRequest;
import io.channelbridge.channels.deliveryapp.dto.ClaimsPage;
import io.channelbridge.channels.deliveryapp.dto.DeliveryClaim;
import io.channelbridge.channels.deliveryapp.dto.DeliveryOrder;
import io.channelbridge.channels.deliveryapp.dto.Item;
import io.channelbridge.channels.deliveryapp.dto.ItemCreated;
import io.channelbridge.channels.deliveryapp.dto.Live;
import io.channelbridge.channels.deliveryapp.dto.Lives;
import io.channelbridge.channels.deliveryapp.dto.Orders;
import io.channelbridge.channels.deliveryapp.dto.RejectRequest;
import io.channelbridge.core.CallOptions;
import java.time.Instant;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * The delivery-app reference protocol's endpoints, relative to {@code delivery-app.base-url}; the
 * live endpoints at the absolute URLs of the {@code delivery-app.lives-path} settings. Every {@code
 * POST} carries an {@code Idempotency-Key} (the transport adds it), so every one may be retried.
 */
interface DeliveryAppApi {

  @POST("v1/shops/{shopId}/items")
  ItemCreated createItem(@Path("shopId") String shopId, @Body Item item, @Tag CallOptions options);

  @GET("v1/shops/{shopId}/items/{itemId}")
  Item item(@Path("shopId") String shopId, @Path("itemId") String itemId, @Tag CallOptions options);

  /** A JSON merge patch: only the members present change. */
  @PATCH("v1/shops/{shopId}/items/{itemId}")
  Item patchItem(
      @Path("shopId") String shopId,
      @Path("itemId") String itemId,
      @Body @KeepNulls Map<String, Object> patch,
      @Tag CallOptions options);

  /** Stock, sold-out state and price of up to 100 items or options; results per update. */
  @POST("v1/shops/{shopId}/items/availability")
  Availability availability(
      @Path("shopId") String shopId,
      @Body @KeepNulls AvailabilityRequest body,
      @Tag CallOptions options);

  @POST
  Live createLive(@Url String url, @Body Live live, @Tag CallOptions options);

  @PATCH
  Live patchLive(@Url String url, @Body Live live, @Tag CallOptions options);

  @POST
  Live cancelLive(@Url String url, @Body Map<String, Object> empty, @Tag CallOptions options);

  @GET
  Lives lives(
      @Url String url,
      @Query("from") Instant from,
      @Query("to") Instant to,
      @Tag CallOptions options);

  /** One order as the feed shows it (the profile's choice where the spec is silent). */
  @GET("v1/shops/{shopId}/orders/{orderId}")
  DeliveryOrder order(
      @Path("shopId") String shopId, @Path("orderId") String orderId, @Tag CallOptions options);

  @GET("v1/shops/{shopId}/orders")
  Orders orders(
      @Path("shopId") String shopId,
      @Query("updatedSince") Instant updatedSince,
      @Query("cursor") String cursor,
      @Query("limit") int limit,
      @Tag CallOptions options);

  @POST("v1/shops/{shopId}/orders/{orderId}/accept")
  DeliveryOrder accept(
      @Path("shopId") String shopId,
      @Path("orderId") String orderId,
      @Body AcceptRequest body,
      @Tag CallOptions options);

  @POST("v1/shops/{shopId}/orders/{orderId}/reject")
  DeliveryOrder reject(
      @Path("shopId") String shopId,
      @Path("orderId") String orderId,
      @Body RejectRequest body,
      @Tag CallOptions options);

  /** The shop cancels an accepted order ({@code ACCEPTED} or {@code READY}). */
  @POST("v1/shops/{shopId}/orders/{orderId}/cancel")
  DeliveryOrder cancel(
      @Path("shopId") String shopId,
      @Path("orderId") String orderId,
      @Body CancelRequest body,
      @Tag CallOptions options);

  @GET("v1/shops/{shopId}/claims")
  ClaimsPage claims(
      @Path("shopId") String shopId,
      @Query("updatedSince") Instant updatedSince,
      @Query("cursor") String cursor,
      @Query("limit") int limit,
      @Tag CallOptions options);

  /** {@code amount} is left out: the requested amount is granted. */
  @POST("v1/shops/{shopId}/claims/{claimId}/approve")
  DeliveryClaim approveClaim(
      @Path("shopId") String shopId,
      @Path("claimId") String claimId,
      @Body Map<String, Object> body,
      @Tag CallOptions options);

  @POST("v1/shops/{shopId}/claims/{claimId}/reject")
  DeliveryClaim rejectClaim(
      @Path("shopId") String shopId,
      @Path("claimId") String claimId,
      @Body ClaimRejectRequest body,
      @Tag CallOptions options);

  @POST("v1/shops/{shopId}/orders/{orderId}/ready")
  DeliveryOrder ready(
      @Path("shopId") String shopId,
      @Path("orderId") String orderId,
      @Body Map<String, Object> empty,
      @Tag CallOptions options);
}
