package io.channelbridge.channels.ottshopping;

import io.channelbridge.core.error.ConflictException;

/**
 * A show could not be booked or moved because another show holds its broadcast slot at that time
 * (the protocol's 409 {@code SLOT_TAKEN}). Pick another slot or time: retrying the same request
 * fails the same way.
 */
public final class SlotTakenException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final String slotId;

  SlotTakenException(String slotId, ConflictException cause) {
    super(
        cause.channelId(),
        "broadcast slot " + slotId + " is taken at that time by another show",
        cause.httpStatus(),
        cause.channelCode(),
        cause.traceId(),
        cause);
    this.slotId = slotId;
  }

  /**
   * The slot that was asked for.
   *
   * @return the slot id
   */
  public String slotId() {
    return slotId;
  }
}
