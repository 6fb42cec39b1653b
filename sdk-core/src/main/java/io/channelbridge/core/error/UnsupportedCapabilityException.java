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
   * The operation that was called.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }
}
