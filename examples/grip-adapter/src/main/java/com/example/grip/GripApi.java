package com.example.grip;

import com.example.grip.dto.Affected;
import com.example.grip.dto.CancelRequest;
import com.example.grip.dto.OrderKeys;
import com.example.grip.dto.OrderList;
import com.example.grip.dto.Product;
import com.example.grip.dto.ProductId;
import com.example.grip.dto.Shippings;
import io.channelbridge.core.CallOptions;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** Grip's seller API, as the spec names it, relative to {@code grip.base-url}. */
interface GripApi {

  @POST("api/product")
  ProductId createProduct(@Body Product product, @Tag CallOptions options);

  @GET("api/product/{productId}")
  Product product(@Path("productId") String productId, @Tag CallOptions options);

  /** A full replace: every required field, read first. */
  @PUT("api/product/{productId}")
  ProductId updateProduct(
      @Path("productId") String productId, @Body Product product, @Tag CallOptions options);

  @PUT("api/product/{productId}/stop")
  ProductId stop(@Path("productId") String productId, @Tag CallOptions options);

  /** Order rows by a date window, oldest change first; {@code searchTarget} finds one order. */
  @GET("api/order")
  OrderList orders(
      @Query("start") int start,
      @Query("length") int length,
      @Query("searchDate") String searchDate,
      @Query("searchStartAt") long searchStartAt,
      @Query("searchEndAt") long searchEndAt,
      @Query("searchTarget") String searchTarget,
      @Query("searchQuery") String searchQuery,
      @Tag CallOptions options);

  @PUT("api/delivery/prepare")
  Void prepare(@Body OrderKeys body, @Tag CallOptions options);

  @PUT("api/delivery/shipping")
  Void shipping(@Body Shippings body, @Tag CallOptions options);

  @POST("api/order/cancel")
  Affected cancel(@Body CancelRequest body, @Tag CallOptions options);
}
