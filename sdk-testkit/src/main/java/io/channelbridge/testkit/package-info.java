/**
 * Testing with ChannelBridge without a real channel: {@link io.channelbridge.testkit.FakeChannel},
 * an in-memory {@link io.channelbridge.core.CommerceChannel} with full semantics; {@link
 * io.channelbridge.testkit.ChannelDriver}, the channel's side of a test (create orders, approve
 * listings, inject faults); and {@link io.channelbridge.testkit.ManualClock}, a clock a test moves
 * by hand. The adapter conformance suite is in {@link io.channelbridge.testkit.conformance}.
 */
package io.channelbridge.testkit;
