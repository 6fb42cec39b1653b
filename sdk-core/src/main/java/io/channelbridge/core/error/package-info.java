/**
 * The SDK's exceptions: one unchecked root, {@link io.channelbridge.core.error.ChannelException},
 * and a subtype per kind of failure a caller handles differently.
 */
package io.channelbridge.core.error;
