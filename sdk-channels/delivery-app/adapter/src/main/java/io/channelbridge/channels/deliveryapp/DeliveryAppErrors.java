package io.channelbridge.channels.deliveryapp;

import io.channelbridge.channels.deliveryapp.dto.ErrorBody;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.ErrorMapper;
import java.util.ArrayList;
import java.util.List;

/** The protocol's error bodies and codes to the SDK's exceptions. */
final class DeliveryAppErrors {
  private DeliveryAppErrors() {}

  static ErrorMapper errorMapper() {
    return ErrorMapper.json(ErrorBody.class, DeliveryAppErrors::toChannelError);
  }

  static ChannelError toChannelError(ErrorBody body) {
    ErrorBody.Error e = body.error();
    if (e == null) {
      return null;
    }
    List<Violation> violations = new ArrayList<>();
    if (e.details() != null) {
      for (ErrorBody.Detail d : e.details()) {
        violations.add(
            new Violation(
                d.field() == null ? "request" : d.field(),
                "invalid",
                d.reason() == null ? "invalid" : d.reason()));
      }
    }
    return new ChannelError(e.code(), e.message(), body.requestId(), violations, kind(e.code()));
  }

  /** The exception a code means; {@code null} (an unknown code) follows the HTTP status. */
  static ErrorKind kind(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "INVALID_ARGUMENT" -> ErrorKind.VALIDATION;
      case "UNAUTHENTICATED" -> ErrorKind.AUTHENTICATION;
      case "PERMISSION_DENIED" -> ErrorKind.PERMISSION_DENIED;
      case "NOT_FOUND" -> ErrorKind.NOT_FOUND;
      case "INVALID_STATE", "IDEMPOTENCY_KEY_REUSED" -> ErrorKind.CONFLICT;
      case "RATE_LIMITED" -> ErrorKind.RATE_LIMITED;
      case "INTERNAL", "UNAVAILABLE" -> ErrorKind.UNAVAILABLE;
      default -> null;
    };
  }
}
