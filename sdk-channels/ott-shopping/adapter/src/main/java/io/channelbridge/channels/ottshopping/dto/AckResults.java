package io.channelbridge.channels.ottshopping.dto;

import java.util.List;

/**
 * The reply to {@code POST .../orders/acknowledge}: one result per id, in request order.
 *
 * @param results the results
 */
public record AckResults(List<Result> results) {
  /** One order's result. */
  public record Result(String orderId, Boolean ok, String code) {}
}
