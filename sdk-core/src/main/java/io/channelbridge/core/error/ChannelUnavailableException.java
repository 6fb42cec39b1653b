package io.channelbridge.core.error;

/**
 * The channel could not be reached or failed on its side: HTTP 5xx, a timeout, a reset connection.
 * Retryable; the cause holds the transport error.
 */
public class ChannelUnavailableException extends ChannelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception without HTTP details.
   *
   * @param channelId the channel id
   * @param message what went wrong
   */
  public ChannelUnavailableException(String channelId, String message) {
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
  public ChannelUnavailableException(
      String channelId,
      String message,
      int httpStatus,
      String channelCode,
      String traceId,
      Throwable cause) {
    super(channelId, message, httpStatus, channelCode, traceId, cause);
  }

  /** {@inheritDoc} */
  @Override
  public boolean retryable() {
    return true;
  }
}
