package io.channelbridge.channels.deliveryapp.dto;

/**
 * Body of {@code POST .../claims/{claimId}/reject}.
 *
 * @param reason {@code ALREADY_COOKED}, {@code ALREADY_PICKED_UP}, {@code NOT_AT_FAULT}, {@code
 *     NO_EVIDENCE} or {@code OTHER}
 * @param message free text, or {@code null}
 */
public record ClaimRejectRequest(String reason, String message) {}
