package io.channelbridge.core.error;

import java.util.List;

/**
 * The request breaks one or more rules, either found by the SDK before any network call or reported
 * by the channel (HTTP 400 or 422). Lists every violation at once, not only the first.
 */
public class ValidationException extends ChannelException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /**
   * Creates the exception for violations found before any call.
   *
   * @param channelId the channel id
   * @param violations every violation; not empty
   */
  public ValidationException(String channelId, List<Violation> violations) {
    this(channelId, violations, 0, null, null);
  }

  /**
   * Creates the exception for violations the channel reported.
   *
   * @param channelId the channel id
   * @param violations every violation the channel listed (may be empty if it gave none)
   * @param httpStatus the HTTP status
   * @param channelCode the channel's error code, or {@code null}
   * @param traceId the channel's request or trace id, or {@code null}
   */
  public ValidationException(
      String channelId,
      List<Violation> violations,
      int httpStatus,
      String channelCode,
      String traceId) {
    super(channelId, describe(violations), httpStatus, channelCode, traceId, null);
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "invalid request";
    }
    StringBuilder sb = new StringBuilder("invalid request, ");
    sb.append(violations.size()).append(violations.size() == 1 ? " violation: " : " violations: ");
    for (int i = 0; i < violations.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(violations.get(i));
    }
    return sb.toString();
  }

  /**
   * Every violation.
   *
   * @return the violations, in the order found
   */
  public List<Violation> violations() {
    return violations;
  }
}
