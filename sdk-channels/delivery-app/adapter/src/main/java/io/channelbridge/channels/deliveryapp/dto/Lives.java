package io.channelbridge.channels.deliveryapp.dto;

import java.util.List;

/**
 * Reply of {@code GET /v1/shops/{shopId}/lives?from&to}.
 *
 * @param lives the events
 */
public record Lives(List<Live> lives) {}
