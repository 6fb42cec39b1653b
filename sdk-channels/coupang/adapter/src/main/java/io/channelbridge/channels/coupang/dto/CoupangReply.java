package io.channelbridge.channels.coupang.dto;

/**
 * The plain reply of a write: {@code {"code": "SUCCESS" | 200 | "ERROR", "message", "data"}}.
 *
 * @param code the code
 * @param message the message
 * @param data what the write returns (a product id on create), or {@code null}
 */
public record CoupangReply(Object code, String message, Object data) {}
