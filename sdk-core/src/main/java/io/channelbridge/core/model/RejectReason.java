package io.channelbridge.core.model;

import java.util.Objects;

/**
 * Why a seller rejects an order, for {@code CommerceChannel.reject}: a normalized code every
 * channel understands, plus optional free text for channels that take one.
 *
 * @param code the normalized reason
 * @param text free text for the buyer or the channel, or {@code null}
 */
public record RejectReason(Code code, String text) {

  /** The normalized reasons. */
  public enum Code {
    /** An item of the order is sold out. */
    SOLD_OUT,
    /** The store is closed. */
    CLOSED,
    /** The store cannot prepare the order in time. */
    TOO_BUSY,
    /** Any other reason; say which in {@link RejectReason#text()}. */
    OTHER
  }

  /** Creates a reason; the code is required, blank text becomes {@code null}. */
  public RejectReason {
    Objects.requireNonNull(code, "code");
    text = text == null || text.isBlank() ? null : text;
  }

  /**
   * A reason without free text.
   *
   * @param code the code
   * @return the reason
   */
  public static RejectReason of(Code code) {
    return new RejectReason(code, null);
  }

  /**
   * A reason with free text.
   *
   * @param code the code
   * @param text the text
   * @return the reason
   */
  public static RejectReason of(Code code, String text) {
    return new RejectReason(code, text);
  }
}
