package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.spi.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orders pull}, {@code orders get}, {@code ack} and {@code ship}. */
@Command(
    name = "orders",
    mixinStandardHelpOptions = true,
    description = {"Pull and read orders."},
    subcommands = {OrderCommands.Pull.class, OrderCommands.Get.class})
final class OrderCommands extends Groups {

  static void printOrder(Printer p, Order o) {
    p.text(
        "order %s@%s: %s (%s), %s, %d line(s), total %s",
        o.orderId(),
        o.version(),
        o.status(),
        o.channelStatus(),
        o.fulfilment(),
        o.lines().size(),
        o.amounts() == null ? "?" : o.amounts().total());
  }

  /** {@code orders pull}. */
  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = {
        "Pull whole orders page by page until caught up, from --since or a --checkpoint-file;"
            + " progress is shown on stderr. Buyer contact and address are left out (see"
            + " 'orders get')."
      })
  static final class Pull extends ChannelCommand {
    @Mixin Feed feed;

    @Override
    void check() {
      feed.start(Instant.now());
    }

    @Override
    int run(Session s, Printer p) {
      Checkpoint checkpoint = feed.start(s.now());
      Feed.Writer<Order> writer =
          new Feed.Writer<>(p, s.id(), "orders", o -> Views.order(o, false));
      int pages = 0;
      boolean more = true;
      try {
        while (more && feed.morePagesAllowed(pages)) {
          OrderPage page = s.channel.orders().pull(checkpoint);
          writer.page();
          pages++;
          for (Order o : page.orders()) {
            writer.add(o);
            printOrder(p, o);
          }
          checkpoint = page.next();
          feed.save(checkpoint); // only after the page was written out
          more = page.hasMore();
          p.progress(
              "pulling orders from "
                  + s.id()
                  + ": page "
                  + pages
                  + ", "
                  + writer.count()
                  + " orders");
        }
      } catch (RuntimeException e) {
        p.endProgress();
        writer.fail(checkpoint, e);
        throw e;
      }
      p.endProgress();
      writer.finish(checkpoint, !more);
      p.text(
          "%d order(s)%s; checkpoint %s",
          writer.count(), more ? " (more to pull)" : "", checkpoint.encode());
      return Failures.OK;
    }
  }

  /** {@code orders get}. */
  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = {"Read one order whole, with the buyer's contact and address."})
  static final class Get extends ChannelCommand {
    @Parameters(paramLabel = "ORDER_ID", description = "The channel's order id.")
    String orderId;

    @Override
    int run(Session s, Printer p) {
      Order o = s.channel.orders().get(OrderRef.of(s.id(), orderId));
      Map<String, Object> doc = Json.of("channel", s.id());
      doc.putAll(Views.order(o, true));
      p.document(doc);
      printOrder(p, o);
      o.lines()
          .forEach(
              l ->
                  p.text(
                      "  line %s: %s x%d (%s) %s",
                      l.lineId(), l.sku(), l.quantity(), l.title(), l.status()));
      if (o.shippingAddress() != null) {
        var a = o.shippingAddress();
        p.text(
            "  ship to: %s",
            String.join(
                ", ",
                java.util.stream.Stream.of(a.recipient(), a.line1(), a.line2(), a.zipCode())
                    .filter(x -> x != null && !x.isBlank())
                    .toList()));
      }
      return Failures.OK;
    }
  }

  /** {@code ack}. */
  @Command(
      name = "ack",
      mixinStandardHelpOptions = true,
      description = {"Acknowledge (accept) orders: the seller has seen them and will fulfil them."})
  static final class Ack extends ChannelCommand {
    @Parameters(arity = "1..*", paramLabel = "ORDER_ID", description = "The orders.")
    List<String> orderIds = new ArrayList<>();

    @Override
    int run(Session s, Printer p) {
      List<OrderRef> refs = orderIds.stream().map(id -> OrderRef.of(s.id(), id)).toList();
      BatchResult<OrderRef> result = s.channel.orders().acknowledge(refs, callOptions());
      Map<String, Object> doc = Json.of("channel", s.id());
      doc.putAll(Views.batch(result, Views::orderId));
      p.document(doc);
      printBatch(p, "acknowledged", result, Views::orderId);
      return exitCode(result, p);
    }
  }

  /** {@code ship}. */
  @Command(
      name = "ship",
      mixinStandardHelpOptions = true,
      description = {
        "Ship an order: a parcel with --carrier and --tracking, or --handover for an order the"
            + " rider or the buyer collects."
      })
  static final class Ship extends ChannelCommand {
    @Parameters(paramLabel = "ORDER_ID", description = "The order.")
    String orderId;

    @Option(
        names = "--line",
        paramLabel = "LINE_ID",
        description = "Ship only these lines (repeatable); default the whole order.")
    List<String> lines = new ArrayList<>();

    @Option(names = "--carrier", paramLabel = "CODE", description = "The carrier, e.g. CJ.")
    String carrier;

    @Option(names = "--tracking", paramLabel = "NUMBER", description = "The tracking number.")
    String tracking;

    @Option(names = "--handover", description = "Handed over, no parcel.")
    boolean handover;

    @Option(
        names = "--at",
        paramLabel = "TIME",
        description = "When it was shipped (default: now).")
    String at;

    @Override
    void check() {
      if (handover == (carrier != null || tracking != null)) {
        throw new BadInput("give either --carrier and --tracking, or --handover");
      }
      if (!handover && (carrier == null || tracking == null)) {
        throw new BadInput("a parcel needs both --carrier and --tracking");
      }
      if (at != null) {
        LiveCommands.parseTime(at, "--at");
      }
    }

    @Override
    int run(Session s, Printer p) {
      Instant when = at == null ? s.now() : LiveCommands.parseTime(at, "--at");
      OrderRef ref =
          lines.isEmpty() ? OrderRef.of(s.id(), orderId) : OrderRef.lines(s.id(), orderId, lines);
      Shipment shipment =
          handover ? Shipment.handover(ref, when) : Shipment.parcel(ref, carrier, tracking, when);
      BatchResult<Shipment> result = s.channel.orders().ship(List.of(shipment), callOptions());
      Map<String, Object> doc = Json.of("channel", s.id());
      doc.putAll(Views.batch(result, Views::shipmentId));
      p.document(doc);
      printBatch(p, handover ? "handed over" : "shipped", result, Views::shipmentId);
      return exitCode(result, p);
    }
  }
}
