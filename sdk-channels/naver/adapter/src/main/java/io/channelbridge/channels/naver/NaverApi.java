package io.channelbridge.channels.naver;

import io.channelbridge.channels.naver.dto.Broadcast;
import io.channelbridge.channels.naver.dto.BroadcastPage;
import io.channelbridge.channels.naver.dto.ChangeStatusRequest;
import io.channelbridge.channels.naver.dto.ConfirmResult;
import io.channelbridge.channels.naver.dto.DispatchRequest;
import io.channelbridge.channels.naver.dto.DispatchResult;
import io.channelbridge.channels.naver.dto.ImageUploadResult;
import io.channelbridge.channels.naver.dto.LastChangedStatuses;
import io.channelbridge.channels.naver.dto.MultiUpdateRequest;
import io.channelbridge.channels.naver.dto.NaverResponse;
import io.channelbridge.channels.naver.dto.OptionStockRequest;
import io.channelbridge.channels.naver.dto.ProductBody;
import io.channelbridge.channels.naver.dto.ProductNumbers;
import io.channelbridge.channels.naver.dto.ProductOrderDetail;
import io.channelbridge.channels.naver.dto.ProductOrderIds;
import io.channelbridge.channels.naver.dto.ProductOrderQuery;
import io.channelbridge.channels.naver.dto.ProductSearch;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.http.Idempotent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * Naver's endpoints as Naver names them: the Commerce API relative to {@code naver.base-url}, and
 * the Shopping Live partner profile at absolute URLs built from the {@code naver.live.*} settings.
 * Date-time parameters are written {@code 2022-04-11T15:21:44.000+09:00} and OkHttp sends the
 * {@code +} as {@code %2B}.
 */
interface NaverApi {

  // ---------------------------------------------------------------- products

  @Multipart
  @POST("v1/product-images/upload")
  ImageUploadResult uploadProductImages(
      @Part List<MultipartBody.Part> imageFiles, @Tag CallOptions options);

  @POST("v2/products")
  ProductNumbers createProduct(@Body ProductBody body, @Tag CallOptions options);

  /** Finds products; the adapter searches by the seller's code before a retry-safe create. */
  @POST("v1/products/search")
  ProductSearch.Result searchProducts(@Body ProductSearch search, @Tag CallOptions options);

  /** The product as JSON text: updates write it back whole. */
  @GET("v2/products/origin-products/{originProductNo}")
  ResponseBody originProduct(
      @Path("originProductNo") String originProductNo, @Tag CallOptions options);

  @PUT("v2/products/origin-products/{originProductNo}")
  ProductNumbers replaceOriginProduct(
      @Path("originProductNo") String originProductNo,
      @Body RequestBody product,
      @Tag CallOptions options);

  /** Absolute values: a repeat is harmless. The reply (the whole product) is not needed. */
  @Idempotent
  @PUT("v1/products/origin-products/{originProductNo}/option-stock")
  Void updateOptionStock(
      @Path("originProductNo") String originProductNo,
      @Body OptionStockRequest body,
      @Tag CallOptions options);

  /** Product-level price and stock; absolute values, so a repeat is harmless. */
  @Idempotent
  @PATCH("v1/products/origin-products/multi-update")
  Void multiUpdate(@Body MultiUpdateRequest body, @Tag CallOptions options);

  @PUT("v1/products/origin-products/{originProductNo}/change-status")
  Void changeStatus(
      @Path("originProductNo") String originProductNo,
      @Body ChangeStatusRequest body,
      @Tag CallOptions options);

  // ---------------------------------------------------------------- orders

  @GET("v1/pay-order/seller/product-orders/last-changed-statuses")
  NaverResponse<LastChangedStatuses> lastChangedStatuses(
      @Query("lastChangedFrom") Instant lastChangedFrom,
      @Query("lastChangedTo") Instant lastChangedTo,
      @Query("moreSequence") String moreSequence,
      @Query("limitCount") int limitCount,
      @Tag CallOptions options);

  /** A read sent as {@code POST}: safe to repeat. */
  @Idempotent
  @POST("v1/pay-order/seller/product-orders/query")
  NaverResponse<List<ProductOrderDetail>> queryProductOrders(
      @Body ProductOrderQuery body, @Tag CallOptions options);

  @GET("v1/pay-order/seller/orders/{orderId}/product-order-ids")
  NaverResponse<List<String>> productOrderIds(
      @Path("orderId") String orderId, @Tag CallOptions options);

  /** Confirming a confirmed product order succeeds again, so a repeat is harmless. */
  @Idempotent
  @POST("v1/pay-order/seller/product-orders/confirm")
  NaverResponse<ConfirmResult> confirmProductOrders(
      @Body ProductOrderIds body, @Tag CallOptions options);

  @POST("v1/pay-order/seller/product-orders/dispatch")
  NaverResponse<DispatchResult> dispatchProductOrders(
      @Body DispatchRequest body, @Tag CallOptions options);

  /**
   * A claim action on one product order: {@code action} is the path after {@code claim/}, e.g.
   * {@code cancel/approve} or {@code return/holdback/release}; actions without a body send {@code
   * {}}.
   */
  @POST("v1/pay-order/seller/product-orders/{productOrderId}/claim/{action}")
  NaverResponse<DispatchResult> claimAction(
      @Path("productOrderId") String productOrderId,
      @Path(value = "action", encoded = true) String action,
      @Body Map<String, Object> body,
      @Tag CallOptions options);

  // ---------------------------------------------------------------- Shopping Live (partner
  // profile)

  @POST
  Broadcast scheduleBroadcast(@Url String url, @Body Broadcast body, @Tag CallOptions options);

  @PUT
  Broadcast updateBroadcast(@Url String url, @Body Broadcast body, @Tag CallOptions options);

  @DELETE
  Void cancelBroadcast(@Url String url, @Tag CallOptions options);

  @GET
  Broadcast broadcast(@Url String url, @Tag CallOptions options);

  @GET
  BroadcastPage broadcasts(
      @Url String url,
      @Query("from") Instant from,
      @Query("to") Instant to,
      @Query("page") int page,
      @Query("size") int size,
      @Tag CallOptions options);
}
