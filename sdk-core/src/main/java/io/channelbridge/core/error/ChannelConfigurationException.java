package io.channelbridge.core.error;

/**
 * A setting is missing or malformed; thrown when a channel is opened, with a message naming the
 * key.
 */
public class ChannelConfigurationException extends ChannelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception without HTTP details.
   *
   * @param channelId the channel id
   * @param message what went wrong
   */
  public ChannelConfigurationException(String channelId, String message) {
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
  public ChannelConfigurationException(
      String channelId,
      String message,
      int httpStatus,
      String channelCode,
      String traceId,
      Throwable cause) {
    super(channelId, message, httpStatus, channelCode, traceId, cause);
  }
}
