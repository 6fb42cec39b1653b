/**
 * Many channels as one: {@link io.channelbridge.hub.ChannelHub} publishes and schedules on several
 * channels at once with per-channel results; {@link io.channelbridge.hub.OrderSync} pulls every
 * channel's orders into one handler, checkpointed in a {@link
 * io.channelbridge.hub.CheckpointStore}, at-least-once with bounded dedupe.
 */
package io.channelbridge.hub;
