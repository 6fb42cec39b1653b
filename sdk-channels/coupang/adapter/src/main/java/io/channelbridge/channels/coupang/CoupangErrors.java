package io.channelbridge.channels.coupang;

import io.channelbridge.channels.coupang.dto.ErrorBody;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.ErrorMapper;
import java.util.List;
import java.util.Set;

/**
 * Coupang's error bodies and reply codes to the SDK's exceptions. Error replies carry {@code
 * {"code": "ERROR", "message", "transactionId"}} and follow their HTTP status (400 validation, 401
 * authentication — a stale signature's {@code Specified signature is expired.} included —, 403
 * permission, 404 not found, 429 rate limited, 5xx unavailable); the gateway's 403 HTML "Access
 * Denied" page has no JSON and is a {@link io.channelbridge.core.error.PermissionDeniedException}
 * by its status. A <b>200</b> whose {@code code} is {@code ERROR} (or {@code FAIL}) is a failure
 * too: {@link #failure} makes it the exception the call site names.
 */
final class CoupangErrors {
  /** Codes of a successful reply. */
  private static final Set<String> OK = Set.of("200", "SUCCESS", "OK");

  private CoupangErrors() {}

  static ErrorMapper errorMapper() {
    return ErrorMapper.json(ErrorBody.class, CoupangErrors::toChannelError);
  }

  static ChannelError toChannelError(ErrorBody body) {
    if (body == null || (body.code() == null && body.message() == null)) {
      return null;
    }
    return new ChannelError(
        code(body.code()), body.message(), body.transactionId(), List.of(), null);
  }

  /** A reply code as text: {@code 200} (a JSON number) and {@code "200"} alike. */
  static String code(Object code) {
    if (code == null) {
      return null;
    }
    if (code instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    return code.toString();
  }

  /** Whether a 2xx reply's code says it failed. */
  static boolean failed(Object code) {
    String c = code(code);
    return c != null && !OK.contains(c) && (c.equals("ERROR") || c.equals("FAIL"));
  }

  /**
   * The exception of a failed 2xx reply.
   *
   * @param code the reply's code
   * @param message the reply's message
   * @param what what the call did, for the message
   * @param kind what the failure means at this call (a state conflict for actions)
   */
  static ChannelException failure(Object code, String message, String what, ErrorKind kind) {
    return ChannelError.of(code(code), what + ": " + (message == null ? "failed" : message))
        .withKind(kind)
        .toException(CoupangChannel.ID, 200);
  }

  /** Throws {@link #failure} if a 2xx reply's code says it failed. */
  static void requireOk(Object code, String message, String what, ErrorKind kind) {
    if (failed(code)) {
      throw failure(code, message, what, kind);
    }
  }
}
