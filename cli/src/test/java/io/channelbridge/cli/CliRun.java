package io.channelbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.spi.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of the command line, with its exit code, stdout and stderr captured. */
record CliRun(int code, String out, String err) {

  static CliRun run(String... args) {
    return runWith(Map.of(), args);
  }

  static CliRun runWith(Map<String, String> environment, String... args) {
    CommandLine cl = Main.commandLine(environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Stdout as the one JSON object it must be. */
  Map<String, Object> json() {
    assertThat(out.strip()).as("stdout: one JSON document").startsWith("{").endsWith("}");
    assertThat(out.strip().lines()).as("one line").hasSize(1);
    return Json.parseObject(out);
  }

  /** Asserts the run succeeded; returns this. */
  CliRun ok() {
    assertThat(code).as("exit code; stderr: %s", err).isZero();
    return this;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Map<String, Object> m, String key) {
    List<Object> l = Json.list(m, key);
    assertThat(l).as(key).isNotNull();
    return (List<Map<String, Object>>) (List<?>) l;
  }
}
