package io.channelbridge.channels.ottshopping;

import io.channelbridge.channels.ottshopping.dto.AckResults;
import io.channelbridge.channels.ottshopping.dto.InventoryItems;
import io.channelbridge.channels.ottshopping.dto.InventoryResults;
import io.channelbridge.channels.ottshopping.dto.InventoryUpdates;
import io.channelbridge.channels.ottshopping.dto.OttClaim;
import io.channelbridge.channels.ottshopping.dto.OttOrder;
import io.channelbridge.channels.ottshopping.dto.Page;
import io.channelbridge.channels.ottshopping.dto.Product;
import io.channelbridge.channels.ottshopping.dto.ProductBody;
import io.channelbridge.channels.ottshopping.dto.Show;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.http.Idempotent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * The OTT-shopping reference protocol's endpoints ({@code channel-specs/ott-shopping.md}), relative
 * to {@code ott-shopping.base-url}. The protocol has no idempotency keys: {@link Idempotent} marks
 * the writes that the channel answers the same when repeated (the profile's choices, see the
 * README), which the transport may therefore retry after a reset.
 */
interface OttShoppingApi {
  String P = "v1/partners/{partnerId}";

  @POST(P + "/products")
  Response<Product> createProduct(
      @Path("partnerId") String partnerId, @Body ProductBody body, @Tag CallOptions options);

  @GET(P + "/products/{productId}")
  Response<Product> product(
      @Path("partnerId") String partnerId,
      @Path("productId") String productId,
      @Tag CallOptions options);

  /** Replaces the product; {@code If-Match} must be its current ETag (else 412). */
  @PUT(P + "/products/{productId}")
  Response<Product> putProduct(
      @Path("partnerId") String partnerId,
      @Path("productId") String productId,
      @Header("If-Match") String etag,
      @Body ProductBody body,
      @Tag CallOptions options);

  @DELETE(P + "/products/{productId}")
  Response<Void> deleteProduct(
      @Path("partnerId") String partnerId,
      @Path("productId") String productId,
      @Tag CallOptions options);

  @GET(P + "/inventory")
  InventoryItems inventory(
      @Path("partnerId") String partnerId, @Query("skus") String skus, @Tag CallOptions options);

  /** Absolute stock and prices: repeating an update sets the same values. */
  @Idempotent
  @POST(P + "/inventory/updates")
  InventoryResults updateInventory(
      @Path("partnerId") String partnerId, @Body InventoryUpdates body, @Tag CallOptions options);

  @POST(P + "/shows")
  Show createShow(@Path("partnerId") String partnerId, @Body Show show, @Tag CallOptions options);

  @PATCH(P + "/shows/{showId}")
  Show patchShow(
      @Path("partnerId") String partnerId,
      @Path("showId") String showId,
      @Body Show patch,
      @Tag CallOptions options);

  /** Cancels a scheduled show; a cancelled one again answers the show (the profile's choice). */
  @DELETE(P + "/shows/{showId}")
  Show cancelShow(
      @Path("partnerId") String partnerId, @Path("showId") String showId, @Tag CallOptions options);

  @GET(P + "/shows")
  Page<Show> shows(
      @Path("partnerId") String partnerId,
      @Query("from") Instant from,
      @Query("to") Instant to,
      @Query("page") int page,
      @Query("size") int size,
      @Tag CallOptions options);

  @GET(P + "/orders")
  Page<OttOrder> orders(
      @Path("partnerId") String partnerId,
      @Query("updatedFrom") Instant updatedFrom,
      @Query("updatedTo") Instant updatedTo,
      @Query("page") int page,
      @Query("size") int size,
      @Tag CallOptions options);

  /** One order (the profile's addition: the spec lists only the feed). */
  @GET(P + "/orders/{orderId}")
  OttOrder order(
      @Path("partnerId") String partnerId,
      @Path("orderId") String orderId,
      @Tag CallOptions options);

  /** PAID → PREPARING; an order already PREPARING answers {@code ok} again. */
  @Idempotent
  @POST(P + "/orders/acknowledge")
  AckResults acknowledge(
      @Path("partnerId") String partnerId,
      @Body Map<String, List<String>> body,
      @Tag CallOptions options);

  /** PREPARING → SHIPPED; the same carrier and number again answers 201 again. */
  @Idempotent
  @POST(P + "/orders/{orderId}/shipments")
  OttOrder ship(
      @Path("partnerId") String partnerId,
      @Path("orderId") String orderId,
      @Body Map<String, String> body,
      @Tag CallOptions options);

  /** The partner cancels a PAID or PREPARING order; not repeatable (a repeat is 409). */
  @POST(P + "/orders/{orderId}/cancel")
  OttClaim cancel(
      @Path("partnerId") String partnerId,
      @Path("orderId") String orderId,
      @Body Map<String, Object> body,
      @Tag CallOptions options);

  @GET(P + "/claims")
  Page<OttClaim> claims(
      @Path("partnerId") String partnerId,
      @Query("updatedFrom") Instant updatedFrom,
      @Query("updatedTo") Instant updatedTo,
      @Query("page") int page,
      @Query("size") int size,
      @Tag CallOptions options);

  /** {@code approve}, {@code reject} or {@code receive}; repeating the decision taken is 200. */
  @Idempotent
  @POST(P + "/claims/{claimId}/{decision}")
  OttClaim decide(
      @Path("partnerId") String partnerId,
      @Path("claimId") String claimId,
      @Path("decision") String decision,
      @Body Map<String, Object> body,
      @Tag CallOptions options);
}
