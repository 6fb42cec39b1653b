package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.spi.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schedule-live} and {@code cancel-live}. */
final class LiveCommands {
  private LiveCommands() {}

  /**
   * A time: an instant ({@code 2026-12-01T11:00:00Z}), a time with an offset ({@code
   * 2026-12-01T20:00+09:00}), or a local date and time, read in Korea's time zone.
   */
  static Instant parseTime(String text, String option) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(text).atZone(Session.KST).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInput(
          option
              + " must be a time such as 2026-12-01T20:00 (Korea time),"
              + " 2026-12-01T20:00+09:00 or 2026-12-01T11:00:00Z, not '"
              + text
              + "'");
    }
  }

  static Map<String, Object> document(Session s, LiveBroadcast live) {
    Map<String, Object> doc = Json.of("channel", s.id());
    doc.putAll(Views.live(live));
    return doc;
  }

  static void print(Printer p, LiveBroadcast l) {
    p.text(
        "live %s \"%s\": %s (%s), %s to %s KST",
        l.liveId(),
        l.title(),
        l.status(),
        l.channelStatus(),
        l.start() == null ? "?" : l.start().atZone(Session.KST).toLocalDateTime(),
        l.end() == null ? "?" : l.end().atZone(Session.KST).toLocalDateTime());
  }

  /** {@code schedule-live}. */
  @Command(
      name = "schedule-live",
      mixinStandardHelpOptions = true,
      description = {"Schedule a live broadcast featuring listings."})
  static final class Schedule extends ChannelCommand {
    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The title.")
    String title;

    @Option(
        names = "--start",
        required = true,
        paramLabel = "TIME",
        description =
            "When it starts: 2026-12-01T20:00 (Korea time), 2026-12-01T20:00+09:00 or an"
                + " instant such as 2026-12-01T11:00:00Z.")
    String start;

    @Option(
        names = "--duration",
        paramLabel = "DURATION",
        defaultValue = "PT1H",
        description = "How long: PT1H30M, 90m or 1h30m (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(
        names = "--feature",
        paramLabel = "LISTING_ID",
        description = "A listing to feature, by the channel's id (repeatable).")
    List<String> features = new ArrayList<>();

    @Option(
        names = "--feature-sku",
        paramLabel = "SKU",
        description = "A listing to feature, by SKU (repeatable).")
    List<String> featureSkus = new ArrayList<>();

    @Option(names = "--host", paramLabel = "NAME", description = "The host.")
    String host;

    @Option(names = "--description", paramLabel = "TEXT", description = "A description.")
    String description;

    @Override
    void check() {
      parseTime(start, "--start");
    }

    @Override
    int run(Session s, Printer p) {
      Instant at = parseTime(start, "--start");
      LiveSchedule.Builder b = LiveSchedule.builder().title(title).start(at).duration(duration);
      for (String id : features) {
        b.feature(s.listing(id, null));
      }
      for (String sku : featureSkus) {
        ListingRef ref = s.listing(null, sku);
        b.feature(ref);
      }
      if (host != null) {
        b.host(host);
      }
      if (description != null) {
        b.description(description);
      }
      LiveBroadcast live = s.channel.lives().schedule(b.build(), callOptions());
      p.document(document(s, live));
      print(p, live);
      return Failures.OK;
    }
  }

  /** {@code cancel-live}. */
  @Command(
      name = "cancel-live",
      mixinStandardHelpOptions = true,
      description = {"Cancel a scheduled live broadcast."})
  static final class Cancel extends ChannelCommand {
    @Parameters(paramLabel = "LIVE_ID", description = "The channel's id of the live.")
    String liveId;

    @Override
    int run(Session s, Printer p) {
      LiveBroadcast live = s.channel.lives().cancel(LiveRef.of(s.id(), liveId), callOptions());
      p.document(document(s, live));
      print(p, live);
      return Failures.OK;
    }
  }
}
