/**
 * The ChannelBridge API: {@link io.channelbridge.core.CommerceChannel}, one interface for every
 * commerce channel, and what its calls take and return. Start at {@link
 * io.channelbridge.core.CommerceChannels}.
 */
package io.channelbridge.core;
