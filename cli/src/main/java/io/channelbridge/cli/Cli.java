package io.channelbridge.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: only subcommands do something. */
@Command(
    name = "channelbridge",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Publish listings, schedule lives, pull and handle orders and claims on Korean commerce"
          + " channels, one interface for all.",
      "With no base URL and no credentials for a channel, runs against that channel's embedded"
          + " simulator, seeded afresh on every run (state is not kept between runs)."
    },
    subcommands = {
      ChannelsCommand.class,
      ListingCommands.Publish.class,
      ListingCommands.Update.class,
      ListingCommands.Withdraw.class,
      ListingCommands.Listings.class,
      StockCommands.class,
      LiveCommands.Schedule.class,
      LiveCommands.Cancel.class,
      OrderCommands.class,
      OrderCommands.Ack.class,
      OrderCommands.Ship.class,
      ClaimCommands.class,
    },
    footer = {
      "",
      "Settings: --config FILE (properties) and CHANNELBRIDGE_* environment variables, with the"
          + " keys the SDK reads (e.g. delivery-app.base-url, CHANNELBRIDGE_DELIVERY_APP_CLIENT_SECRET).",
      "Exit codes: 0 done, 1 the channel failed, 2 bad input, 3 some items of a batch failed."
    })
final class Cli implements Runnable {
  final Map<String, String> environment;

  @Spec CommandSpec spec;

  Cli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** The version from the jar's manifest. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"channelbridge " + (v == null ? "(development build)" : v)};
    }
  }
}
