package io.channelbridge.core.http;

/**
 * Which exception of {@code io.channelbridge.core.error} a channel error becomes. By default it
 * follows the HTTP status ({@link #forStatus(int)}); an {@link ErrorMapper} may choose another from
 * the channel's own code (a 400 that means "already shipped" is a {@link #CONFLICT}).
 */
public enum ErrorKind {
  /** {@link io.channelbridge.core.error.ValidationException}: 400, 422. */
  VALIDATION,
  /** {@link io.channelbridge.core.error.AuthenticationException}: 401. */
  AUTHENTICATION,
  /** {@link io.channelbridge.core.error.PermissionDeniedException}: 403. */
  PERMISSION_DENIED,
  /** {@link io.channelbridge.core.error.NotFoundException}: 404, 410. */
  NOT_FOUND,
  /** {@link io.channelbridge.core.error.ConflictException}: 409. */
  CONFLICT,
  /** {@link io.channelbridge.core.error.RateLimitedException}: 429. */
  RATE_LIMITED,
  /** {@link io.channelbridge.core.error.ChannelUnavailableException}: 408, 5xx. */
  UNAVAILABLE,
  /** {@link io.channelbridge.core.error.ProtocolException}: a reply the SDK cannot understand. */
  PROTOCOL,
  /** {@link io.channelbridge.core.error.ChannelException} itself: any other status. */
  OTHER;

  /**
   * The kind an HTTP status means when the channel says nothing more specific.
   *
   * @param httpStatus the status
   * @return the kind
   */
  public static ErrorKind forStatus(int httpStatus) {
    return switch (httpStatus) {
      case 400, 422 -> VALIDATION;
      case 401 -> AUTHENTICATION;
      case 403 -> PERMISSION_DENIED;
      case 404, 410 -> NOT_FOUND;
      case 409 -> CONFLICT;
      case 429 -> RATE_LIMITED;
      case 408 -> UNAVAILABLE;
      default -> httpStatus >= 500 && httpStatus <= 599 ? UNAVAILABLE : OTHER;
    };
  }
}
