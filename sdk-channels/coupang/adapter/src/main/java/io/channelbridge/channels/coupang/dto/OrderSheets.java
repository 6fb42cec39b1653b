package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * A page of order sheets, or the boxes of one order.
 *
 * @param code 200 or an error code
 * @param message the message
 * @param data the boxes
 * @param nextToken the next page; empty or absent at the end
 */
public record OrderSheets(Object code, String message, List<OrderSheet> data, String nextToken) {}
