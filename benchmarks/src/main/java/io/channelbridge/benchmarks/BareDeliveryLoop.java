package io.channelbridge.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The loop a user would write by hand against the delivery-app feed: OkHttp, Moshi records with the
 * times as strings, and (when {@code parseTimes}) {@code java.time} for the three times of each
 * order. Without time parsing it is the decode floor: HTTP plus Moshi and nothing else.
 */
final class BareDeliveryLoop {
  /** A page of the feed, as a user would declare it. */
  public record Page(List<WireOrder> orders, String nextCursor) {}

  /** An order, as a user would declare it. */
  public record WireOrder(
      String orderId,
      String orderNo,
      String status,
      String orderedAt,
      String updatedAt,
      String acceptDeadline,
      String fulfillment,
      List<WireLine> items,
      Long deliveryFee,
      Long discount,
      Long totalAmount,
      Customer customer,
      Delivery delivery,
      String requests) {}

  /** A line. */
  public record WireLine(
      String itemId,
      String externalSku,
      String name,
      Integer quantity,
      Long unitPrice,
      List<Option> options) {}

  /** An option of a line. */
  public record Option(String name, Long price) {}

  /** The buyer's safe number. */
  public record Customer(String safeNumber) {}

  /** The delivery address. */
  public record Delivery(String address1, String address2, String zipCode, String memo) {}

  private final OkHttpClient client = new OkHttpClient();
  private final JsonAdapter<Page> pageJson = new Moshi.Builder().build().adapter(Page.class);
  private final HttpUrl orders;
  private final boolean parseTimes;

  BareDeliveryLoop(URI baseUrl, boolean parseTimes) {
    this.orders = HttpUrl.get(baseUrl.resolve("v1/shops/" + DeliveryAppPages.SHOP + "/orders"));
    this.parseTimes = parseTimes;
  }

  /**
   * Pulls the feed from its start to its last page.
   *
   * @return pages read and a checksum that keeps the work from being optimised away
   */
  long[] pull() throws IOException {
    return pull(Long.MAX_VALUE);
  }

  /** Pulls at most {@code maxPages} pages from the feed's start. */
  long[] pull(long maxPages) throws IOException {
    String cursor = null;
    long pages = 0;
    long sink = 0;
    do {
      HttpUrl.Builder url =
          orders.newBuilder().addQueryParameter("updatedSince", "2026-11-01T00:00:00.000+09:00");
      if (cursor != null) {
        url.addQueryParameter("cursor", cursor);
      }
      url.addQueryParameter("limit", "100");
      Request request =
          new Request.Builder()
              .url(url.build())
              .header("Authorization", "Bearer " + DeliveryAppPages.TOKEN)
              .build();
      Page page;
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        page = pageJson.fromJson(response.body().source());
      }
      for (WireOrder o : page.orders()) {
        if (parseTimes) {
          Instant ordered = OffsetDateTime.parse(o.orderedAt()).toInstant();
          Instant updated = OffsetDateTime.parse(o.updatedAt()).toInstant();
          Instant deadline = OffsetDateTime.parse(o.acceptDeadline()).toInstant();
          sink += ordered.getEpochSecond() + updated.getNano() + deadline.getEpochSecond();
        } else {
          sink += o.updatedAt().length();
        }
        sink += o.items().size();
      }
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < maxPages);
    return new long[] {pages, sink};
  }

  void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
