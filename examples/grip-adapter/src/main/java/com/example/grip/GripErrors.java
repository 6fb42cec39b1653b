package com.example.grip;

import com.example.grip.dto.ErrorBody;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.ErrorMapper;

/**
 * Grip answers every failure with HTTP 500 and {@code {message}}, no code (spec "Host, auth"). The
 * kind is read from the message's words; a message it does not know follows the status (500:
 * retryable {@link io.channelbridge.core.error.ChannelUnavailableException}).
 */
final class GripErrors {
  private GripErrors() {}

  static ErrorMapper errorMapper() {
    return ErrorMapper.json(
        ErrorBody.class, e -> ChannelError.of(null, e.message()).withKind(kind(e.message())));
  }

  static ErrorKind kind(String message) {
    String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("not found") || m.contains("존재하지 않")) {
      return ErrorKind.NOT_FOUND;
    }
    if (m.contains("state") || m.contains("상태")) {
      return ErrorKind.CONFLICT;
    }
    if (m.contains("invalid") || m.contains("required") || m.contains("필수")) {
      return ErrorKind.VALIDATION;
    }
    if (m.contains("fingerprint") || m.contains("access key") || m.contains("인증")) {
      return ErrorKind.AUTHENTICATION;
    }
    return null;
  }
}
