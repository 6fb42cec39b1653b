package io.channelbridge.core.error;

/**
 * The root of every exception the SDK throws from a channel call. It is unchecked, and nothing else
 * escapes the public API: no checked exception, no raw {@code IOException}.
 *
 * <p>It names the channel, and keeps what the channel said: the HTTP status, the channel's own
 * error code and its request or trace id, so a support ticket can quote them. {@link #retryable()}
 * says whether the same call may succeed if made again later.
 *
 * <p>Messages never contain secrets, tokens or signatures.
 */
public class ChannelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String channelId;
  private final int httpStatus;
  private final String channelCode;
  private final String traceId;

  /**
   * Creates an exception without HTTP details.
   *
   * @param channelId the channel id
   * @param message what went wrong
   */
  public ChannelException(String channelId, String message) {
    this(channelId, message, 0, null, null, null);
  }

  /**
   * Creates an exception.
   *
   * @param channelId the channel id
   * @param message what went wrong
   * @param httpStatus the HTTP status, or 0 if there was no reply
   * @param channelCode the channel's error code, or {@code null}
   * @param traceId the channel's request or trace id, or {@code null}
   * @param cause the cause, or {@code null}
   */
  public ChannelException(
      String channelId,
      String message,
      int httpStatus,
      String channelCode,
      String traceId,
      Throwable cause) {
    super(format(channelId, message, httpStatus, channelCode, traceId), cause);
    this.channelId = channelId;
    this.httpStatus = httpStatus;
    this.channelCode = channelCode;
    this.traceId = traceId;
  }

  private static String format(
      String channelId, String message, int httpStatus, String channelCode, String traceId) {
    StringBuilder sb = new StringBuilder().append('[').append(channelId).append("] ");
    sb.append(message);
    if (httpStatus > 0 || channelCode != null || traceId != null) {
      sb.append(" (");
      String sep = "";
      if (httpStatus > 0) {
        sb.append("HTTP ").append(httpStatus);
        sep = ", ";
      }
      if (channelCode != null) {
        sb.append(sep).append("code ").append(channelCode);
        sep = ", ";
      }
      if (traceId != null) {
        sb.append(sep).append("trace ").append(traceId);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * The id of the channel that failed.
   *
   * @return the channel id, e.g. {@code naver}
   */
  public String channelId() {
    return channelId;
  }

  /**
   * The HTTP status of the channel's reply.
   *
   * @return the status, or 0 if there was no reply
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The channel's own error code.
   *
   * @return the code, e.g. {@code GW.AUTHN}, or {@code null}
   */
  public String channelCode() {
    return channelCode;
  }

  /**
   * The channel's request or trace id.
   *
   * @return the id, or {@code null}
   */
  public String traceId() {
    return traceId;
  }

  /**
   * Whether making the same call again later may succeed. The SDK's transport already retried where
   * it was safe; this tells the caller whether its own retry (e.g. the next sync round) is
   * worthwhile.
   *
   * @return {@code false} here; subtypes for transient failures return {@code true}
   */
  public boolean retryable() {
    return false;
  }
}
