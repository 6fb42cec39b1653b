package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * A page of receipts.
 *
 * @param code 200 or an error code
 * @param message the message
 * @param data the receipts
 * @param nextToken the next page; empty or absent at the end
 */
public record ReturnRequests(
    Object code, String message, List<ReturnRequest> data, String nextToken) {}
