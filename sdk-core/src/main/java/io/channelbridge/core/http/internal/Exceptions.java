package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.PermissionDeniedException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ErrorKind;
import java.time.Duration;
import java.util.List;

/** Builds the SDK exception for an {@link ErrorKind}. */
public final class Exceptions {
  private Exceptions() {}

  /**
   * The exception of a kind.
   *
   * @param kind the kind
   * @param channelId the channel id
   * @param message the message (already free of secrets)
   * @param httpStatus the status, or 0
   * @param code the channel's code, or {@code null}
   * @param traceId the trace id, or {@code null}
   * @param violations field violations (validation only)
   * @param retryAfter the wait the channel asked for (rate limits only), or {@code null}
   * @param cause the cause, or {@code null}
   * @return the exception
   */
  public static ChannelException create(
      ErrorKind kind,
      String channelId,
      String message,
      int httpStatus,
      String code,
      String traceId,
      List<Violation> violations,
      Duration retryAfter,
      Throwable cause) {
    ChannelException e =
        switch (kind) {
          case VALIDATION -> {
            List<Violation> v =
                violations.isEmpty()
                    ? List.of(new Violation("request", code == null ? "invalid" : code, message))
                    : violations;
            yield new ValidationException(channelId, v, httpStatus, code, traceId);
          }
          case AUTHENTICATION ->
              new AuthenticationException(channelId, message, httpStatus, code, traceId, cause);
          case PERMISSION_DENIED ->
              new PermissionDeniedException(channelId, message, httpStatus, code, traceId, cause);
          case NOT_FOUND ->
              new NotFoundException(channelId, message, httpStatus, code, traceId, cause);
          case CONFLICT ->
              new ConflictException(channelId, message, httpStatus, code, traceId, cause);
          case RATE_LIMITED ->
              new RateLimitedException(channelId, message, retryAfter, httpStatus, code, traceId);
          case UNAVAILABLE ->
              new ChannelUnavailableException(channelId, message, httpStatus, code, traceId, cause);
          case PROTOCOL ->
              new ProtocolException(channelId, message, httpStatus, code, traceId, cause);
          case OTHER -> new ChannelException(channelId, message, httpStatus, code, traceId, cause);
        };
    if (cause != null && e.getCause() == null) {
      e.addSuppressed(cause);
    }
    return e;
  }
}
