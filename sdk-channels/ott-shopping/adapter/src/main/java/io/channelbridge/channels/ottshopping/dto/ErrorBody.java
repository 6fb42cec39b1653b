package io.channelbridge.channels.ottshopping.dto;

/**
 * The protocol's error body, {@code {"status", "code", "message", "traceId"}}.
 *
 * @param status the HTTP status
 * @param code e.g. {@code SLOT_TAKEN}
 * @param message what went wrong
 * @param traceId the channel's trace id
 */
public record ErrorBody(Integer status, String code, String message, String traceId) {}
