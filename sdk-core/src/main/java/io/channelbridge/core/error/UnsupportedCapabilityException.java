package io.channelbridge.core.error;

import io.channelbridge.core.Operation;

/**
 * The channel itself cannot do this operation (its {@code capabilities()} say so). Ask {@code
 * capabilities().supports(op)} before calling to avoid it. Compare {@link NotImplementedException}:
 * the channel can, but this adapter does not yet.
 */
public class UnsupportedCapabilityException extends ChannelException {
  private static final long serialVersionUID = 1L;

  private final Operation operation;

  /**
   * Creates the exception.
   *
   * @param channelId the channel id
   * @param operation the operation the channel lacks
   */
  public UnsupportedCapabilityException(String channelId, Operation operation) {
    super(channelId, "the channel does not support " + operation);
    this.operation = operation;
  }

  /**
   * Creates the exception with a message that says why, for an operation the channel supports only
   * for some inputs (Naver refuses returns but has no way to refuse a cancel request).
   *
   * @param channelId the channel id
   * @param operation the operation the channel lacks for this input
   * @param message why, without secrets
   */
  public UnsupportedCapabilityException(String channelId, Operation operation, String message) {
    super(channelId, message);
    this.operation = operation;
  }

  /**
   * The operation that was called.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }
}
