package io.channelbridge.cli;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command run against one open channel. */
abstract class ChannelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options.Channel channelOptions;

  @Mixin Options.Output outputOptions;

  @Option(
      names = "--call-option",
      paramLabel = "KEY=VALUE",
      description =
          "An attribute of the call that the channel's adapter reads (repeatable), e.g."
              + " delivery-app.cook-minutes=35; see the channel's README.")
  Map<String, String> callAttributes = new LinkedHashMap<>();

  /** The call's options: the {@code --call-option} attributes. */
  CallOptions callOptions() {
    CallOptions.Builder b = CallOptions.builder();
    callAttributes.forEach(b::attribute);
    return b.build();
  }

  @Override
  public final Integer call() {
    Printer printer = printer(spec, outputOptions);
    check();
    try (Session session =
        Session.open(channelOptions.id, channelOptions.config, environment(spec), printer)) {
      return run(session, printer);
    } finally {
      printer.endProgress();
    }
  }

  /**
   * Refuses bad input before the channel is opened (and an embedded simulator started).
   *
   * @throws Failures.BadInput naming what is wrong
   */
  void check() {}

  /**
   * Runs the command.
   *
   * @return the exit code
   */
  abstract int run(Session session, Printer printer);

  static Printer printer(CommandSpec spec, Options.Output options) {
    if (options.verbose) {
      // Read by slf4j-simple when the first logger is made, which is after this in a CLI run.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    return new Printer(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        options.json,
        System.console() != null);
  }

  static Map<String, String> environment(CommandSpec spec) {
    return ((Cli) spec.root().userObject()).environment;
  }

  /** Exit code of a batch: {@link Failures#PARTIAL} if the channel refused any item. */
  static int exitCode(BatchResult<?> result, Printer printer) {
    if (result.allSucceeded()) {
      return Failures.OK;
    }
    printer.note(result.failed().size() + " of " + result.items().size() + " item(s) failed");
    return Failures.PARTIAL;
  }

  /** Prints a batch's per-item results as text. */
  static <T> void printBatch(
      Printer p, String verb, BatchResult<T> result, java.util.function.Function<T, String> id) {
    for (BatchResult.Item<T> item : result.items()) {
      if (item.succeeded()) {
        p.text("%s %s", verb, id.apply(item.item()));
      } else {
        p.text(
            "FAILED %s: %s",
            id.apply(item.item()),
            Failures.kind(item.error()) + ": " + Failures.oneLine(item.error().getMessage()));
      }
    }
  }
}
