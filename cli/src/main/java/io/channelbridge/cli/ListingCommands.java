package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish}, {@code update}, {@code withdraw} and {@code listings find}. */
final class ListingCommands {
  private ListingCommands() {}

  /** Names one listing. */
  static final class Selector {
    @Option(
        names = "--listing-id",
        paramLabel = "ID",
        description = "The channel's id of the listing.")
    String listingId;

    @Option(
        names = "--sku",
        paramLabel = "SKU",
        description =
            "The seller's SKU; alone, the listing is looked up by SKU where the channel can.")
    String sku;

    ListingRef resolve(Session s) {
      return s.listing(listingId, sku);
    }
  }

  static void printStatus(Printer p, ListingStatus s) {
    p.text(
        "listing %s (SKU %s): %s (%s)%s",
        s.ref().listingId(),
        s.ref().sku(),
        s.state(),
        s.channelStatus(),
        s.reason() == null ? "" : " reason: " + s.reason());
  }

  static Map<String, Object> statusDocument(Session s, ListingStatus status) {
    Map<String, Object> doc = Json.of("channel", s.id());
    doc.putAll(Views.listingStatus(status));
    return doc;
  }

  /** {@code publish}. */
  @Command(
      name = "publish",
      mixinStandardHelpOptions = true,
      description = {
        "Publish a listing from a JSON file (see --example); --sku, --title, --price and --stock"
            + " override the file's values. The listing is validated completely before any call."
      })
  static final class Publish implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Options.Output outputOptions;

    @Option(
        names = "--example",
        description = "Print an example listing file and exit (no channel is opened).")
    boolean example;

    @Option(names = "--channel", paramLabel = "ID", description = "The channel.")
    String channel;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings.")
    Path config;

    @Option(names = "--file", paramLabel = "FILE", description = "The listing, as JSON.")
    Path file;

    @Option(names = "--sku", paramLabel = "SKU", description = "The seller's SKU.")
    String sku;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title.")
    String title;

    @Option(names = "--price", paramLabel = "WON", description = "The price in won.")
    Long price;

    @Option(names = "--stock", paramLabel = "N", description = "The stock.")
    Integer stock;

    @Override
    public Integer call() {
      Printer p = ChannelCommand.printer(spec, outputOptions);
      if (example) {
        p.out.print(ListingFile.exampleText());
        p.out.flush();
        return Failures.OK;
      }
      if (channel == null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "Missing required option: '--channel=ID'");
      }
      Listing.Builder b;
      if (file != null) {
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the listing file " + file, e);
        }
        b = ListingFile.parse(text, file.toString());
      } else {
        b = Listing.builder();
      }
      if (sku != null) {
        b.sku(sku);
      }
      if (title != null) {
        b.title(title);
      }
      if (price != null) {
        b.price(Money.krw(price));
      }
      if (stock != null) {
        b.stock(stock);
      }
      Listing listing = b.build();
      try (Session s = Session.open(channel, config, ChannelCommand.environment(spec), p)) {
        ListingRef ref = s.channel.listings().publish(listing);
        ListingStatus status = s.channel.listings().status(ref);
        p.document(statusDocument(s, status));
        p.text("published %s", listing.sku());
        printStatus(p, status);
        return Failures.OK;
      }
    }
  }

  /** {@code update}. */
  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = {"Change a listing's title, description, price or stock; the rest is kept."})
  static final class Update extends ChannelCommand {
    @Mixin Selector selector;

    @Option(names = "--title", paramLabel = "TEXT", description = "A new title.")
    String title;

    @Option(names = "--description", paramLabel = "HTML", description = "A new description.")
    String description;

    @Option(names = "--price", paramLabel = "WON", description = "A new price in won.")
    Long price;

    @Option(
        names = "--stock",
        paramLabel = "N|unlimited",
        description = "A new stock: a number, or unlimited.")
    String stock;

    @Override
    void check() {
      if (title == null && description == null && price == null && stock == null) {
        throw new BadInput("nothing to update: give --title, --description, --price or --stock");
      }
      if (stock != null) {
        StockCommands.parseStock(stock);
      }
    }

    @Override
    int run(Session s, Printer p) {
      ListingUpdate.Builder u = ListingUpdate.builder();
      if (title != null) {
        u.title(title);
      }
      if (description != null) {
        u.description(description);
      }
      if (price != null) {
        u.price(Money.krw(price));
      }
      if (stock != null) {
        u.stock(StockCommands.parseStock(stock));
      }
      ListingRef ref = selector.resolve(s);
      ListingStatus status = s.channel.listings().update(ref, u.build(), callOptions());
      p.document(statusDocument(s, status));
      printStatus(p, status);
      return Failures.OK;
    }
  }

  /** {@code withdraw}. */
  @Command(
      name = "withdraw",
      mixinStandardHelpOptions = true,
      description = {"Take a listing off sale."})
  static final class Withdraw extends ChannelCommand {
    @Mixin Selector selector;

    @Override
    int run(Session s, Printer p) {
      ListingRef ref = selector.resolve(s);
      s.channel.listings().withdraw(ref, callOptions());
      ListingStatus status = s.channel.listings().status(ref);
      p.document(statusDocument(s, status));
      printStatus(p, status);
      return Failures.OK;
    }
  }

  /** {@code listings}. */
  @Command(
      name = "listings",
      mixinStandardHelpOptions = true,
      description = {"Look listings up."},
      subcommands = {Find.class})
  static final class Listings extends Groups {}

  /** {@code listings find}. */
  @Command(
      name = "find",
      mixinStandardHelpOptions = true,
      description = {
        "Find a listing by the seller's SKU; exits 1 when there is none (where the channel can"
            + " find listings at all)."
      })
  static final class Find extends ChannelCommand {
    @Parameters(paramLabel = "SKU", description = "The seller's SKU.")
    String sku;

    @Override
    int run(Session s, Printer p) {
      Optional<ListingRef> found = s.channel.listings().find(sku);
      if (found.isEmpty()) {
        p.document(Json.of("channel", s.id(), "sku", sku, "found", false));
        p.note("no listing with SKU '" + sku + "' on " + s.id());
        return Failures.CHANNEL_ERROR;
      }
      ListingStatus status = s.channel.listings().status(found.get());
      Map<String, Object> doc = statusDocument(s, status);
      doc.put("found", true);
      p.document(doc);
      printStatus(p, status);
      return Failures.OK;
    }
  }
}
