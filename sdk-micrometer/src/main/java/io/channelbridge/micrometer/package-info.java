/**
 * Micrometer metrics and observations for ChannelBridge: {@link
 * io.channelbridge.micrometer.MicrometerCallListener} times every channel call and counts retries,
 * client-side rate-limit waits and token refreshes; {@link
 * io.channelbridge.micrometer.OrderSyncMetrics} reports an {@code OrderSync}'s progress. Every tag
 * value comes from a bounded set (channel ids, API method names, fixed outcome names): no order
 * ids, paths or secrets.
 */
package io.channelbridge.micrometer;
