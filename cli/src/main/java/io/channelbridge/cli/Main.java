package io.channelbridge.cli;

import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code channelbridge} command: every facet of a {@code CommerceChannel} from a shell. Run
 * {@code java -jar channelbridge.jar --help}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs one command and exits with its code: 0 done, 1 the channel failed, 2 bad input, 3 the
   * channel refused some items of a batch.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // The SDK logs through SLF4J: warnings and errors only, unless -v asks for more.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    int code = commandLine(System.getenv()).execute(args);
    System.exit(code);
  }

  /**
   * The command line, with its exception handlers, reading settings from the given environment.
   *
   * @param environment the environment variables to read {@code CHANNELBRIDGE_*} settings from
   * @return the command line, ready to {@code execute}
   */
  static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cl = new CommandLine(new Cli(environment));
    cl.setExecutionExceptionHandler(Failures::onExecutionException);
    cl.setParameterExceptionHandler(Failures::onParameterException);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
