/**
 * Many channels as one: {@link io.channelbridge.core.hub.ChannelHub} publishes and schedules on
 * several channels at once with per-channel results; {@link io.channelbridge.core.hub.OrderSync}
 * pulls every channel's orders into one handler, checkpointed in a {@link
 * io.channelbridge.core.hub.CheckpointStore}, at-least-once with bounded dedupe.
 */
package io.channelbridge.core.hub;
