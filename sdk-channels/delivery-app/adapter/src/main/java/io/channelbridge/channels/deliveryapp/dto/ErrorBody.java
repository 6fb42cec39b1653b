package io.channelbridge.channels.deliveryapp.dto;

import java.util.List;

/**
 * Every error reply: {@code {"error": {"code", "message", "details": [{"field", "reason"}]},
 * "requestId"}}.
 *
 * @param error the error
 * @param requestId the channel's request id
 */
public record ErrorBody(Error error, String requestId) {

  /**
   * The error.
   *
   * @param code e.g. {@code INVALID_STATE}
   * @param message the message
   * @param details field errors
   */
  public record Error(String code, String message, List<Detail> details) {}

  /**
   * One field error.
   *
   * @param field the field
   * @param reason why
   */
  public record Detail(String field, String reason) {}
}
