package io.channelbridge.channels.naver.dto;

/**
 * Reply of {@code POST /v2/products} and of the {@code PUT} on an origin product.
 *
 * @param originProductNo the origin product number
 * @param smartstoreChannelProductNo the SmartStore channel product number
 */
public record ProductNumbers(Long originProductNo, Long smartstoreChannelProductNo) {}
