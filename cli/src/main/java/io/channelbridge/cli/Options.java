package io.channelbridge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands. */
final class Options {
  private Options() {}

  /** How the result is shown. */
  static final class Output {
    @Option(names = "--json", description = "Print one JSON document on stdout instead of text.")
    boolean json;

    @Option(
        names = {"-v", "--verbose"},
        description = "Show the SDK's debug log lines on stderr.")
    boolean verbose;
  }

  /** Which channel, with which settings. */
  static final class Channel {
    @Option(
        names = "--channel",
        required = true,
        paramLabel = "ID",
        description =
            "The channel: naver, delivery-app, ott-shopping, fake, or any channel whose adapter"
                + " is on the class path.")
    String id;

    @Option(
        names = "--config",
        paramLabel = "FILE",
        description =
            "A properties file with the channel's settings (e.g. delivery-app.base-url);"
                + " CHANNELBRIDGE_* environment variables override it.")
    Path config;
  }
}
