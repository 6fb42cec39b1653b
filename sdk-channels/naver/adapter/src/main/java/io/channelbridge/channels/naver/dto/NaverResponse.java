package io.channelbridge.channels.naver.dto;

/**
 * The envelope of the order API's replies: {@code {"timestamp", "traceId", "data"}}.
 *
 * @param <T> the type of {@code data}
 * @param timestamp when Naver answered
 * @param traceId Naver's trace id
 * @param data the payload
 */
public record NaverResponse<T>(String timestamp, String traceId, T data) {}
