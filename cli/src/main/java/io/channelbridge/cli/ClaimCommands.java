package io.channelbridge.cli;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.spi.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claims pull}, {@code claims approve} and {@code claims reject}. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {"Buyers' cancel requests, returns and exchanges."},
    subcommands = {
      ClaimCommands.Pull.class,
      ClaimCommands.Approve.class,
      ClaimCommands.Reject.class
    })
final class ClaimCommands extends Groups {

  static void printClaim(Printer p, Claim c) {
    p.text(
        "claim %s on order %s: %s %s (%s)%s",
        c.claimId(),
        c.orderId(),
        c.type(),
        c.status(),
        c.channelStatus(),
        c.reason() == null ? "" : " reason " + c.reason());
  }

  /** {@code claims pull}. */
  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = {
        "Pull claims page by page until caught up, from --since or a --checkpoint-file (keep it"
            + " apart from the orders' checkpoint); progress is shown on stderr."
      })
  static final class Pull extends ChannelCommand {
    @Mixin Feed feed;

    @Override
    void check() {
      feed.start(java.time.Instant.now());
    }

    @Override
    int run(Session s, Printer p) {
      Checkpoint checkpoint = feed.start(s.now());
      Feed.Writer<Claim> writer = new Feed.Writer<>(p, s.id(), "claims", Views::claim);
      int pages = 0;
      boolean more = true;
      try {
        while (more && feed.morePagesAllowed(pages)) {
          ClaimPage page = s.channel.claims().pull(checkpoint);
          writer.page();
          pages++;
          for (Claim c : page.claims()) {
            writer.add(c);
            printClaim(p, c);
          }
          checkpoint = page.next();
          feed.save(checkpoint);
          more = page.hasMore();
          p.progress(
              "pulling claims from "
                  + s.id()
                  + ": page "
                  + pages
                  + ", "
                  + writer.count()
                  + " claims");
        }
      } catch (RuntimeException e) {
        p.endProgress();
        writer.fail(checkpoint, e);
        throw e;
      }
      p.endProgress();
      writer.finish(checkpoint, !more);
      p.text(
          "%d claim(s)%s; checkpoint %s",
          writer.count(), more ? " (more to pull)" : "", checkpoint.encode());
      return Failures.OK;
    }
  }

  /** Names claims by id; the claim's order and type come from the claims feed unless given. */
  static final class Target {
    @Parameters(arity = "1..*", paramLabel = "CLAIM_ID", description = "The claims.")
    List<String> claimIds = new ArrayList<>();

    @Option(
        names = "--order",
        paramLabel = "ORDER_ID",
        description = "The claims' order; with --type, skips looking the claims up in the feed.")
    String orderId;

    @Option(
        names = "--type",
        paramLabel = "TYPE",
        description = "The claims' type: ${COMPLETION-CANDIDATES}.")
    ClaimType type;

    List<ClaimRef> resolve(Session s, Printer p) {
      if (orderId != null && type != null) {
        OrderRef order = OrderRef.of(s.id(), orderId);
        return claimIds.stream().map(id -> new ClaimRef(s.id(), id, type, order)).toList();
      }
      Map<String, ClaimRef> known = new HashMap<>();
      Checkpoint checkpoint = Checkpoint.initial();
      int pages = 0;
      ClaimPage page;
      do {
        page = s.channel.claims().pull(checkpoint);
        pages++;
        for (Claim c : page.claims()) {
          known.put(c.claimId(), c.ref());
        }
        checkpoint = page.next();
        p.progress("looking claims up on " + s.id() + ": page " + pages);
      } while (page.hasMore() && !known.keySet().containsAll(claimIds));
      p.endProgress();
      List<ClaimRef> refs = new ArrayList<>();
      for (String id : claimIds) {
        ClaimRef ref = known.get(id);
        if (ref == null) {
          throw new NotFoundException(
              s.id(),
              "claim '"
                  + id
                  + "' is not in the claims feed; name its order and type with --order and --type");
        }
        refs.add(ref);
      }
      return refs;
    }
  }

  /** {@code claims approve}. */
  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = {"Approve claims: the cancel, return or exchange goes ahead."})
  static final class Approve extends ChannelCommand {
    @Mixin Target target;

    @Override
    int run(Session s, Printer p) {
      BatchResult<ClaimRef> result =
          s.channel.claims().approve(target.resolve(s, p), callOptions());
      Map<String, Object> doc = Json.of("channel", s.id());
      doc.putAll(Views.batch(result, Views::claimId));
      p.document(doc);
      printBatch(p, "approved", result, Views::claimId);
      return exitCode(result, p);
    }
  }

  /** {@code claims reject}. */
  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = {"Reject claims, with a reason the buyer sees."})
  static final class Reject extends ChannelCommand {
    @Mixin Target target;

    @Option(
        names = "--reason",
        required = true,
        paramLabel = "CODE",
        description = "Why: ${COMPLETION-CANDIDATES}.")
    ClaimRejection.Code reason;

    @Option(names = "--text", paramLabel = "TEXT", description = "The reason in words.")
    String text;

    @Override
    int run(Session s, Printer p) {
      List<ClaimRef> refs = target.resolve(s, p);
      BatchResult<ClaimRef> result =
          s.channel.claims().reject(refs, ClaimRejection.of(reason, text), callOptions());
      Map<String, Object> doc = Json.of("channel", s.id());
      doc.putAll(Views.batch(result, Views::claimId));
      p.document(doc);
      printBatch(p, "rejected", result, Views::claimId);
      return exitCode(result, p);
    }
  }
}
