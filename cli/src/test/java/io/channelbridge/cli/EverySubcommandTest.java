package io.channelbridge.cli;

import static io.channelbridge.cli.CliRun.objects;
import static io.channelbridge.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.spi.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every subcommand, with {@code --json}, against every embedded channel (three simulators and the
 * fake), in-process; the JSON document on stdout is parsed and checked against the seed.
 */
class EverySubcommandTest {
  /** The seed of each channel, read once through {@code channels --channel X --json}. */
  private static final Map<String, Seed> SEEDS = new ConcurrentHashMap<>();

  record Seed(String listingId, List<String> orders, List<String> claims, String live) {}

  static Seed seed(String channel) {
    return SEEDS.computeIfAbsent(
        channel,
        ch -> {
          Map<String, Object> seeded =
              Json.object(run("channels", "--channel", ch, "--json").ok().json(), "seeded");
          @SuppressWarnings("unchecked")
          List<String> orders = (List<String>) (List<?>) Json.list(seeded, "orders");
          @SuppressWarnings("unchecked")
          List<String> claims = (List<String>) (List<?>) Json.list(seeded, "claims");
          return new Seed(
              Json.string(Json.object(seeded, "listing"), "listingId"),
              orders,
              claims,
              Json.string(seeded, "live"));
        });
  }

  static Map<String, Object> json(String... args) {
    CliRun r = run(args).ok();
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return r.json();
  }

