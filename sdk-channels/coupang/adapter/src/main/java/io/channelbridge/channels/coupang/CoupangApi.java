package io.channelbridge.channels.coupang;

import io.channelbridge.channels.coupang.dto.AcknowledgeRequest;
import io.channelbridge.channels.coupang.dto.BoxResults;
import io.channelbridge.channels.coupang.dto.CancelReply;
import io.channelbridge.channels.coupang.dto.CancelRequest;
import io.channelbridge.channels.coupang.dto.CoupangReply;
import io.channelbridge.channels.coupang.dto.ExchangeRequests;
import io.channelbridge.channels.coupang.dto.Histories;
import io.channelbridge.channels.coupang.dto.Inventory;
import io.channelbridge.channels.coupang.dto.InvoiceRequest;
import io.channelbridge.channels.coupang.dto.OrderSheets;
import io.channelbridge.channels.coupang.dto.ReturnRequestReply;
import io.channelbridge.channels.coupang.dto.ReturnRequests;
import io.channelbridge.channels.coupang.dto.SellerProducts;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.http.Idempotent;
import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Coupang's WING Open API, as the adapter calls it: order sheets, acknowledgement, invoices, seller
 * cancel, return and cancel receipts, exchanges, seller products and vendor items. Every request is
 * signed by {@link CoupangSigner}. Date query values are sent as formatted by the channel ({@code
 * +} of the v5 dates already {@code %2B}).
 */
interface CoupangApi {
  String OPEN = "v2/providers/openapi/apis/api/";
  String SELLER = "v2/providers/seller_api/apis/api/v1/marketplace/";

  // ---------------------------------------------------------------- orders

  @GET(OPEN + "{version}/vendors/{vendorId}/ordersheets")
  OrderSheets orderSheets(
      @Path("version") String version,
      @Path("vendorId") String vendorId,
      @Query(value = "createdAtFrom", encoded = true) String createdAtFrom,
      @Query(value = "createdAtTo", encoded = true) String createdAtTo,
      @Query("status") String status,
      @Query("maxPerPage") int maxPerPage,
      @Query("nextToken") String nextToken,
      @Tag CallOptions options);

  /** The shipment boxes of one order. */
  @GET(OPEN + "{version}/vendors/{vendorId}/{orderId}/ordersheets")
  OrderSheets orderSheetsOfOrder(
      @Path("version") String version,
      @Path("vendorId") String vendorId,
      @Path("orderId") String orderId,
      @Tag CallOptions options);

  @PUT(OPEN + "v4/vendors/{vendorId}/ordersheets/acknowledgement")
  BoxResults acknowledgePut(
      @Path("vendorId") String vendorId, @Body AcknowledgeRequest body, @Tag CallOptions options);

  /** The older docs' method for the same call ({@code coupang.acknowledge-method=PATCH}). */
  @Idempotent
  @PATCH(OPEN + "v4/vendors/{vendorId}/ordersheets/acknowledgement")
  BoxResults acknowledgePatch(
      @Path("vendorId") String vendorId, @Body AcknowledgeRequest body, @Tag CallOptions options);

  /** The same invoice on the same box again is answered as done: safe to repeat. */
  @Idempotent
  @POST(OPEN + "v4/vendors/{vendorId}/orders/invoices")
  BoxResults invoices(
      @Path("vendorId") String vendorId, @Body InvoiceRequest body, @Tag CallOptions options);

  /** Cancelling what is already cancelled succeeds again: safe to repeat. */
  @Idempotent
  @POST(OPEN + "v5/vendors/{vendorId}/orders/{orderId}/cancel")
  CancelReply cancel(
      @Path("vendorId") String vendorId,
      @Path("orderId") String orderId,
      @Body CancelRequest body,
      @Tag CallOptions options);

  // ---------------------------------------------------------------- claims

  @GET(OPEN + "{version}/vendors/{vendorId}/returnRequests")
  ReturnRequests returnRequests(
      @Path("version") String version,
      @Path("vendorId") String vendorId,
      @Query("createdAtFrom") String createdAtFrom,
      @Query("createdAtTo") String createdAtTo,
      @Query("status") String status,
      @Query("cancelType") String cancelType,
      @Query("maxPerPage") int maxPerPage,
      @Query("nextToken") String nextToken,
      @Tag CallOptions options);

  @GET(OPEN + "{version}/vendors/{vendorId}/returnRequests/{receiptId}")
  ReturnRequestReply returnRequest(
      @Path("version") String version,
      @Path("vendorId") String vendorId,
      @Path("receiptId") String receiptId,
      @Tag CallOptions options);

