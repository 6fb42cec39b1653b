package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;
import java.util.List;

/**
 * A shopping-live event, as sent to {@code POST}/{@code PATCH .../lives} and listed.
 *
 * @param liveId the channel's id (replies only)
 * @param title the title
 * @param startAt the start
 * @param durationMinutes 10 to 180
 * @param itemIds 1 to 20 featured items
 * @param thumbnailUrl the thumbnail
 * @param description the description
 * @param status {@code SCHEDULED}, {@code ON_AIR}, {@code ENDED} or {@code CANCELLED} (replies)
 */
public record Live(
    String liveId,
    String title,
    Instant startAt,
    Integer durationMinutes,
    List<String> itemIds,
    String thumbnailUrl,
    String description,
    String status) {}
