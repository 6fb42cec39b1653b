package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ErrorKind;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns a failed reply (status and body) into the SDK exception: JSON bodies in the channel's shape
 * through the adapter's mapper; HTML pages, empty, truncated or unreadable bodies by their status
 * alone, with a message that says what came back. Keeps the channel's code, message and trace id.
 */
final class ErrorReader {
  private static final long MAX_BODY = 64 * 1024;
  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);

  private final String channelId;
  private final Function<String, ChannelError> mapper;
  private final String traceIdHeader;
  private final Redactor redactor;

  ErrorReader(
      String channelId,
      Function<String, ChannelError> mapper,
      String traceIdHeader,
      Redactor redactor) {
    this.channelId = channelId;
    this.mapper = mapper;
    this.traceIdHeader = traceIdHeader;
    this.redactor = redactor;
  }

  /**
   * Reads and closes a failed reply.
   *
   * @param response the reply
   * @param retryAfter the wait the channel asked for, or {@code null}
   * @return the exception to throw
   */
  ChannelException read(Response response, Duration retryAfter) {
    int status = response.code();
    String text = "";
    IOException readFailure = null;
    MediaType type = null;
    try (ResponseBody body = response.body()) {
      type = body.contentType();
      Buffer buffer = new Buffer();
      try {
        BufferedSource source = body.source();
        long total = 0;
        long n;
        while (total < MAX_BODY && (n = source.read(buffer, MAX_BODY - total)) != -1) {
          total += n;
        }
      } catch (IOException e) {
        readFailure = e;
      }
      text = buffer.readUtf8();
    }
    ChannelError error = null;
    String describe;
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      describe = readFailure == null ? "an empty body" : "a body that could not be read";
    } else if (isHtml(type, trimmed)) {
      Matcher m = TITLE.matcher(trimmed);
      describe = m.find() ? "an HTML page: " + m.group(1).strip() : "an HTML page";
    } else {
      error = mapper.apply(text);
      describe =
          readFailure != null
              ? "a truncated body (" + text.length() + " chars)"
              : "an unrecognised body (" + text.length() + " chars)";
    }
    String traceId = error != null ? error.traceId() : null;
    if (traceId == null && traceIdHeader != null) {
      traceId = response.header(traceIdHeader);
    }
    String message =
        error != null && error.message() != null && !error.message().isBlank()
            ? error.message()
            : "HTTP " + status + " with " + describe;
    ErrorKind kind =
        error != null && error.kind() != null ? error.kind() : ErrorKind.forStatus(status);
    if (kind == ErrorKind.OTHER && status >= 200 && status < 400) {
      kind = ErrorKind.PROTOCOL;
    }
    return Exceptions.create(
        kind,
        channelId,
        redactor.scrub(message),
        status,
        error == null ? null : redactor.scrub(error.code()),
        traceId,
        error == null ? List.of() : error.violations(),
        retryAfter,
        readFailure);
  }

  private static boolean isHtml(MediaType type, String text) {
    if (type != null && type.subtype().toLowerCase(Locale.ROOT).contains("html")) {
      return true;
    }
    return text.startsWith("<");
  }
}
