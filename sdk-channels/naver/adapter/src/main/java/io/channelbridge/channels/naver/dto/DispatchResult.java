package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * {@code data} of {@code product-orders/dispatch}.
 *
 * @param successProductOrderIds the dispatched product orders
 * @param failProductOrderInfos the product orders that failed, with why
 */
public record DispatchResult(
    List<String> successProductOrderIds, List<ConfirmResult.FailInfo> failProductOrderInfos) {}
