package io.channelbridge.simulator.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own rules, on raw signed HTTP: signatures, signed-date window, ranges, paging,
 * ban.
 */
class CoupangSimulatorTest {
  private static final DateTimeFormatter SIGNED =
      DateTimeFormatter.ofPattern("yyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String SHEETS =
      "/v2/providers/openapi/apis/api/v5/vendors/A00012345/ordersheets";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private CoupangSimulator sim;

  @BeforeEach
  void start() {
    sim = CoupangSimulator.start(new ManualClock(Instant.parse("2026-03-02T03:00:00Z")));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private HttpResponse<String> get(String path, String query, Instant signedAt, String secret)
      throws IOException, InterruptedException {
    String date = SIGNED.format(signedAt);
    String signature = CoupangSimulator.hmac(secret, date + "GET" + path + query);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + path + "?" + query))
            .header(
                "Authorization",
                "CEA algorithm=HmacSHA256, access-key="
                    + CoupangSimulator.ACCESS_KEY
                    + ", signed-date="
                    + date
                    + ", signature="
                    + signature)
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String range(String from, String to, int max) {
    return "createdAtFrom="
        + from
        + "%2B09:00&createdAtTo="
        + to
        + "%2B09:00&status=ACCEPT&maxPerPage="
        + max;
  }

  @Test
  void aSignedRequestPassesAndAWrongOrStaleOneIsRefused() throws Exception {
    String q = range("2026-03-01", "2026-03-02", 50);
    assertThat(get(SHEETS, q, sim.now(), CoupangSimulator.SECRET_KEY).statusCode()).isEqualTo(200);
    assertThat(
            get(SHEETS, q, sim.now().plus(Duration.ofMinutes(4)), CoupangSimulator.SECRET_KEY)
                .statusCode())
        .as("4 minutes ahead")
        .isEqualTo(200);
    HttpResponse<String> wrong = get(SHEETS, q, sim.now(), "another-secret");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("HMAC format is invalid");
    HttpResponse<String> stale =
        get(SHEETS, q, sim.now().minus(Duration.ofMinutes(6)), CoupangSimulator.SECRET_KEY);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(stale.body()).contains("Specified signature is expired.");
  }

  @Test
  void rangesOver31DaysAndPagesOver50AreRefused() throws Exception {
    assertThat(
            get(
                    SHEETS,
                    range("2026-01-01", "2026-02-02", 50),
                    sim.now(),
                    CoupangSimulator.SECRET_KEY)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            get(
                    SHEETS,
                    range("2026-03-01", "2026-03-02", 51),
                    sim.now(),
                    CoupangSimulator.SECRET_KEY)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            get(
                    SHEETS,
                    "createdAtFrom=2026-03-01&createdAtTo=2026-03-02&status=ACCEPT",
                    sim.now(),
                    CoupangSimulator.SECRET_KEY)
                .statusCode())
        .as("a v4 date on the v5 API")
        .isEqualTo(400);
  }

  @Test
  void ordersPageByNextTokenInTheV5Shape() throws Exception {
    for (int i = 0; i < 3; i++) {
      sim.createOrder(OrderSpec.of("SKU-" + i, "상품", 1, Money.krw(1_000)));
    }
    HttpResponse<String> first =
        get(SHEETS, range("2026-03-02", "2026-03-02", 2), sim.now(), CoupangSimulator.SECRET_KEY);
    Map<String, Object> body = Json.parseObject(first.body());
    assertThat(Json.list(body, "data")).hasSize(2);
    Map<String, Object> box = Json.object(Json.list(body, "data").get(0));
    assertThat(Json.string(box, "orderedAt")).endsWith("+09:00").hasSize(32);
    assertThat(Json.object(box, "shippingPrice")).containsEntry("currencyCode", "KRW");
    String token = Json.string(body, "nextToken");
    assertThat(token).isNotBlank();
    Map<String, Object> second =
        Json.parseObject(
            get(
                    SHEETS,
                    range("2026-03-02", "2026-03-02", 2) + "&nextToken=" + token,
                    sim.now(),
                    CoupangSimulator.SECRET_KEY)
                .body());
    assertThat(Json.list(second, "data")).hasSize(1);
    assertThat(Json.string(second, "nextToken")).isEmpty();
  }

  @Test
  void elevenRequestsInASecondBanTheVendorForTheBanLength() throws Exception {
    sim.banLength(Duration.ofMinutes(2));
    String q = range("2026-03-01", "2026-03-02", 50);
    for (int i = 0; i < 10; i++) {
      assertThat(get(SHEETS, q, sim.now(), CoupangSimulator.SECRET_KEY).statusCode())
          .isEqualTo(200);
    }
    assertThat(get(SHEETS, q, sim.now(), CoupangSimulator.SECRET_KEY).statusCode()).isEqualTo(429);
    assertThat(sim.bans()).isEqualTo(1);
    sim.advanceClock(Duration.ofSeconds(30));
    HttpResponse<String> banned = get(SHEETS, q, sim.now(), CoupangSimulator.SECRET_KEY);
    assertThat(banned.statusCode()).as("still banned after 30 s").isEqualTo(429);
    assertThat(banned.headers().firstValue("Retry-After")).isPresent();
    sim.advanceClock(Duration.ofMinutes(2));
    assertThat(get(SHEETS, q, sim.now(), CoupangSimulator.SECRET_KEY).statusCode()).isEqualTo(200);
    assertThat(sim.tooManyRequests()).isEqualTo(2);
  }
}
