package io.channelbridge.cli;

import static io.channelbridge.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help} on the tool and on every subcommand. */
class HelpTest {

  static void collect(CommandLine cl, List<List<String>> paths, List<String> prefix) {
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      paths.add(path);
      collect(e.getValue(), paths, path);
    }
  }

  @Test
  void everySubcommandHasHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(Main.commandLine(Map.of()), paths, List.of());
    assertThat(paths)
        .extracting(p -> String.join(" ", p))
        .containsExactlyInAnyOrder(
            "channels",
            "publish",
            "update",
            "withdraw",
            "listings",
            "listings find",
            "stock",
            "stock set",
            "schedule-live",
            "cancel-live",
            "orders",
            "orders pull",
            "orders get",
            "ack",
            "ship",
            "claims",
            "claims pull",
            "claims approve",
            "claims reject");
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      CliRun r = run(args.toArray(String[]::new));
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).startsWith("Usage: channelbridge " + String.join(" ", path));
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void theToolsHelpListsTheSubcommandsAndExitCodes() {
    CliRun r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("orders", "claims", "schedule-live", "embedded simulator")
        .contains("Exit codes: 0 done, 1 the channel failed, 2 bad input, 3 some items");
  }

  @Test
  void channelCommandsDocumentTheirSharedFlags() {
    CliRun r = run("orders", "pull", "--help");
    assertThat(r.out())
        .contains("--channel=ID", "--config=FILE", "--json", "--since", "--checkpoint-file");
  }
}
