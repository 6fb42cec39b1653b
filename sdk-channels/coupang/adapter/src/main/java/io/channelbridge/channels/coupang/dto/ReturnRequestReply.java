package io.channelbridge.channels.coupang.dto;

/**
 * One receipt, {@code GET .../returnRequests/{receiptId}}.
 *
 * @param code 200 or an error code
 * @param message the message
 * @param data the receipt
 */
public record ReturnRequestReply(Object code, String message, ReturnRequest data) {}