  @Test
  void channelsListsEveryChannelAsEmbeddedWithoutSettings() {
    Map<String, Object> doc = json("channels", "--json");
    List<Map<String, Object>> rows = objects(doc, "channels");
    assertThat(rows)
        .extracting(r -> r.get("id"))
        .containsExactly("delivery-app", "fake", "naver", "ott-shopping");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("embedded")).isEqualTo(true));
  }

  @Test
  void channelsShowsARealChannelWhenABaseUrlIsSet() {
    CliRun r =
        CliRun.runWith(
            Map.of("CHANNELBRIDGE_NAVER_BASE_URL", "https://api.commerce.naver.com/external"),
            "channels",
            "--json");
    Map<String, Object> naver =
        objects(r.ok().json(), "channels").stream()
            .filter(m -> m.get("id").equals("naver"))
            .findFirst()
            .orElseThrow();
    assertThat(naver.get("embedded")).isEqualTo(false);
    assertThat(naver.get("baseUrl")).isEqualTo("https://api.commerce.naver.com/external");
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void channelsWithAChannelShowsItsCapabilitiesAndSeed(String ch) {
    Map<String, Object> doc = json("channels", "--channel", ch, "--json");
    assertThat(doc.get("channel")).isEqualTo(ch);
    assertThat(doc.get("embedded")).isEqualTo(true);
    assertThat(Json.list(Json.object(doc, "capabilities"), "operations"))
        .contains("PULL_ORDERS", "ACKNOWLEDGE_ORDERS", "SHIP_ORDERS", "PULL_CLAIMS");
    Seed seed = seed(ch);
    assertThat(seed.orders()).hasSize(4).doesNotHaveDuplicates();
    assertThat(seed.claims()).hasSize(2);
    assertThat(seed.listingId()).isNotBlank();
    assertThat(seed.live()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void publishValidatesAndPublishesAListingFile(String ch, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("listing.json");
    CliRun example = run("publish", "--example").ok();
    Files.writeString(file, example.out(), StandardCharsets.UTF_8);
    Map<String, Object> doc =
        json("publish", "--channel", ch, "--file", file.toString(), "--sku", "CLI-1", "--json");
    Map<String, Object> listing = Json.object(doc, "listing");
    assertThat(listing.get("sku")).isEqualTo("CLI-1");
    assertThat(Json.string(listing, "listingId")).isNotBlank().isNotEqualTo(seed(ch).listingId());
    assertThat(doc.get("state")).isIn("LIVE", "PENDING_REVIEW");
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void updateChangesTheSeededListing(String ch) {
    String id = seed(ch).listingId();
    Map<String, Object> doc =
        json("update", "--channel", ch, "--listing-id", id, "--price", "18900", "--json");
    assertThat(Json.object(doc, "listing").get("listingId")).isEqualTo(id);
    assertThat(doc.get("state")).isEqualTo("LIVE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void withdrawTakesTheSeededListingOffSale(String ch) {
    Map<String, Object> doc = json("withdraw", "--channel", ch, "--sku", "JEJU-5KG", "--json");
    assertThat(Json.object(doc, "listing").get("listingId")).isEqualTo(seed(ch).listingId());
    assertThat(doc.get("state")).isEqualTo("WITHDRAWN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "ott-shopping", "fake"})
  void listingsFindFindsTheSeededListingBySku(String ch) {
    Map<String, Object> doc = json("listings", "find", "JEJU-5KG", "--channel", ch, "--json");
    assertThat(doc.get("found")).isEqualTo(true);
    assertThat(Json.object(doc, "listing").get("listingId")).isEqualTo(seed(ch).listingId());

    CliRun none = run("listings", "find", "NO-SUCH-SKU", "--channel", ch, "--json");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.json()).containsEntry("found", false).containsEntry("sku", "NO-SUCH-SKU");
    assertThat(none.err()).contains("no listing with SKU 'NO-SUCH-SKU'");
  }

  @Test
  void listingsFindSaysWhenTheChannelCannotFindListings() {
    CliRun r = run("listings", "find", "JEJU-5KG", "--channel", "delivery-app", "--json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().filter(l -> !l.startsWith("channelbridge: no base URL")))
        .filteredOn(l -> !l.startsWith("channelbridge: seeded"))
        .containsExactly(
            "channelbridge: unsupported capability: [delivery-app] the channel does not support"
                + " FIND_LISTING");
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void stockSetSetsTheListingsStock(String ch) {
    Map<String, Object> doc =
        json("stock", "set", "--channel", ch, "--sku", "JEJU-5KG", "--stock", "7", "--json");
    assertThat(Json.list(doc, "succeeded")).containsExactly(seed(ch).listingId());
    assertThat(Json.list(doc, "failed")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void scheduleLiveSchedulesABroadcastFeaturingTheListing(String ch) {
    LocalDate day = LocalDate.now(Session.KST).plusDays(3);
    Instant start = ZonedDateTime.of(day, LocalTime.of(20, 0), Session.KST).toInstant();
    Map<String, Object> doc =
        json(
            "schedule-live",
            "--channel",
            ch,
            "--title",
            "CLI 라이브",
            "--start",
            day + "T20:00",
            "--duration",
            ch.equals("fake") ? "1h30m" : "PT90M",
            "--feature",
            seed(ch).listingId(),
            "--json");
    assertThat(doc.get("status")).isEqualTo("SCHEDULED");
    assertThat(doc.get("title")).isEqualTo("CLI 라이브");
    assertThat(doc.get("start")).isEqualTo(start.toString());
    assertThat(doc.get("end")).isEqualTo(start.plusSeconds(90 * 60).toString());
    assertThat(doc.get("liveId")).isNotEqualTo(seed(ch).live());
    assertThat(objects(doc, "featured"))
        .extracting(f -> f.get("listingId"))
        .containsExactly(seed(ch).listingId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void cancelLiveCancelsTheSeededLive(String ch) {
    Map<String, Object> doc = json("cancel-live", seed(ch).live(), "--channel", ch, "--json");
    assertThat(doc.get("liveId")).isEqualTo(seed(ch).live());
    assertThat(doc.get("status")).isEqualTo("CANCELLED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void ordersPullPullsTheSeededOrdersWhole(String ch) {
    CliRun r = run("orders", "pull", "--channel", ch, "--json").ok();
    Map<String, Object> doc = r.json();
    List<Map<String, Object>> orders = objects(doc, "orders");
    assertThat(orders)
        .extracting(o -> o.get("orderId"))
        .containsExactlyElementsOf(seed(ch).orders());
    assertThat(orders)
        .extracting(o -> o.get("status"))
        .containsExactly("NEW", "ACKNOWLEDGED", "ACKNOWLEDGED", "DELIVERED");
    assertThat(orders)
        .allSatisfy(o -> assertThat(o).doesNotContainKeys("buyer", "shippingAddress"));
    assertThat(objects(orders.get(2), "lines").get(0))
        .containsEntry("sku", "JEJU-5KG")
        .containsEntry("quantity", 3L);
    assertThat(doc.get("count")).isEqualTo(4L);
    assertThat(doc.get("caughtUp")).isEqualTo(true);
    assertThat(Checkpoint.decode((String) doc.get("checkpoint")).isInitial()).isFalse();
    assertThat(r.err()).contains("pulling orders from " + ch + ": page 1");
  }

  @Test
  void ordersPullKeepsItsCheckpointInAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.checkpoint");
    Map<String, Object> first =
        json("orders", "pull", "--channel", "fake", "--checkpoint-file", file.toString(), "--json");
    assertThat(Files.readString(file).strip()).isEqualTo(first.get("checkpoint"));

    // The fake's checkpoint is a position in its change log: the next run, seeded the same way,
    // resumes after the four orders and its log holds nothing newer.
    Map<String, Object> second =
        json(
            "orders",
            "pull",
            "--channel",
            "fake",
            "--checkpoint-file",
            file.toString(),
            "--since",
            "P1D",
            "--json");
    assertThat(objects(second, "orders")).isEmpty();
    assertThat(Files.readString(file).strip()).isEqualTo(second.get("checkpoint"));
  }

  @Test
  void ordersPullStartsAtSinceAndStopsAfterMaxPages() {
    Map<String, Object> future =
        json("orders", "pull", "--channel", "fake", "--since", "2099-01-01T00:00:00Z", "--json");
    assertThat(objects(future, "orders")).isEmpty();

    // The fake pages by fake.page-size, set here in the environment as the SDK reads it.
    CliRun paged =
        CliRun.runWith(
            Map.of("CHANNELBRIDGE_FAKE_PAGE_SIZE", "1"),
            "orders",
            "pull",
            "--channel",
            "fake",
            "--max-pages",
            "2",
            "--json");
    Map<String, Object> doc = paged.ok().json();
    assertThat(objects(doc, "orders")).hasSize(2);
    assertThat(doc.get("caughtUp")).isEqualTo(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void ordersGetReadsOneOrderWithTheBuyersAddress(String ch) {
    String id = seed(ch).orders().get(0);
    Map<String, Object> doc = json("orders", "get", id, "--channel", ch, "--json");
    assertThat(doc.get("orderId")).isEqualTo(id);
    assertThat(doc.get("status")).isEqualTo("NEW");
    assertThat(objects(doc, "lines")).hasSize(1);
    assertThat(objects(doc, "lines").get(0)).containsEntry("quantity", 1L);
    assertThat(Json.object(doc, "shippingAddress")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void ackAcknowledgesTheNewOrder(String ch) {
    String id = seed(ch).orders().get(0);
    Map<String, Object> doc = json("ack", id, "--channel", ch, "--json");
    assertThat(Json.list(doc, "succeeded")).containsExactly(id);
    assertThat(Json.list(doc, "failed")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void shipShipsAnAcknowledgedOrder(String ch) {
    String id = seed(ch).orders().get(1);
    Map<String, Object> doc =
        ch.equals("delivery-app")
            ? json("ship", id, "--handover", "--channel", ch, "--json")
            : json(
                "ship",
                id,
                "--carrier",
                "CJ",
                "--tracking",
                "610000000001",
                "--channel",
                ch,
                "--json");
    assertThat(Json.list(doc, "succeeded")).containsExactly(id);
    assertThat(Json.list(doc, "failed")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void claimsPullPullsTheSeededClaims(String ch) {
    Seed seed = seed(ch);
    Map<String, Object> doc = json("claims", "pull", "--channel", ch, "--json");
    List<Map<String, Object>> claims = objects(doc, "claims");
    assertThat(claims).extracting(c -> c.get("claimId")).containsExactlyElementsOf(seed.claims());
    assertThat(claims)
        .extracting(c -> c.get("orderId"))
        .containsExactly(seed.orders().get(2), seed.orders().get(3));
    assertThat(claims.get(0)).containsEntry("type", "CANCEL").containsEntry("status", "REQUESTED");
    assertThat(claims.get(1).get("type")).isIn("RETURN", "REFUND");
    assertThat(doc.get("count")).isEqualTo(2L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void claimsApproveApprovesTheCancelRequest(String ch) {
    String id = seed(ch).claims().get(0);
    Map<String, Object> doc = json("claims", "approve", id, "--channel", ch, "--json");
    assertThat(Json.list(doc, "succeeded")).containsExactly(id);
    assertThat(Json.list(doc, "failed")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naver", "delivery-app", "ott-shopping", "fake"})
  void claimsRejectRejectsTheReturnRequest(String ch) {
    Seed seed = seed(ch);
    String id = seed.claims().get(1);
    // --order and --type name the claim without looking it up in the feed.
    Map<String, Object> doc =
        json(
            "claims",
            "reject",
            id,
            "--order",
            seed.orders().get(3),
            "--type",
            ch.equals("delivery-app") ? "REFUND" : "RETURN",
            "--reason",
            "NO_EVIDENCE",
            "--text",
            "반품 사진이 없습니다",
            "--channel",
            ch,
            "--json");
    assertThat(Json.list(doc, "succeeded")).containsExactly(id);
    assertThat(Json.list(doc, "failed")).isEmpty();
  }
}
