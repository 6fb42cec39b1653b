package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * A page of exchanges.
 *
 * @param code 200 or an error code
 * @param message the message
 * @param data the exchanges
 * @param nextToken the next page; empty or absent at the end
 */
public record ExchangeRequests(
    Object code, String message, List<ExchangeRequest> data, String nextToken) {}
