package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stock set}. */
@Command(
    name = "stock",
    mixinStandardHelpOptions = true,
    description = {"Stock and price per listing or option."},
    subcommands = {StockCommands.Set.class})
final class StockCommands extends Groups {

  static Stock parseStock(String text) {
    if (text.toLowerCase(Locale.ROOT).equals("unlimited")) {
      return Stock.unlimited();
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= 0) {
        return Stock.of(n);
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new BadInput(
        "stock must be a number of items (0 or more) or 'unlimited', not '" + text + "'");
  }

  /** {@code stock set}. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Set the stock (and optionally the price) of a listing, or of one of its options."
      })
  static final class Set extends ChannelCommand {
    @Mixin ListingCommands.Selector selector;

    @Option(
        names = "--option",
        paramLabel = "OPTION_SKU",
        description = "The option's SKU; without it the listing's own stock.")
    String option;

    @Option(
        names = "--stock",
        required = true,
        paramLabel = "N|unlimited",
        description = "The new stock: a number, or unlimited.")
    String stock;

    @Option(names = "--price", paramLabel = "WON", description = "A new price in won.")
    Long price;

    @Override
    void check() {
      parseStock(stock);
    }

    @Override
    int run(Session s, Printer p) {
      Stock newStock = parseStock(stock);
      ListingRef ref = selector.resolve(s);
      StockChange change =
          (option == null ? StockChange.of(ref) : StockChange.ofOption(ref, option))
              .withStock(newStock);
      if (price != null) {
        change = change.withPrice(Money.krw(price));
      }
      BatchResult<StockChange> result = s.channel.inventory().set(List.of(change), callOptions());
      Map<String, Object> doc = Json.of("channel", s.id(), "listing", Views.listingRef(ref));
      doc.putAll(Views.batch(result, Views::stockChangeId));
      p.document(doc);
      printBatch(p, "set stock " + stock + " on", result, Views::stockChangeId);
      return exitCode(result, p);
    }
  }
}
