package io.channelbridge.core.http;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.internal.Exceptions;
import java.util.List;

/**
 * What a channel said about a failed call, read from its error body by an {@link ErrorMapper}.
 * Every part is optional.
 *
 * @param code the channel's error code, e.g. {@code GW.AUTHN} or {@code INVALID_ARGUMENT}
 * @param message the channel's message
 * @param traceId the channel's request or trace id
 * @param violations field errors the channel listed (for validation failures)
 * @param kind the exception to raise, or {@code null} to follow the HTTP status
 */
public record ChannelError(
    String code, String message, String traceId, List<Violation> violations, ErrorKind kind) {

  /** Creates the error; {@code violations} may be {@code null} (none). */
  public ChannelError {
    violations = violations == null ? List.of() : List.copyOf(violations);
  }

  /**
   * An error with a code and a message.
   *
   * @param code the code, or {@code null}
   * @param message the message, or {@code null}
   * @return the error
   */
  public static ChannelError of(String code, String message) {
    return new ChannelError(code, message, null, List.of(), null);
  }

  /**
   * This error with a trace id.
   *
   * @param traceId the trace id, or {@code null}
   * @return a copy
   */
  public ChannelError withTraceId(String traceId) {
    return new ChannelError(code, message, traceId, violations, kind);
  }

  /**
   * This error with field violations.
   *
   * @param violations the violations
   * @return a copy
   */
  public ChannelError withViolations(List<Violation> violations) {
    return new ChannelError(code, message, traceId, violations, kind);
  }

  /**
   * This error raised as another kind than its HTTP status says.
   *
   * @param kind the kind, or {@code null} to follow the status
   * @return a copy
   */
  public ChannelError withKind(ErrorKind kind) {
    return new ChannelError(code, message, traceId, violations, kind);
  }

  /**
   * The SDK exception for this error, for adapters that find an error inside a successful reply
   * (Coupang answers HTTP 200 with {@code "code": "ERROR"}).
   *
   * @param channelId the channel id
   * @param httpStatus the HTTP status of the reply
   * @return the exception, of {@link #kind()} or else the kind the status means
   */
  public ChannelException toException(String channelId, int httpStatus) {
    ErrorKind k = kind != null ? kind : ErrorKind.forStatus(httpStatus);
    String m = message != null && !message.isBlank() ? message : "HTTP " + httpStatus;
    return Exceptions.create(k, channelId, m, httpStatus, code, traceId, violations, null, null);
  }
}
