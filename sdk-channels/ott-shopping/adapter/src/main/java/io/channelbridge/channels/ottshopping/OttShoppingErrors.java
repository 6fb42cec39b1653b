package io.channelbridge.channels.ottshopping;

import io.channelbridge.channels.ottshopping.dto.ErrorBody;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.ErrorMapper;
import java.util.List;

/** The protocol's error bodies and codes (spec "Conventions") to the SDK's exceptions. */
final class OttShoppingErrors {
  private OttShoppingErrors() {}

  static ErrorMapper errorMapper() {
    return ErrorMapper.json(ErrorBody.class, OttShoppingErrors::toChannelError);
  }

  static ChannelError toChannelError(ErrorBody body) {
    if (body.code() == null && body.message() == null) {
      return null;
    }
    List<Violation> violations =
        "BAD_REQUEST".equals(body.code()) ? List.of(violation(body.message())) : List.of();
    return new ChannelError(
        body.code(), body.message(), body.traceId(), violations, kind(body.code()));
  }

  /** A 400's message, {@code field: reason} by the profile's choice, as a violation. */
  static Violation violation(String message) {
    String text = message == null ? "invalid" : message;
    int colon = text.indexOf(": ");
    if (colon > 0 && text.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]]+")) {
      return new Violation(text.substring(0, colon), "invalid", text.substring(colon + 2));
    }
    return new Violation("request", "invalid", text);
  }

  /** The exception a code means; {@code null} (an unknown code) follows the HTTP status. */
  static ErrorKind kind(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "BAD_REQUEST" -> ErrorKind.VALIDATION;
      case "UNAUTHORIZED" -> ErrorKind.AUTHENTICATION;
      case "FORBIDDEN" -> ErrorKind.PERMISSION_DENIED;
      case "NOT_FOUND" -> ErrorKind.NOT_FOUND;
      case "SLOT_TAKEN", "PRECONDITION_FAILED", "INVALID_STATE" -> ErrorKind.CONFLICT;
      case "TOO_MANY_REQUESTS" -> ErrorKind.RATE_LIMITED;
      case "SERVER_ERROR" -> ErrorKind.UNAVAILABLE;
      default -> null;
    };
  }
}
