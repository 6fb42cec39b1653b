package io.channelbridge.channels.ottshopping.dto;

import java.time.Instant;
import java.util.List;

/** A show, as created, patched, cancelled and listed. */
public record Show(
    String showId,
    String title,
    String slotId,
    Instant startAt,
    Instant endAt,
    List<String> productIds,
    String host,
    String posterUrl,
    String ageRating,
    String status) {}
