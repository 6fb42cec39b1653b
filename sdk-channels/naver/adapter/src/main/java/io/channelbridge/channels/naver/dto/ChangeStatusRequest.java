package io.channelbridge.channels.naver.dto;

/**
 * Body of {@code PUT /v1/products/origin-products/{originProductNo}/change-status}.
 *
 * @param statusType the new status, e.g. {@code SUSPENSION}
 * @param stockQuantity the stock, required by Naver when resuming sale, else {@code null}
 */
public record ChangeStatusRequest(String statusType, Integer stockQuantity) {}
