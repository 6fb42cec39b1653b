package io.channelbridge.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

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
    cl.registerConverter(Duration.class, Main::duration);
    return cl;
  }

  private static final Pattern SHORT_DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?");

  /** A duration: ISO-8601 ({@code PT1H30M}) or short ({@code 90m}, {@code 1h}, {@code 1h30m}). */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      try {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + text + "' is not a duration such as PT1H or 90m");
      }
    }
    Matcher m = SHORT_DURATION.matcher(t);
    if (t.isEmpty() || !m.matches()) {
      throw new TypeConversionException("'" + text + "' is not a duration such as PT1H or 90m");
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    return Duration.ofHours(hours).plusMinutes(minutes);
  }
}
