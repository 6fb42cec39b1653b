package io.channelbridge.core.error;

import io.channelbridge.core.Operation;

/**
 * The channel can do this operation but this adapter does not implement it yet. Unlike {@link
 * UnsupportedCapabilityException}, a newer adapter version may add it.
 */
public class NotImplementedException extends ChannelException {
  private static final long serialVersionUID = 1L;

  private final Operation operation;

  /**
   * Creates the exception.
   *
   * @param channelId the channel id
   * @param operation the operation not implemented
   */
  public NotImplementedException(String channelId, Operation operation) {
    super(channelId, "the adapter does not implement " + operation + " yet");
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
