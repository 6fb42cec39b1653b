package io.channelbridge.core.error;

import java.util.Objects;

/**
 * One broken rule of a request, found by the SDK before any call or reported by the channel.
 *
 * @param field the path of the offending field, e.g. {@code title} or {@code variants[2].sku}
 * @param code a stable code for the rule, e.g. {@code required}, {@code too_long}
 * @param message a human-readable explanation
 */
public record Violation(String field, String code, String message) {

  /** Creates a violation; all parts are required. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