  /** A receipt action ({@code stoppedShipment}, {@code receiveConfirmation}, {@code approval}). */
  @Idempotent
  @HTTP(
      method = "PUT",
      path = OPEN + "v4/vendors/{vendorId}/returnRequests/{receiptId}/{action}",
      hasBody = true)
  ResponseBody receiptActionPut(
      @Path("vendorId") String vendorId,
      @Path("receiptId") String receiptId,
      @Path("action") String action,
      @Body Map<String, Object> body,
      @Tag CallOptions options);

  /** The older docs' method ({@code coupang.claims.action-method=PATCH}). */
  @Idempotent
  @HTTP(
      method = "PATCH",
      path = OPEN + "v4/vendors/{vendorId}/returnRequests/{receiptId}/{action}",
      hasBody = true)
  ResponseBody receiptActionPatch(
      @Path("vendorId") String vendorId,
      @Path("receiptId") String receiptId,
      @Path("action") String action,
      @Body Map<String, Object> body,
      @Tag CallOptions options);

  @GET(OPEN + "v4/vendors/{vendorId}/exchangeRequests")
  ExchangeRequests exchangeRequests(
      @Path("vendorId") String vendorId,
      @Query("createdAtFrom") String createdAtFrom,
      @Query("createdAtTo") String createdAtTo,
      @Query("maxPerPage") int maxPerPage,
      @Query("nextToken") String nextToken,
      @Tag CallOptions options);

  @PUT(OPEN + "v4/vendors/{vendorId}/exchangeRequests/{exchangeId}/receiveConfirmation")
  ResponseBody exchangeReceived(
      @Path("vendorId") String vendorId,
      @Path("exchangeId") String exchangeId,
      @Body Map<String, Object> body,
      @Tag CallOptions options);

  // ---------------------------------------------------------------- seller products

  @POST(SELLER + "seller-products")
  CoupangReply createProduct(@Body RequestBody product, @Tag CallOptions options);

  /** The full product (read-modify-write); a repeat writes the same again. */
  @PUT(SELLER + "seller-products")
  CoupangReply replaceProduct(@Body RequestBody product, @Tag CallOptions options);

  /** The product as JSON text, for read-modify-write with exact numbers. */
  @GET(SELLER + "seller-products/{sellerProductId}")
  ResponseBody product(@Path("sellerProductId") String sellerProductId, @Tag CallOptions options);

  @GET(SELLER + "seller-products/{sellerProductId}/histories")
  Histories histories(@Path("sellerProductId") String sellerProductId, @Tag CallOptions options);

  @DELETE(SELLER + "seller-products/{sellerProductId}")
  CoupangReply deleteProduct(
      @Path("sellerProductId") String sellerProductId, @Tag CallOptions options);

  /** The products with an option (item) of the seller's SKU. */
  @GET(SELLER + "seller-products/external-vendor-sku-codes/{externalVendorSkuCode}")
  SellerProducts productsBySku(
      @Path("externalVendorSkuCode") String externalVendorSkuCode, @Tag CallOptions options);

  @GET(SELLER + "seller-products")
  SellerProducts products(
      @Query("vendorId") String vendorId,
      @Query("sellerProductName") String sellerProductName,
      @Query("maxPerPage") int maxPerPage,
      @Query("nextToken") String nextToken,
      @Tag CallOptions options);

  // ---------------------------------------------------------------- vendor items

  @PUT(SELLER + "vendor-items/{vendorItemId}/quantities/{quantity}")
  CoupangReply quantity(
      @Path("vendorItemId") String vendorItemId,
      @Path("quantity") long quantity,
      @Tag CallOptions options);

  @PUT(SELLER + "vendor-items/{vendorItemId}/prices/{price}")
  CoupangReply price(
      @Path("vendorItemId") String vendorItemId,
      @Path("price") long price,
      @Query("forceSalePriceUpdate") Boolean force,
      @Tag CallOptions options);

  @PUT(SELLER + "vendor-items/{vendorItemId}/sales/stop")
  CoupangReply stopSale(@Path("vendorItemId") String vendorItemId, @Tag CallOptions options);

  @PUT(SELLER + "vendor-items/{vendorItemId}/sales/resume")
  CoupangReply resumeSale(@Path("vendorItemId") String vendorItemId, @Tag CallOptions options);

  @GET(SELLER + "vendor-items/{vendorItemId}/inventories")
  Inventory inventory(@Path("vendorItemId") String vendorItemId, @Tag CallOptions options);
}
