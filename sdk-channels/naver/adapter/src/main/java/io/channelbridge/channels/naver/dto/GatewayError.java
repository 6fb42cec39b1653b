package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Naver's error body, from the gateway ({@code GW.*}), the order API (numeric codes) and the live
 * profile ({@code LIVE.*}).
 *
 * @param code the error code
 * @param message the message
 * @param timestamp when it happened
 * @param traceId the trace id
 * @param invalidInputs field errors of a 400, or {@code null}
 */
public record GatewayError(
    String code,
    String message,
    String timestamp,
    String traceId,
    List<InvalidInput> invalidInputs) {

  /**
   * One invalid field.
   *
   * @param name the field
   * @param type the rule
   * @param message the explanation
   */
  public record InvalidInput(String name, String type, String message) {}
}
