package io.channelbridge.cli;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.spi.ChannelRegistry;
import io.channelbridge.core.spi.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code channels}: the channels this tool knows, or one channel's capabilities. */
@Command(
    name = "channels",
    mixinStandardHelpOptions = true,
    description = {
      "List the channels this tool can open and whether each would run against its embedded"
          + " simulator or a real account; with --channel, open it and show its capabilities."
    })
final class ChannelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options.Output outputOptions;

  @Option(names = "--channel", paramLabel = "ID", description = "Show this channel's capabilities.")
  String channel;

  @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings.")
  Path config;

  /** The ids an embedded channel was seeded with, the same on every run. */
  static Map<String, Object> seeded(Session.Seeded seed) {
    return Json.of(
        "listing",
        Views.listingRef(seed.listing()),
        "orders",
        new ArrayList<Object>(seed.orderIds()),
        "claims",
        new ArrayList<Object>(seed.claimIds()),
        "live",
        seed.live() == null ? null : seed.live().liveId());
  }

  @Override
  public Integer call() {
    Printer p = ChannelCommand.printer(spec, outputOptions);
    Map<String, String> env = ChannelCommand.environment(spec);
    if (channel != null) {
      try (Session s = Session.open(channel, config, env, p)) {
        ChannelCapabilities caps = s.channel.capabilities();
        Map<String, Object> doc =
            Json.of(
                "channel",
                s.id(),
                "embedded",
                s.seeded.isPresent(),
                "capabilities",
                Views.capabilities(caps));
        s.seeded.ifPresent(seed -> doc.put("seeded", seeded(seed)));
        p.document(doc);
        p.text("%s (%s)", s.id(), s.seeded.isPresent() ? "embedded" : "real account");
        p.text("  operations: %s", Views.capabilities(caps).get("operations"));
        p.text("  pagination: %s, webhooks: %s", caps.pagination(), caps.webhooks());
        p.text(
            "  batches: acknowledge %d, ship %d; order page up to %d",
            caps.maxAcknowledgeBatch(), caps.maxShipBatch(), caps.maxOrderPageSize());
        caps.rateLimit().ifPresent(r -> p.text("  rate limit: %s", r));
      } finally {
        p.endProgress();
      }
      return Failures.OK;
    }
    ChannelRegistry registry = Session.registry();
    ChannelConfig settings = Session.settings(config, env);
    List<Object> rows = new ArrayList<>();
    for (String id : new TreeSet<>(registry.ids())) {
      boolean embedded = Session.embedded(id, settings);
      rows.add(
          Json.of(
              "id",
              id,
              "embedded",
              embedded,
              "baseUrl",
              settings.get(id + ".base-url").orElse(null)));
      p.text(
          "%-14s %s",
          id,
          embedded
              ? (id.equals("fake") ? "in-memory fake" : "embedded simulator")
              : settings.get(id + ".base-url").map(u -> "real: " + u).orElse("real"));
    }
    p.document(Json.of("channels", rows));
    return Failures.OK;
  }
}
