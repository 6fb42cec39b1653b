package io.channelbridge.channels.deliveryapp.dto;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /v1/shops/{shopId}/items/availability}: 1 to 100 updates {@code {itemId,
 * optionId?, stock?, soldOut?, price?}}. Maps, since a member left out ("keep") and a member set to
 * {@code null} ({@code stock: null}, unlimited) mean different things.
 *
 * @param updates the updates, in order
 */
public record AvailabilityRequest(List<Map<String, Object>> updates) {}
