package io.channelbridge.channels.coupang.dto;

/**
 * The gateway's and the APIs' error body: {@code {"code": "ERROR", "message", "transactionId"}}.
 *
 * @param code the code
 * @param message the message
 * @param transactionId the trace id
 */
public record ErrorBody(Object code, String message, String transactionId) {}
