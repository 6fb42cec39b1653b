package io.channelbridge.cli;

import static io.channelbridge.cli.CliRun.run;
import static io.channelbridge.cli.CliRun.runWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input and failing channels: one clear line on stderr (after the embedded channel's notes),
 * nothing on stdout unless a batch's per-item results were printed, the documented exit code, and
 * never a stack trace.
 */
class BadInputTest {

  /** Stderr without the notes of an embedded channel. */
  static List<String> errors(CliRun r) {
    // No stack trace: no "at ..." frames, no "Caused by", no exception class leading a line.
    assertThat(r.err())
        .doesNotContainPattern("(?m)^\\s+at ")
        .doesNotContain("Caused by")
        .doesNotContainPattern("(?m)^[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)");
    return r.err()
        .lines()
        .filter(l -> !l.startsWith("channelbridge: no base URL"))
        .filter(l -> !l.startsWith("channelbridge: seeded"))
        .filter(l -> !l.startsWith("pulling ") && !l.startsWith("looking claims up"))
        .toList();
  }

  static String oneError(CliRun r, int code) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(code);
    assertThat(r.out()).isEmpty();
    List<String> errors = errors(r);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("channelbridge: ");
    return errors.get(0);
  }

  @Test
  void anUnknownChannelIsNamedWithTheKnownOnes() {
    assertThat(oneError(run("orders", "pull", "--channel", "nope"), 2))
        .isEqualTo(
            "channelbridge: unknown channel 'nope' (known: delivery-app, fake, naver,"
                + " ott-shopping)");
  }

  @Test
  void aMissingChannelIsAUsageError() {
    assertThat(oneError(run("orders", "pull"), 2))
        .isEqualTo(
            "channelbridge: Missing required option: '--channel=ID'"
                + " (see 'channelbridge orders pull --help')");
  }

  @Test
  void aMalformedFlagIsAUsageError() {
    assertThat(oneError(run("orders", "pull", "--channel", "fake", "--max-pages", "many"), 2))
        .contains("Invalid value for option '--max-pages': 'many' is not an int")
        .endsWith("(see 'channelbridge orders pull --help')");
    assertThat(oneError(run("ack", "--channel", "fake", "--bogus", "1"), 2))
        .contains("Unknown option: '--bogus'");
    assertThat(oneError(run("frobnicate"), 2)).contains("Unmatched argument");
    assertThat(oneError(run(), 2)).contains("Missing required subcommand");
    assertThat(oneError(run("orders", "--channel", "fake"), 2)).contains("Unknown option");
    assertThat(
            oneError(
                run(
                    "schedule-live",
                    "--channel",
                    "fake",
                    "--title",
                    "t",
                    "--start",
                    "2030-01-01T20:00",
                    "--duration",
                    "an hour"),
                2))
        .isEqualTo(
            "channelbridge: Invalid value for option '--duration': 'an hour' is not a duration"
                + " such as PT1H or 90m (see 'channelbridge schedule-live --help')");
  }

  /** Refused before the channel opens: no simulator started, the one line alone on stderr. */
  static String refusedBeforeOpening(String... args) {
    CliRun r = run(args);
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    return r.err().strip();
  }

  @Test
  void badValuesTheToolChecksItselfAreUsageErrorsBeforeTheChannelOpens() {
    assertThat(
            refusedBeforeOpening(
                "stock", "set", "--channel", "delivery-app", "--sku", "JEJU-5KG", "--stock", "-3"))
        .isEqualTo(
            "channelbridge: stock must be a number of items (0 or more) or 'unlimited', not '-3'");
    assertThat(
            refusedBeforeOpening(
                "orders", "pull", "--channel", "delivery-app", "--since", "yesterday"))
        .contains("--since must be a time such as");
    assertThat(refusedBeforeOpening("claims", "pull", "--channel", "naver", "--max-pages", "0"))
        .isEqualTo("channelbridge: --max-pages must be 1 or more");
    assertThat(refusedBeforeOpening("ship", "100002", "--channel", "naver", "--carrier", "CJ"))
        .isEqualTo("channelbridge: a parcel needs both --carrier and --tracking");
    assertThat(
            refusedBeforeOpening(
                "ship", "100002", "--channel", "naver", "--handover", "--carrier", "CJ"))
        .isEqualTo("channelbridge: give either --carrier and --tracking, or --handover");
    assertThat(refusedBeforeOpening("update", "--channel", "ott-shopping", "--sku", "JEJU-5KG"))
        .isEqualTo(
            "channelbridge: nothing to update: give --title, --description, --price or --stock");
    assertThat(
            refusedBeforeOpening(
                "schedule-live", "--channel", "naver", "--title", "t", "--start", "tomorrow"))
        .startsWith("channelbridge: --start must be a time such as 2026-12-01T20:00");
  }

  @Test
  void anInvalidListingListsEveryViolationBeforeAnyCall() {
    String line =
        oneError(
            run("publish", "--channel", "fake", "--sku", "X-1", "--title", "", "--price", "0"), 2);
    assertThat(line).startsWith("channelbridge: validation: [fake]").contains("title");
  }

  @Test
  void aListingFileWithAMisspeltFieldIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"sku\": \"X\", \"titel\": \"oops\"}");
    assertThat(oneError(run("publish", "--channel", "fake", "--file", file.toString()), 2))
        .startsWith("channelbridge: " + file + ": 'titel' is not a listing field");
    Files.writeString(file, "not json");
    assertThat(oneError(run("publish", "--channel", "fake", "--file", file.toString()), 2))
        .startsWith("channelbridge: " + file + " is not a JSON object");
    assertThat(
            oneError(
                run("publish", "--channel", "fake", "--file", dir.resolve("none").toString()), 2))
        .startsWith("channelbridge: cannot read the listing file");
  }

  @Test
  void aMissingOrMalformedSettingNamesTheKey(@TempDir Path dir) throws Exception {
    assertThat(
            oneError(
                run("orders", "pull", "--channel", "fake", "--config", "/nonexistent.props"), 2))
        .isEqualTo("channelbridge: cannot read the settings file /nonexistent.props");

    Path props = dir.resolve("da.properties");
    Files.writeString(props, "delivery-app.base-url=not a url\n");
    assertThat(
            oneError(
                run("orders", "pull", "--channel", "delivery-app", "--config", props.toString()),
                2))
        .contains("delivery-app.base-url");

    // Credentials without the rest: the real channel, which names the missing setting.
    assertThat(
            oneError(
                runWith(
                    Map.of("CHANNELBRIDGE_DELIVERY_APP_CLIENT_ID", "id"),
                    "orders",
                    "pull",
                    "--channel",
                    "delivery-app"),
                2))
        .contains("missing setting 'delivery-app.");

    // A misspelt key is refused, also against the embedded simulator.
    assertThat(
            oneError(
                runWith(
                    Map.of("CHANNELBRIDGE_DELIVERY_APP_COOK_MINUTS", "30"),
                    "orders",
                    "pull",
                    "--channel",
                    "delivery-app"),
                2))
        .contains("CHANNELBRIDGE_DELIVERY_APP_COOK_MINUTS");
  }

  @Test
  void aChannelErrorIsOneLineWithExitCode1() {
    assertThat(oneError(run("orders", "get", "NO-SUCH-ORDER", "--channel", "delivery-app"), 1))
        .startsWith("channelbridge: not found: [delivery-app]");
    assertThat(oneError(run("cancel-live", "424242", "--channel", "fake"), 1))
        .startsWith("channelbridge: not found: [fake]");
    assertThat(oneError(run("claims", "approve", "NO-SUCH-CLAIM", "--channel", "fake"), 1))
        .contains("claim 'NO-SUCH-CLAIM' is not in the claims feed");
  }

  @Test
  void anUnreachableChannelIsOneLineWithExitCode1() {
    Map<String, String> env =
        Map.of(
            "CHANNELBRIDGE_DELIVERY_APP_BASE_URL", "http://127.0.0.1:9",
            "CHANNELBRIDGE_DELIVERY_APP_CLIENT_ID", "id",
            "CHANNELBRIDGE_DELIVERY_APP_CLIENT_SECRET", "s3cr3t-value",
            "CHANNELBRIDGE_DELIVERY_APP_SHOP_ID", "shop",
            "CHANNELBRIDGE_DELIVERY_APP_HTTP_MAX_ATTEMPTS", "1");
    CliRun r = runWith(env, "orders", "pull", "--channel", "delivery-app", "--json");
    String line = oneError(r, 1);
    assertThat(line).startsWith("channelbridge: channel unavailable: [delivery-app]");
    assertThat(r.err()).doesNotContain("s3cr3t-value").doesNotContain("embedded");
  }

  @Test
  void aBatchWithRefusedItemsPrintsThemAndExits3() {
    // delivery-app orders are handed over, never shipped as parcels.
    CliRun r =
        run(
            "ship",
            "O100002",
            "--carrier",
            "CJ",
            "--tracking",
            "1",
            "--channel",
            "delivery-app",
            "--json");
    assertThat(r.code()).isEqualTo(3);
    Map<String, Object> doc = r.json();
    assertThat(io.channelbridge.core.spi.Json.list(doc, "succeeded")).isEmpty();
    Map<String, Object> failed = CliRun.objects(doc, "failed").get(0);
    assertThat(failed.get("id")).isEqualTo("O100002");
    assertThat(io.channelbridge.core.spi.Json.object(failed, "error"))
        .containsEntry("kind", "validation")
        .containsKey("violations");
    assertThat(errors(r)).containsExactly("channelbridge: 1 of 1 item(s) failed");
  }

  @Test
  void aPullThatFailsAfterItsFirstPageStillPrintsOneJsonDocument() {
    java.io.StringWriter out = new java.io.StringWriter();
    Printer p =
        new Printer(
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            true,
            false);
    Feed.Writer<String> writer =
        new Feed.Writer<>(
            p, "fake", "orders", id -> io.channelbridge.core.spi.Json.of("orderId", id));
    writer.page();
    writer.add("100001");
    writer.fail(
        io.channelbridge.core.Checkpoint.initial().with("position", "1"),
        new io.channelbridge.core.error.ChannelUnavailableException("fake", "connection reset"));
    Map<String, Object> doc = new CliRun(1, out.toString(), "").json();
    assertThat(CliRun.objects(doc, "orders"))
        .extracting(o -> o.get("orderId"))
        .containsExactly("100001");
    assertThat(doc).containsEntry("count", 1L).containsEntry("checkpoint", "position=1");
    assertThat(doc).containsEntry("caughtUp", false);
    assertThat(io.channelbridge.core.spi.Json.object(doc, "error"))
        .containsEntry("kind", "channel unavailable");
  }
}
