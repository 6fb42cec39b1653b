package io.channelbridge.channels.naver;

import io.channelbridge.channels.naver.dto.ConfirmResult.FailInfo;
import io.channelbridge.channels.naver.dto.GatewayError;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.ErrorMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;

/**
 * Naver's error bodies and codes to the SDK's exceptions. One body shape serves the gateway ({@code
 * GW.*}), the order API (numeric codes) and the live profile ({@code LIVE.*}); the code decides the
 * exception where the HTTP status alone would mislead.
 */
final class NaverErrors {
  /** Naver's trace id header, kept in exceptions whose body has none. */
  static final String TRACE_ID_HEADER = "gncp-gw-trace-id";

  static final String RATE_REPLENISH = "GNCP-GW-RateLimit-Replenish-Rate";
  static final String RATE_REMAINING = "GNCP-GW-RateLimit-Remaining";

  /** A claim action whose result is already the product order's state. */
  static final String CLAIM_ALREADY = "105306";

  /** The code the partner profile uses for a broadcast in the wrong state. */
  static final String LIVE_INVALID_STATE = "LIVE.INVALID_STATE";

  /** The code of an overlapping broadcast. */
  static final String LIVE_SCHEDULE_CONFLICT = "LIVE.SCHEDULE_CONFLICT";

  private NaverErrors() {}

  static ErrorMapper errorMapper() {
    return ErrorMapper.json(GatewayError.class, NaverErrors::toChannelError);
  }

  static ChannelError toChannelError(GatewayError e) {
    if (e.code() == null && e.message() == null && e.traceId() == null) {
      return null;
    }
    List<Violation> violations = new ArrayList<>();
    if (e.invalidInputs() != null) {
      for (GatewayError.InvalidInput i : e.invalidInputs()) {
        violations.add(
            new Violation(
                i.name() == null ? "request" : i.name(),
                i.type() == null ? "invalid" : i.type(),
                i.message() == null ? "invalid" : i.message()));
      }
    }
    return new ChannelError(e.code(), e.message(), e.traceId(), violations, kind(e.code()));
  }

  /**
   * The exception a code means, or {@code null} to follow the HTTP status.
   *
   * <ul>
   *   <li>{@code GW.AUTHN}: authentication (the transport has already refreshed the token once);
   *       {@code GW.AUTHZ}: permission; {@code GW.RATE_LIMIT}, {@code GW.QUOTA_LIMIT}: rate
   *       limited.
   *   <li>{@code 100001}: not found; {@code 101009} (a product order of another seller): not found
   *       for this seller; {@code 105306} (already in that claim state): conflict, which claim
   *       actions read as success; other {@code 104xxx} order codes (e.g. {@code 104121}, invoice
   *       already used): the product order's state forbids it, a conflict.
   *   <li>{@code LIVE.INVALID_STATE}, {@code LIVE.SCHEDULE_CONFLICT}: conflict.
   * </ul>
   */
  static ErrorKind kind(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "GW.AUTHN" -> ErrorKind.AUTHENTICATION;
      case "GW.AUTHZ" -> ErrorKind.PERMISSION_DENIED;
      case "GW.RATE_LIMIT", "GW.QUOTA_LIMIT" -> ErrorKind.RATE_LIMITED;
      case "100001", "101009" -> ErrorKind.NOT_FOUND;
      case "105306" -> ErrorKind.CONFLICT;
      case LIVE_INVALID_STATE, LIVE_SCHEDULE_CONFLICT -> ErrorKind.CONFLICT;
      default -> code.length() == 6 && code.startsWith("104") ? ErrorKind.CONFLICT : null;
    };
  }

  /**
   * The exception for one product order a {@code confirm} or {@code dispatch} refused.
   *
   * @param channelId the channel id
   * @param fail Naver's failure info
   * @return the exception
   */
  static ChannelException itemFailure(String channelId, FailInfo fail) {
    String message =
        "product order "
            + fail.productOrderId()
            + ": "
            + (fail.message() == null ? "failed" : fail.message());
    ErrorKind kind = kind(fail.code());
    if (kind == ErrorKind.NOT_FOUND) {
      return new NotFoundException(channelId, message, 0, fail.code(), null, null);
    }
    if (kind == ErrorKind.CONFLICT) {
      return new ConflictException(channelId, message, 0, fail.code(), null, null);
    }
    return new ValidationException(
        channelId,
        List.of(
            new Violation(
                "productOrderId", fail.code() == null ? "invalid" : fail.code(), message)),
        0,
        fail.code(),
        null);
  }

  /**
   * The wait a 429 asks for through Naver's rate-limit headers ({@code Retry-After} is not
   * guaranteed): with no permit left, one permit comes back after {@code 1 / replenish-rate}
   * seconds. Empty when {@code Retry-After} is present (the transport reads it) or the headers say
   * nothing.
   */
  static Optional<Duration> rateLimitWait(Response response) {
    if (response.code() != 429 || response.header("Retry-After") != null) {
      return Optional.empty();
    }
    String rate = response.header(RATE_REPLENISH);
    String remaining = response.header(RATE_REMAINING);
    try {
      double perSecond = rate == null ? 0 : Double.parseDouble(rate);
      if (perSecond <= 0 || (remaining != null && Double.parseDouble(remaining) >= 1)) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis((long) Math.ceil(1000 / perSecond)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
