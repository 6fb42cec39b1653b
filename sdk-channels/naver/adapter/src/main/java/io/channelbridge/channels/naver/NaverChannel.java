package io.channelbridge.channels.naver;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
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
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.AbstractCommerceChannel;
import io.channelbridge.core.spi.Batches;
import io.channelbridge.core.spi.ProviderSupport;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Naver SmartStore and Naver Shopping Live as a {@link CommerceChannel}.
 *
 * <p>Listings and orders use Naver's public Commerce API. <b>Live broadcasts use a partner profile,
 * not a public API</b>: Naver publishes no Shopping Live API, so the paths and the base URL are
 * settings ({@code naver.live.*}) that a partner maps onto the contract they hold; see the module's
 * README. Without {@code naver.live.broadcaster-id} the live operations are not in {@link
 * #capabilities()}.
 *
 * <p>Orders: a Naver product order is an SDK {@link io.channelbridge.core.model.OrderLine}; an
 * {@link io.channelbridge.core.model.Order} on a page holds every product order of its {@code
 * orderId}, each at its current status, also those that did not change in that page. Pulls walk
 * {@code last-changed-statuses} in windows of at most 24 hours; see {@link OrderPull} for the
 * checkpoint. Get one with {@link NaverProvider}.
 */
public final class NaverChannel extends AbstractCommerceChannel {
  static final String ID = "naver";
  static final int MAX_QUERY_BATCH = 300;
  static final int MAX_WRITE_BATCH = 30;
  private static final int LIVE_PAGE_SIZE = 50;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final NaverSettings settings;
  private final NaverApi api;
  private final HttpStack stack;
  private final NaverMapper mapper;
  private final JsonAdapter<ProductBody> productAdapter;
  private final OrderPull pull;
  private final OrderPull claimPull;
  private final Clock clock;

  NaverChannel(NaverSettings settings, ChannelHttp http, ProviderSupport support, Clock clock) {
    super(
        ID,
        NaverProvider.capabilities(settings.limitCount(), settings.live() != null),
        clock,
        NaverChannel::naverRules);
    this.settings = settings;
    this.api = http.create(NaverApi.class);
    Moshi moshi = http.moshi();
    this.stack = support.stack();
    if (support.ownsStack()) {
      closeWithChannel(stack);
    }
    this.clock = clock;
    this.mapper =
        new NaverMapper(ID, moshi, settings.defaultAfterService(), settings.deliveryCompany());
    this.productAdapter = moshi.adapter(ProductBody.class);
    this.pull = new OrderPull(settings.overlap(), settings.initialLookback());
    this.claimPull =
        new OrderPull(settings.overlap(), settings.initialLookback(), OrderPull.CLAIMS_PREFIX);
  }

  /** What Naver demands beyond the listing constraints. */
  private static void naverRules(Listing l, List<Violation> out) {
    if (l.delivery() == null) {
      out.add(new Violation("delivery", "required", "is required on Naver"));
    }
    if (l.origin() == null || l.origin().isBlank()) {
      out.add(new Violation("origin", "required", "is required on Naver"));
    }
    if (l.optionGroups().size() > 3) {
      out.add(new Violation("optionGroups", "too_many", "Naver allows 3 options"));
    }
    if (l.stock().isUnlimited()) {
      out.add(new Violation("stock", "unsupported", "Naver counts stock: unlimited is not sold"));
    }
    for (int i = 0; i < l.variants().size(); i++) {
      if (l.variants().get(i).stock().isUnlimited()) {
        out.add(
            new Violation(
                "variants[" + i + "].stock", "unsupported", "Naver counts stock per option"));
      }
    }
  }

  // ---------------------------------------------------------------- listings

  /**
   * Price and stock alone go through Naver's option-stock endpoint, which replaces nothing else.
   */
  static boolean onlyPriceOrStock(ListingUpdate u) {
    return (u.price() != null || u.stock() != null)
        && u.title() == null
        && u.description() == null
        && u.listPrice() == null
        && u.images() == null
        && u.delivery() == null;
  }

  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    requireValid(listing);
    if (options.idempotencyKey().isPresent()) {
      // Naver has no idempotency keys: a caller that may retry gets create-if-absent by SKU, so a
      // create whose reply was lost is found instead of made twice.
      ListingRef existing = findBySku(listing.sku(), options);
      if (existing != null) {
        return existing;
      }
    }
    List<String> images = naverHosted(listing.images(), options);
    ProductNumbers n = api.createProduct(mapper.toProduct(listing, images), options);
    if (n == null || n.originProductNo() == null) {
      throw new ProtocolException(ID, "product created without originProductNo");
    }
    return mapper.listingRef(listing.sku(), n.originProductNo(), n.smartstoreChannelProductNo());
  }

  private ListingRef findBySku(String sku, CallOptions options) {
    ProductSearch.Result found =
        api.searchProducts(new ProductSearch("SELLER_CODE", sku, 1, 50), options);
    if (found == null || found.contents() == null) {
      throw new ProtocolException(ID, "product search reply without 'contents'");
    }
    for (ProductSearch.Found f : found.contents()) {
      List<ProductSearch.ChannelProduct> channels =
          f.channelProducts() == null ? List.of() : f.channelProducts();
      for (ProductSearch.ChannelProduct c : channels) {
        if (sku.equals(c.sellerManagementCode()) && f.originProductNo() != null) {
          return mapper.listingRef(sku, f.originProductNo(), c.channelProductNo());
        }
      }
    }
    return null;
  }

  /** {@code POST /v1/products/search} by {@code SELLER_CODE}, the exact SKU. */
  @Override
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    return Optional.ofNullable(findBySku(sku, options));
  }

  /**
   * {@code POST /v1/products/search} without a keyword, {@code page}/{@code size} from {@code
   * naver.listings.page-size}; the cursor is {@code page:<n>}. One reference per origin product,
   * with the SKU and channel product number of its first channel product.
   */
  @Override
  protected ListingPage listListings(String cursor, CallOptions options) {
    int page = 1;
    if (cursor != null) {
      if (!cursor.matches("page:[1-9][0-9]{0,8}")) {
        throw new IllegalArgumentException("not a listing cursor of channel '" + ID + "'");
      }
      page = Integer.parseInt(cursor.substring("page:".length()));
    }
    int size = settings.listingPageSize();
    ProductSearch.Result found =
        api.searchProducts(new ProductSearch(null, null, page, size), options);
    if (found == null || found.contents() == null) {
      throw new ProtocolException(ID, "product search reply without 'contents'");
    }
    List<ListingRef> refs = new ArrayList<>();
    for (ProductSearch.Found f : found.contents()) {
      if (f == null || f.originProductNo() == null) {
        throw new ProtocolException(ID, "product search reply: a product without originProductNo");
      }
      ProductSearch.ChannelProduct first =
          f.channelProducts() == null || f.channelProducts().isEmpty()
              ? null
              : f.channelProducts().get(0);
      refs.add(
          mapper.listingRef(
              first == null ? null : first.sellerManagementCode(),
              f.originProductNo(),
              first == null ? null : first.channelProductNo()));
    }
    boolean more =
        found.totalPages() != null ? page < found.totalPages() : found.contents().size() >= size;
    return new ListingPage(refs, more && !refs.isEmpty() ? "page:" + (page + 1) : null);
  }

  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    if (update.isEmpty()) {
      throw new ValidationException(
          ID, List.of(new Violation("update", "empty", "sets no field to change")));
    }
    if (update.stock() != null && update.stock().isUnlimited()) {
      throw new ValidationException(
          ID,
          List.of(
              new Violation("stock", "unsupported", "Naver counts stock: unlimited is not sold")));
    }
    String no = ref.listingId();
    if (onlyPriceOrStock(update)) {
      // Product-level price and stock, the way inventory().set writes them: nothing else changes.
      StockChange change = new StockChange(ref, null, update.stock(), update.price());
      BatchResult.Item<StockChange> result = setInventory(List.of(change), options).items().get(0);
      if (!result.succeeded()) {
        throw result.error();
      }
    } else {
      List<String> images = null;
      if (update.images() != null) {
        Listing probe = Listing.builder().images(update.images()).build();
        List<Violation> bad = new ArrayList<>();
        for (Violation v : listingValidator().validate(probe)) {
          if (v.field().startsWith("images")) {
            bad.add(v);
          }
        }
        if (!bad.isEmpty()) {
          throw new ValidationException(ID, bad);
        }
        images = naverHosted(update.images(), options);
      }
      String json = readProduct(no, options).json();
      api.replaceOriginProduct(
          no, RequestBody.create(mapper.applyUpdate(json, update, images), JSON), options);
    }
    return listingStatus(ref, options);
  }

  @Override
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    api.changeStatus(ref.listingId(), new ChangeStatusRequest("SUSPENSION", null), options);
  }

  @Override
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    Product p = readProduct(ref.listingId(), options);
    return mapper.toStatus(ref, p.body(), p.json());
  }

  @Override
  protected Listing getListing(ListingRef ref, CallOptions options) {
    Product p = readProduct(ref.listingId(), options);
    Listing l = mapper.toListing(p.body(), p.json());
    return l.sku() == null && ref.sku() != null ? l.toBuilder().sku(ref.sku()).build() : l;
  }

  private record Product(ProductBody body, String json) {}

  private Product readProduct(String originProductNo, CallOptions options) {
    try (ResponseBody body = api.originProduct(originProductNo, options)) {
      String json = body.string();
      ProductBody product = productAdapter.fromJson(json);
      if (product == null || product.originProduct() == null) {
        throw new ProtocolException(ID, "product " + originProductNo + " without originProduct");
      }
      return new Product(product, json);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ChannelException ce) {
        throw ce;
      }
      throw new ProtocolException(ID, "cannot read product " + originProductNo, 0, null, null, e);
    }
  }

  /** The images as Naver-hosted URLs: external ones are fetched and uploaded first. */
  private List<String> naverHosted(List<String> images, CallOptions options) {
    List<MultipartBody.Part> parts = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      if (!isNaverHosted(images.get(i))) {
        parts.add(download(images.get(i), i));
        positions.add(i);
      }
    }
    if (parts.isEmpty()) {
      return images;
    }
    ImageUploadResult uploaded = api.uploadProductImages(parts, options);
    if (uploaded == null || uploaded.images() == null || uploaded.images().size() != parts.size()) {
      throw new ProtocolException(ID, "image upload returned another number of images");
    }
    List<String> out = new ArrayList<>(images);
    for (int i = 0; i < positions.size(); i++) {
      out.set(positions.get(i), uploaded.images().get(i).url());
    }
    return out;
  }

  static boolean isNaverHosted(String url) {
    String host = URI.create(url).getHost();
    return host != null && (host.equals("pstatic.net") || host.endsWith(".pstatic.net"));
  }

  private MultipartBody.Part download(String url, int index) {
    Request request = new Request.Builder().url(url).get().build();
    try (Response response = stack.client().newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw notFetchable(index, url, "HTTP " + response.code());
      }
      MediaType type =
          body.contentType() != null ? body.contentType() : MediaType.get("image/jpeg");
      String name = url.substring(url.lastIndexOf('/') + 1);
      return MultipartBody.Part.createFormData(
          "imageFiles",
          name.isEmpty() ? "image-" + index : name,
          RequestBody.create(body.bytes(), type));
    } catch (IOException e) {
      throw notFetchable(index, url, e.getClass().getSimpleName());
    }
  }

  private static ValidationException notFetchable(int index, String url, String why) {
    return new ValidationException(
        ID,
        List.of(
            new Violation(
                "images[" + index + "]",
                "not_fetchable",
                "cannot fetch " + url + " to upload it to Naver (" + why + ")")));
  }

  // ---------------------------------------------------------------- inventory

  /** {@code GET /v2/products/origin-products/{no}}: the product's and each option's levels. */
  @Override
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    return mapper.toListingStock(listing, readProduct(listing.listingId(), options).body());
  }

  /** One write to Naver and the changes whose outcome it decides. */
  private record Write(List<Integer> changes, Runnable send) {}

  /**
   * Per product: read it, then {@code PUT .../option-stock} with every option just read and the
   * changes applied (with the current or new {@code salePrice}) when options change, and {@code
   * PATCH .../multi-update} ({@code STOCK}, or {@code SALE_PRICE} when no option changes) for the
   * product's own stock and price. Each change gets the outcome of the write(s) it is in; an
   * unknown option SKU, an out-of-range value or {@link Stock#UNLIMITED} (Naver counts every stock)
   * fails only that change, before any request. Failures follow the rules of {@link Batches}: a
   * failure about one product fails its changes; a call-level failure is thrown if nothing was
   * written yet, and otherwise fails this and every later change while the earlier results stand.
   */
  @Override
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    ChannelException[] failure = new ChannelException[changes.size()];
    Map<String, List<Integer>> byProduct = new LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      StockChange c = changes.get(i);
      if (c.stock() != null && c.stock().isUnlimited()) {
        failure[i] = invalidChange(c, "stock", "unlimited", "Naver has no unlimited stock");
      } else {
        byProduct.computeIfAbsent(c.listing().listingId(), k -> new ArrayList<>()).add(i);
      }
    }
    boolean applied = false;
    ChannelException stop = null;
    for (Map.Entry<String, List<Integer>> product : byProduct.entrySet()) {
      List<Write> writes;
      try {
        if (stop != null) {
          throw stop;
        }
        writes = plan(product.getKey(), product.getValue(), changes, failure, options);
      } catch (ChannelException e) {
        if (!aboutTheItems(e) && !applied) {
          throw e;
        }
        stop = aboutTheItems(e) ? stop : e;
        failAll(failure, product.getValue(), e);
        continue;
      }
      for (Write w : writes) {
        try {
          if (stop != null) {
            throw stop;
          }
          w.send().run();
          applied = true;
        } catch (ChannelException e) {
          if (!aboutTheItems(e) && !applied) {
            throw e;
          }
          stop = aboutTheItems(e) ? stop : e;
          failAll(failure, w.changes(), e);
        }
      }
    }
    List<BatchResult.Item<StockChange>> items = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      items.add(
          failure[i] == null
              ? BatchResult.Item.ok(changes.get(i))
              : BatchResult.Item.failed(changes.get(i), failure[i]));
    }
    return new BatchResult<>(items);
  }

  /** The writes for one product's changes; sets the failures of changes refused before a call. */
  private List<Write> plan(
      String no,
      List<Integer> indexes,
      List<StockChange> changes,
      ChannelException[] failure,
      CallOptions options) {
    if (!no.matches("[1-9][0-9]{0,18}")) {
      throw new NotFoundException(ID, "no product " + no + ": origin product numbers are numbers");
    }
    ProductBody product = readProduct(no, options).body();
    Map<String, Long> idBySku = new HashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    ProductBody.OptionInfo info =
        product.originProduct().detailAttribute() == null
            ? null
            : product.originProduct().detailAttribute().optionInfo();
    if (info != null && info.optionCombinations() != null) {
      for (ProductBody.OptionCombination c : info.optionCombinations()) {
        if (c != null && c.sellerManagerCode() != null && c.id() != null) {
          if (idBySku.putIfAbsent(c.sellerManagerCode(), c.id()) != null) {
            ambiguous.add(c.sellerManagerCode());
          }
        }
      }
    }
    Map<Long, StockChange> optionChanges = new LinkedHashMap<>();
    List<Integer> optionIndexes = new ArrayList<>();
    Integer listing = null;
    for (int i : indexes) {
      StockChange c = changes.get(i);
      if (c.stock() != null && c.stock().quantity() > NaverMapper.MAX_STOCK) {
        failure[i] = invalidChange(c, "stock", "too_large", "at most 99,999,999 on Naver");
      } else if (!c.isOption()) {
        listing = i;
      } else if (ambiguous.contains(c.optionSku())) {
        failure[i] =
            invalidChange(c, "optionSku", "ambiguous", "several options of the product have it");
      } else if (!idBySku.containsKey(c.optionSku())) {
        failure[i] =
            new NotFoundException(
                ID, "product " + no + " has no option with SKU '" + c.optionSku() + "'");
      } else if (c.price() != null && Math.abs(c.price().amount()) > NaverMapper.MAX_OPTION_PRICE) {
        failure[i] = invalidChange(c, "price", "too_large", "at most 999,999,990 on Naver");
      } else {
        optionChanges.put(idBySku.get(c.optionSku()), c);
        optionIndexes.add(i);
      }
    }
    List<Write> writes = new ArrayList<>();
    StockChange own = listing == null ? null : changes.get(listing);
    if (!optionChanges.isEmpty()) {
      Long current = product.originProduct().salePrice();
      if (current == null && (own == null || own.price() == null)) {
        throw new ProtocolException(ID, "product " + no + " without salePrice");
      }
      long salePrice =
          own != null && own.price() != null
              ? NaverMapper.salePriceFor(product, own.price().amount())
              : current;
      OptionStockRequest body = NaverMapper.optionStock(product, salePrice, optionChanges);
      if (own != null && own.price() != null) {
        optionIndexes.add(listing);
      }
      writes.add(new Write(optionIndexes, () -> api.updateOptionStock(no, body, options)));
    }
    if (own != null) {
      List<String> types = new ArrayList<>();
      if (own.stock() != null) {
        types.add("STOCK");
      }
      boolean price = own.price() != null && optionChanges.isEmpty();
      if (price) {
        types.add("SALE_PRICE");
      }
      if (!types.isEmpty()) {
        MultiUpdateRequest body =
            new MultiUpdateRequest(
                List.of(
                    new MultiUpdateRequest.Item(
                        Long.parseLong(no),
                        types,
                        price
                            ? new OptionStockRequest.ProductSalePrice(
                                NaverMapper.salePriceFor(product, own.price().amount()))
                            : null,
                        own.stock() == null ? null : own.stock().quantity())));
        writes.add(new Write(List.of(listing), () -> api.multiUpdate(body, options)));
      }
    }
    return writes;
  }

  private static ValidationException invalidChange(
      StockChange c, String field, String code, String message) {
    return new ValidationException(
        ID,
        List.of(
            new Violation(
                field,
                code,
                (c.isOption() ? "option " + c.optionSku() : "listing " + c.listing().listingId())
                    + ": "
                    + message)));
  }

  private static void failAll(
      ChannelException[] failure, List<Integer> indexes, ChannelException e) {
    for (int i : indexes) {
      if (failure[i] == null) {
        failure[i] = e;
      }
    }
  }

  /** Whether an exception is about what one request named, not about the call (as in Batches). */
  private static boolean aboutTheItems(ChannelException e) {
    return e instanceof NotFoundException
        || e instanceof io.channelbridge.core.error.ConflictException
        || e instanceof ValidationException
        || e instanceof ProtocolException;
  }

  // ---------------------------------------------------------------- lives

  @Override
  protected LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    requireValid(schedule);
    Broadcast body =
        NaverMapper.toBroadcast(schedule, productKeys(schedule, options), settings.live());
    Broadcast reply = api.scheduleBroadcast(settings.broadcastsUrl(), body, options);
    return live(body, reply, schedule.featured());
  }

  @Override
  protected LiveBroadcast rescheduleLive(LiveRef ref, LiveSchedule schedule, CallOptions options) {
    String liveId = ref.liveId();
    requireValid(schedule);
    Broadcast body =
        NaverMapper.toBroadcast(schedule, productKeys(schedule, options), settings.live());
    Broadcast reply = api.updateBroadcast(settings.broadcastUrl(liveId), body, options);
    return live(body, reply, schedule.featured());
  }

  private LiveBroadcast live(Broadcast body, Broadcast reply, List<ListingRef> featured) {
    if (reply == null || reply.broadcastId() == null) {
      throw new ProtocolException(ID, "broadcast reply without broadcastId");
    }
    return mapper.toLive(NaverMapper.withReply(body, reply), featured, null);
  }

  @Override
  protected LiveBroadcast cancelLive(LiveRef ref, CallOptions options) {
    String liveId = ref.liveId();
    api.cancelBroadcast(settings.broadcastUrl(liveId), options);
    Broadcast b = api.broadcast(settings.broadcastUrl(liveId), options);
    return mapper.toLive(b, mapper.featured(b), null);
  }

  @Override
  protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    List<LiveBroadcast> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      BroadcastPage p =
          api.broadcasts(settings.broadcastsUrl(), from, to, page, LIVE_PAGE_SIZE, options);
      List<Broadcast> contents = p == null || p.contents() == null ? List.of() : p.contents();
      for (Broadcast b : contents) {
        LiveBroadcast live = mapper.toLive(b, mapper.featured(b), null);
        if (live.overlaps(from, to)) {
          out.add(live);
        }
      }
      long total = p == null || p.totalElements() == null ? 0 : p.totalElements();
      if (contents.isEmpty() || (long) page * LIVE_PAGE_SIZE >= total) {
        break;
      }
    }
    out.sort(Comparator.comparing(LiveBroadcast::start));
    return out;
  }

  /**
   * The channel product numbers of the featured listings, read from Naver where the ref lacks it.
   */
  private List<Long> productKeys(LiveSchedule schedule, CallOptions options) {
    List<Long> keys = new ArrayList<>();
    for (ListingRef ref : schedule.featured()) {
      String no = ref.attributes().get(NaverMapper.CHANNEL_PRODUCT_NO);
      if (no == null) {
        ProductBody p = readProduct(ref.listingId(), options).body();
        Long key =
            p.smartstoreChannelProduct() == null
                ? null
                : p.smartstoreChannelProduct().channelProductNo();
        if (key == null) {
          throw new ProtocolException(
              ID, "product " + ref.listingId() + " without channelProductNo");
        }
        keys.add(key);
      } else {
        try {
          keys.add(Long.parseLong(no));
        } catch (NumberFormatException e) {
          throw new ValidationException(
              ID,
              List.of(
                  new Violation(
                      "featured",
                      "not_a_number",
                      NaverMapper.CHANNEL_PRODUCT_NO + " is not a number")));
        }
      }
    }
    return keys;
  }

  // ---------------------------------------------------------------- orders

  /** One page of the change feed and where the pull goes on. */
  private record FeedPage(
      List<LastChangedStatuses.LastChangeStatus> rows, Checkpoint next, boolean hasMore) {}

  private FeedPage feedPage(
      OrderPull position, int limitCount, Checkpoint checkpoint, CallOptions options) {
    Instant now = clock.instant();
    OrderPull.Request request = position.request(checkpoint, now);
    NaverResponse<LastChangedStatuses> reply =
        api.lastChangedStatuses(
            request.from(), request.to(), request.moreSequence(), limitCount, options);
    if (reply == null || reply.data() == null) {
      throw new ProtocolException(ID, "last-changed-statuses reply without data");
    }
    LastChangedStatuses data = reply.data();
    List<LastChangedStatuses.LastChangeStatus> rows =
        data.lastChangeStatuses() == null ? List.of() : data.lastChangeStatuses();
    LastChangedStatuses.More more = data.more();
    boolean windowHasMore = more != null && more.moreFrom() != null && more.moreSequence() != null;
    Checkpoint next =
        windowHasMore
            ? position.next(request, more.moreFrom(), more.moreSequence())
            : position.next(request, null, null);
    return new FeedPage(rows, next, OrderPull.hasMore(request, windowHasMore, now));
  }

  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    FeedPage page = feedPage(pull, settings.limitCount(), checkpoint, options);
    List<ProductOrderDetail> details = wholeOrders(orderIdsOf(page.rows()), options);
    return new OrderPage(mapper.toOrders(page.rows(), details), page.next(), page.hasMore());
  }

  /**
   * {@code GET .../orders/{orderId}/product-order-ids}, then {@code POST .../product-orders/query}
   * for all of them: every line at its current status. Naver's query has no change time, so the
   * order's {@code updatedAt} is its order time and its version differs from a pulled one.
   */
  @Override
  protected Order getOrder(OrderRef ref, CallOptions options) {
    List<ProductOrderDetail> details = wholeOrders(List.of(ref.orderId()), options);
    if (details.isEmpty()) {
      throw new NotFoundException(ID, "order " + ref.orderId() + " not found");
    }
    return mapper.toOrder(ref.orderId(), details, null);
  }

  /** The distinct order ids of change rows, in the order they first appear. */
  private static List<String> orderIdsOf(List<LastChangedStatuses.LastChangeStatus> rows) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (LastChangedStatuses.LastChangeStatus r : rows) {
      if (r == null || r.orderId() == null || r.productOrderId() == null) {
        throw new ProtocolException(ID, "change row without orderId or productOrderId");
      }
      ids.add(r.orderId());
    }
    return new ArrayList<>(ids);
  }

  /**
   * Every product order of these orders at its current status: {@code GET
   * .../orders/{orderId}/product-order-ids} per order (the change feed reports product orders, not
   * their siblings), then {@code POST .../product-orders/query} with at most 300 ids per call. An
   * order Naver no longer knows has no product orders here.
   */
  private List<ProductOrderDetail> wholeOrders(List<String> orderIds, CallOptions options) {
    List<String> ids = new ArrayList<>();
    for (String orderId : orderIds) {
      NaverResponse<List<String>> r = api.productOrderIds(orderId, options);
      if (r == null || r.data() == null) {
        throw new ProtocolException(ID, "product-order-ids of order " + orderId + " without data");
      }
      ids.addAll(r.data());
    }
    return queryProductOrders(ids, options);
  }

  /**
   * {@code POST .../product-orders/query} (claims with {@code quantityClaimCompatibility}), 300 ids
   * a call. Every id asked for must come back: a listed product order missing from the reply would
   * make an order partial.
   */
  private List<ProductOrderDetail> queryProductOrders(List<String> ids, CallOptions options) {
    List<ProductOrderDetail> details = new ArrayList<>(ids.size());
    for (List<String> batch : batches(ids, MAX_QUERY_BATCH)) {
      NaverResponse<List<ProductOrderDetail>> r =
          api.queryProductOrders(ProductOrderQuery.of(batch), options);
      if (r == null || r.data() == null) {
        throw new ProtocolException(ID, "product-orders/query reply without data");
      }
      // A plain set: the order of the ids matters only for the message, built on failure.
      java.util.Set<String> missing = new java.util.HashSet<>(batch);
      if (missing.size() == batch.size() && asAsked(r.data(), batch)) {
        // Every id once, in the order asked (Naver's usual reply): nothing to sort out.
        details.addAll(r.data());
        continue;
      }
      for (ProductOrderDetail d : r.data()) {
        if (d == null || d.productOrder() == null || d.productOrder().productOrderId() == null) {
          throw new ProtocolException(ID, "product-orders/query: an element without productOrder");
        }
        if (missing.remove(d.productOrder().productOrderId())) {
          details.add(d);
        }
      }
      if (!missing.isEmpty()) {
        java.util.Set<String> left = new LinkedHashSet<>(batch);
        left.retainAll(missing);
        throw new ProtocolException(ID, "product-orders/query left out product orders " + left);
      }
    }
    return details;
  }

  /** Whether the reply holds exactly the product orders asked for, in the order asked. */
  private static boolean asAsked(List<ProductOrderDetail> reply, List<String> asked) {
    if (reply.size() != asked.size()) {
      return false;
    }
    for (int i = 0; i < reply.size(); i++) {
      ProductOrderDetail d = reply.get(i);
      if (d == null
          || d.productOrder() == null
          || !asked.get(i).equals(d.productOrder().productOrderId())) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    return perProductOrder(
        orders,
        r -> r,
        options,
        (ids, items) -> {
          ConfirmResult result =
              dataOf(api.confirmProductOrders(new ProductOrderIds(ids), options));
          return failures(result.failProductOrderInfos());
        });
  }

  @Override
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    return perProductOrder(
        shipments,
        Shipment::order,
        options,
        (ids, items) -> {
          List<DispatchRequest.DispatchProductOrder> dispatches = new ArrayList<>();
          for (int i = 0; i < ids.size(); i++) {
            Shipment s = items.get(i);
            dispatches.add(
                new DispatchRequest.DispatchProductOrder(
                    ids.get(i),
                    s.isParcel() ? "DELIVERY" : "DIRECT_DELIVERY",
                    s.isParcel() ? NaverMapper.deliveryCompany(s.carrier()) : null,
                    s.isParcel() ? s.trackingNumber() : null,
                    s.shippedAt()));
          }
          DispatchResult result =
              dataOf(api.dispatchProductOrders(new DispatchRequest(dispatches), options));
          return failures(result.failProductOrderInfos());
        });
  }

  /**
   * Not offered: Naver has no way to decline a new order apart from the seller's cancel, which is
   * {@code claims().cancel} ({@code CANCEL_ORDERS}); {@code REJECT_ORDERS} is not in the
   * capabilities; always {@link UnsupportedCapabilityException}.
   */
  @Override
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    throw new UnsupportedCapabilityException(ID, Operation.REJECT_ORDERS);
  }

  /**
   * Runs a per-product-order write for items naming orders, by the rules of {@link Batches}: each
   * order expands to its product orders (asked of Naver when the ref names no lines), sent 30 at a
   * time; an item fails with the first failure of its product orders, and a malformed reply fails
   * only the items of that request.
   */
  private <T> BatchResult<T> perProductOrder(
      List<T> items,
      java.util.function.Function<T, OrderRef> refOf,
      CallOptions options,
      BiFunction<List<String>, List<T>, Map<String, ChannelException>> send) {
    return perProductOrder(items, refOf, MAX_WRITE_BATCH, options, send);
  }

  private <T> BatchResult<T> perProductOrder(
      List<T> items,
      java.util.function.Function<T, OrderRef> refOf,
      int limit,
      CallOptions options,
      BiFunction<List<String>, List<T>, Map<String, ChannelException>> send) {
    return Batches.<T, Line<T>>run(
        items,
        item -> {
          OrderRef ref = refOf.apply(item);
          List<String> lines = ref.lineIds();
          if (lines.isEmpty()) {
            NaverResponse<List<String>> r = api.productOrderIds(ref.orderId(), options);
            lines = r == null || r.data() == null ? List.of() : r.data();
          }
          if (lines.isEmpty()) {
            throw new NotFoundException(ID, "order " + ref.orderId() + " not found");
          }
          List<Line<T>> units = new ArrayList<>();
          lines.forEach(id -> units.add(new Line<>(id, item)));
          return units;
        },
        limit,
        units -> {
          List<String> ids = new ArrayList<>();
          List<T> owners = new ArrayList<>();
          units.forEach(
              u -> {
                ids.add(u.productOrderId());
                owners.add(u.owner());
              });
          Map<String, ChannelException> byId = send.apply(ids, owners);
          Map<Integer, ChannelException> failed = new LinkedHashMap<>();
          for (int i = 0; i < ids.size(); i++) {
            ChannelException e = byId.get(ids.get(i));
            if (e != null) {
              failed.put(i, e);
            }
          }
          return failed;
        });
  }

  /** One product order of an item. */
  private record Line<T>(String productOrderId, T owner) {}

  /** Naver's per-product-order failures of one write, by product order id. */
  private static Map<String, ChannelException> failures(List<ConfirmResult.FailInfo> infos) {
    Map<String, ChannelException> out = new LinkedHashMap<>();
    if (infos != null) {
      infos.forEach(f -> out.put(f.productOrderId(), NaverErrors.itemFailure(ID, f)));
    }
    return out;
  }

  private static <D> D dataOf(NaverResponse<D> reply) {
    if (reply == null || reply.data() == null) {
      throw new ProtocolException(ID, "reply without data");
    }
    return reply.data();
  }

  static <E> List<List<E>> batches(List<E> all, int size) {
    List<List<E>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }

  // ---------------------------------------------------------------- claims

  /**
   * The change feed with its own checkpoint ({@code naver.claims.*}, same windows and overlap as
   * orders); rows with a {@code claimType} become claims, each with every product order of its
   * order under the same claim id (looked up as for whole orders).
   */
  @Override
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    FeedPage page = feedPage(claimPull, settings.claimLimitCount(), checkpoint, options);
    List<LastChangedStatuses.LastChangeStatus> rows = new ArrayList<>();
    for (LastChangedStatuses.LastChangeStatus r : page.rows()) {
      if (r != null && r.claimType() != null) {
        rows.add(r);
      }
    }
    List<ProductOrderDetail> details =
        rows.isEmpty() ? List.of() : wholeOrders(orderIdsOf(rows), options);
    return new ClaimPage(mapper.toClaims(rows, details), page.next(), page.hasMore());
  }

  /** A claim action for one claim: the path after {@code claim/} and its body. */
  private record ClaimCall(String action, Map<String, Object> body) {}

  /**
   * {@code cancel/approve}, {@code return/approve}, {@code exchange/collect/approve} (an exchange
   * is approved by approving the collected goods; the re-delivery is the seller's next step).
   */
  @Override
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
    return claimActions(
        claims,
        Operation.APPROVE_CLAIMS,
        ref ->
            switch (ref.type()) {
              case CANCEL -> new ClaimCall("cancel/approve", Map.of());
              case RETURN -> new ClaimCall("return/approve", Map.of());
              case EXCHANGE -> new ClaimCall("exchange/collect/approve", Map.of());
              default -> null;
            },
        options);
  }

  /**
   * {@code return/reject} and {@code exchange/reject} with the reason's text (or code). Naver
   * publishes no refusal of a cancel request: such an item fails with {@link
   * UnsupportedCapabilityException}.
   */
  @Override
  protected BatchResult<ClaimRef> rejectClaims(
      List<ClaimRef> claims, ClaimRejection reason, CallOptions options) {
    String text = reason.textOrCode();
    return claimActions(
        claims,
        Operation.REJECT_CLAIMS,
        ref ->
            switch (ref.type()) {
              case RETURN -> new ClaimCall("return/reject", Map.of("rejectReturnReason", text));
              case EXCHANGE ->
                  new ClaimCall("exchange/reject", Map.of("rejectExchangeReason", text));
              default -> null;
            },
        options);
  }

  /** {@code return|exchange/holdback}, class {@code ETC} / {@code ETC2}, the reason as detail. */
  @Override
  protected BatchResult<ClaimRef> holdClaims(
      List<ClaimRef> claims, String reason, CallOptions options) {
    return claimActions(
        claims,
        Operation.HOLD_CLAIMS,
        ref ->
            switch (ref.type()) {
              case RETURN ->
                  new ClaimCall(
                      "return/holdback",
                      Map.of("holdbackClassType", "ETC", "holdbackReturnDetailReason", reason));
              case EXCHANGE ->
                  new ClaimCall(
                      "exchange/holdback",
                      Map.of("holdbackClassType", "ETC2", "holdbackExchangeDetailReason", reason));
              default -> null;
            },
        options);
  }

  /** {@code return|exchange/holdback/release}. */
  @Override
  protected BatchResult<ClaimRef> releaseClaims(List<ClaimRef> claims, CallOptions options) {
    return claimActions(
        claims,
        Operation.HOLD_CLAIMS,
        ref ->
            switch (ref.type()) {
              case RETURN -> new ClaimCall("return/holdback/release", Map.of());
              case EXCHANGE -> new ClaimCall("exchange/holdback/release", Map.of());
              default -> null;
            },
        options);
  }

  /**
   * {@code cancel/request} per product order (every product order of an order named without lines),
   * with {@code cancelReason} from the code and the text as {@code cancelDetailedReason}. Naver
   * completes a seller's cancel at once; an already cancelled product order counts as done.
   */
  @Override
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    if (reason.text() != null && reason.text().codePointCount(0, reason.text().length()) > 500) {
      throw new ValidationException(
          ID, List.of(new Violation("reason.text", "too_long", "at most 500 characters on Naver")));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cancelReason", NaverMapper.cancelReason(reason.code()));
    if (reason.text() != null) {
      body.put("cancelDetailedReason", reason.text());
    }
    return perProductOrder(
        orders,
        r -> r,
        1,
        options,
        (ids, items) -> claimCall(ids.get(0), new ClaimCall("cancel/request", body), options));
  }

  /**
   * Runs one claim action per product order of each claim ({@link Batches} rules, one product order
   * per request): a claim fails with the first failure of its product orders. A claim type the
   * action has no endpoint for fails its item with {@link UnsupportedCapabilityException}.
   */
  private BatchResult<ClaimRef> claimActions(
      List<ClaimRef> claims,
      Operation op,
      java.util.function.Function<ClaimRef, ClaimCall> route,
      CallOptions options) {
    Map<Integer, ChannelException> refused = new HashMap<>();
    List<ClaimRef> sendable = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (route.apply(claims.get(i)) == null) {
        refused.put(i, unsupported(op, claims.get(i)));
      } else {
        sendable.add(claims.get(i));
      }
    }
    BatchResult<ClaimRef> sent =
        Batches.<ClaimRef, Line<ClaimRef>>run(
            sendable,
            ref -> {
              List<Line<ClaimRef>> units = new ArrayList<>();
              claimLines(ref, options).forEach(id -> units.add(new Line<>(id, ref)));
              return units;
            },
            1,
            units -> {
              Line<ClaimRef> unit = units.get(0);
              Map<String, ChannelException> failed =
                  claimCall(unit.productOrderId(), route.apply(unit.owner()), options);
              ChannelException e = failed.get(unit.productOrderId());
              return e == null ? Map.of() : Map.of(0, e);
            });
    List<BatchResult.Item<ClaimRef>> items = new ArrayList<>(claims.size());
    int next = 0;
    for (int i = 0; i < claims.size(); i++) {
      ChannelException e = refused.get(i);
      items.add(e != null ? BatchResult.Item.failed(claims.get(i), e) : sent.items().get(next++));
    }
    return new BatchResult<>(items);
  }

  /** The product orders of a claim: its lines, or those of its order under its claim id. */
  private List<String> claimLines(ClaimRef ref, CallOptions options) {
    if (!ref.order().lineIds().isEmpty()) {
      return ref.order().lineIds();
    }
    List<String> ids = new ArrayList<>();
    for (ProductOrderDetail d : wholeOrders(List.of(ref.order().orderId()), options)) {
      if (ref.claimId().equals(d.productOrder().claimId())) {
        ids.add(d.productOrder().productOrderId());
      }
    }
    if (ids.isEmpty()) {
      throw new NotFoundException(
          ID, "claim " + ref.claimId() + " not found on order " + ref.order().orderId());
    }
    return ids;
  }

  /**
   * One claim action on one product order. Naver may refuse it in {@code failProductOrderInfos}
   * (200) or with a 400: both become the product order's failure, and {@code 105306} (already in
   * that state) is success either way, so a repeated decision succeeds.
   *
   * @return the failure by product order id; empty on success
   */
  private Map<String, ChannelException> claimCall(
      String productOrderId, ClaimCall call, CallOptions options) {
    DispatchResult result;
    try {
      result = dataOf(api.claimAction(productOrderId, call.action(), call.body(), options));
    } catch (ChannelException e) {
      if (NaverErrors.CLAIM_ALREADY.equals(e.channelCode())) {
        return Map.of();
      }
      throw e;
    }
    if (result.failProductOrderInfos() != null) {
      for (ConfirmResult.FailInfo f : result.failProductOrderInfos()) {
        if (f != null && productOrderId.equals(f.productOrderId())) {
          return NaverErrors.CLAIM_ALREADY.equals(f.code())
              ? Map.of()
              : Map.of(productOrderId, NaverErrors.itemFailure(ID, f));
        }
      }
    }
    if (result.successProductOrderIds() == null
        || !result.successProductOrderIds().contains(productOrderId)) {
      throw new ProtocolException(
          ID, "claim reply names product order " + productOrderId + " neither way");
    }
    return Map.of();
  }

  private static ChannelException unsupported(Operation op, ClaimRef ref) {
    String why =
        op == Operation.REJECT_CLAIMS && ref.type() == io.channelbridge.core.model.ClaimType.CANCEL
            ? "Naver publishes no way to refuse a cancel request"
            : "Naver has no " + op + " for " + ref.type() + " claims";
    return new UnsupportedCapabilityException(ID, op, why + " (claim " + ref.claimId() + ")");
  }

  // ---------------------------------------------------------------- webhooks, lifecycle

  /** Naver pushes no order events: always {@link UnsupportedCapabilityException}. */
  @Override
  protected List<ChannelEvent> verifyWebhook(Map<String, String> headers, byte[] rawBody) {
    throw new UnsupportedCapabilityException(ID, Operation.PARSE_WEBHOOK);
  }

  @Override
  public String toString() {
    return "NaverChannel[" + settings + ']';
  }
}
