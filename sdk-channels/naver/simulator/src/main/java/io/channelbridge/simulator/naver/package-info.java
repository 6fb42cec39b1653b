/**
 * {@link io.channelbridge.simulator.naver.NaverSimulator}: a stateful WireMock server that speaks
 * Naver's Commerce API and the ChannelBridge Shopping Live partner profile, for the {@code naver}
 * adapter's tests and for anyone testing against it.
 */
package io.channelbridge.simulator.naver;
