package io.channelbridge.core.model;

import java.util.Objects;

/**
 * Why a seller refuses a claim, for {@code claims().reject}: a normalized code plus free text.
 * Channels that take only free text receive the text (or the code's name if there is none);
 * channels that take only a code drop the text.
 *
 * @param code the normalized reason
 * @param text free text for the buyer or the channel, or {@code null}
 */
public record ClaimRejection(Code code, String text) {

  /** The normalized reasons. */
  public enum Code {
    /** The order was already prepared (cooked, packed) when the claim came. */
    ALREADY_PREPARED,
    /** The order was already handed over or shipped. */
    ALREADY_SHIPPED,
    /** The seller is not at fault (e.g. the buyer changed their mind after the deadline). */
    NOT_AT_FAULT,
    /** The claim lacks evidence (photos, the returned goods). */
    NO_EVIDENCE,
    /** Any other reason; say which in {@link ClaimRejection#text()}. */
    OTHER
  }

  /** Creates a rejection; the code is required, blank text becomes {@code null}. */
  public ClaimRejection {
    Objects.requireNonNull(code, "code");
    text = text == null || text.isBlank() ? null : text;
  }

  /**
   * A rejection with free text.
   *
   * @param code the code
   * @param text the text, or {@code null}
   * @return the rejection
   */
  public static ClaimRejection of(Code code, String text) {
    return new ClaimRejection(code, text);
  }

  /**
   * The text a free-text channel receives: the text, or the code's name.
   *
   * @return never blank
   */
  public String textOrCode() {
    return text == null ? code.name() : text;
  }
}
