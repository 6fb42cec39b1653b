package io.channelbridge.micrometer;

import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.PermissionDeniedException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import java.util.regex.Pattern;

/** Maps what a call did to the fixed tag values the meters use. */
final class Outcomes {
  static final String SUCCESS = "SUCCESS";

  /** What Retrofit-declared operations look like: {@code NaverApi.lastChangedStatuses}. */
  private static final Pattern OPERATION =
      Pattern.compile("[A-Za-z0-9_$]{1,64}(\\.[A-Za-z0-9_$]{1,64}){0,3}");

  private Outcomes() {}

  /** The outcome of a call: {@code SUCCESS} or the kind of failure, never the message. */
  static String outcome(ChannelException error) {
    if (error == null) {
      return SUCCESS;
    }
    // Order matters where one type extends another.
    if (error instanceof RateLimitedException) {
      return "RATE_LIMITED";
    } else if (error instanceof ChannelUnavailableException) {
      return "UNAVAILABLE";
    } else if (error instanceof AuthenticationException) {
      return "AUTHENTICATION";
    } else if (error instanceof PermissionDeniedException) {
      return "PERMISSION_DENIED";
    } else if (error instanceof NotFoundException) {
      return "NOT_FOUND";
    } else if (error instanceof ConflictException) {
      return "CONFLICT";
    } else if (error instanceof ValidationException) {
      return "VALIDATION";
    } else if (error instanceof ProtocolException) {
      return "PROTOCOL";
    } else if (error instanceof UnsupportedCapabilityException
        || error instanceof NotImplementedException) {
      return "UNSUPPORTED";
    } else if (error instanceof ChannelConfigurationException) {
      return "CONFIGURATION";
    }
    return "ERROR";
  }

  /** {@code 2xx} .. {@code 5xx}, or {@code NONE} when no reply came. */
  static String statusClass(int httpStatus) {
    if (httpStatus < 100 || httpStatus > 599) {
      return "NONE";
    }
    return (httpStatus / 100) + "xx";
  }

  /**
   * Why an attempt was retried, from the transport's reason ({@code HTTP 503}, {@code
   * SocketTimeoutException}): {@code RATE_LIMITED} (429), {@code SERVER_ERROR} (5xx, 408) or {@code
   * TRANSPORT} (no usable reply).
   */
  static String retryCause(String reason) {
    if (reason != null && reason.startsWith("HTTP ")) {
      return reason.equals("HTTP 429") ? "RATE_LIMITED" : "SERVER_ERROR";
    }
    return "TRANSPORT";
  }

  /**
   * The operation as a tag value. The transport names calls after the API method; a request built
   * without one is named by its method and path, and a path may hold ids, so that falls back to the
   * HTTP method alone.
   */
  static String operation(String operation, String method) {
    if (operation != null && OPERATION.matcher(operation).matches()) {
      return operation;
    }
    return method == null ? "UNKNOWN" : method + " (unnamed)";
  }
}
