package io.channelbridge.core.http;

/**
 * Which call a {@link ChannelCallListener} event is about.
 *
 * @param channelId the channel id, e.g. {@code naver}
 * @param operation the API method, e.g. {@code NaverApi.lastChangedStatuses}: a low-cardinality
 *     name fit for a metric tag
 * @param method the HTTP method
 * @param path the encoded URL path (may contain ids; no query string)
 */
public record CallInfo(String channelId, String operation, String method, String path) {}
