package io.channelbridge.cli;

import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit code; never a stack trace. */
final class Failures {
  /** Done. */
  static final int OK = 0;

  /** The channel (or the network, or the simulator) failed the call. */
  static final int CHANNEL_ERROR = 1;

  /** Bad input: a malformed flag, an unknown channel, a missing setting, an invalid listing. */
  static final int BAD_INPUT = 2;

  /** The channel refused some items of a batch; the per-item results were printed. */
  static final int PARTIAL = 3;

  private Failures() {}

  /** Input the CLI itself refuses, with the message to show. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message, null, false, false);
    }
  }

  static int onParameterException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr()
        .println(
            "channelbridge: "
                + e.getMessage()
                + " (see '"
                + cl.getCommandSpec().qualifiedName()
                + " --help')");
    cl.getErr().flush();
    return BAD_INPUT;
  }

  static int onExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    cl.getErr().println("channelbridge: " + describe(e));
    cl.getErr().flush();
    return exitCode(e);
  }

  static int exitCode(Throwable e) {
    if (e instanceof BadInput
        || e instanceof ValidationException
        || e instanceof ChannelConfigurationException
        || e instanceof IllegalArgumentException
        || e instanceof UncheckedIOException) {
      return BAD_INPUT;
    }
    return CHANNEL_ERROR;
  }

  /** One line: what failed and why, with the channel's details where it gave them. */
  static String describe(Throwable e) {
    if (e instanceof BadInput) {
      return e.getMessage();
    }
    if (e instanceof ChannelException ce) {
      String kind = kind(ce);
      return kind + ": " + oneLine(ce.getMessage()) + (ce.retryable() ? " (retryable)" : "");
    }
    if (e instanceof UncheckedIOException io) {
      return oneLine(io.getMessage()) + ": " + reason(io.getCause());
    }
    if (e instanceof IllegalArgumentException) {
      return "invalid input: " + oneLine(e.getMessage());
    }
    return "unexpected error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage());
  }

  /** Why a file could not be read or written, in words. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
  }

  /** e.g. {@code NotFoundException} → {@code not found}. */
  static String kind(ChannelException e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    if (name.isEmpty() || name.equals("Channel")) {
      return "channel error";
    }
    StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c) && sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", "; ").strip();
  }
}
