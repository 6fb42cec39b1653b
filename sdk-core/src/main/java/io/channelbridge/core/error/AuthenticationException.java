package io.channelbridge.core.error;

/**
 * The channel did not accept the credentials (HTTP 401 after the SDK's one refresh-and-retry, or a
 * failed token request). Not retryable: fix the settings.
 */
public class AuthenticationException extends ChannelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception without HTTP details.
   *
   * @param channelId the channel id
   * @param message what went wrong
   */
  public AuthenticationException(String channelId, String message) {
    super(channelId, message);
  }

  /**
   * Creates the exception.
   *
   * @param channelId the channel id
   * @param message what went wrong
   * @param httpStatus the HTTP status, or 0 if there was no reply
   * @param channelCode the channel's error code, or {@code null}
   * @param traceId the channel's request or trace id, or {@code null}
   * @param cause the cause, or {@code null}
   */
  public AuthenticationException(
      String channelId,
      String message,
      int httpStatus,
      String channelCode,
      String traceId,
      Throwable cause) {
    super(channelId, message, httpStatus, channelCode, traceId, cause);
  }
}
