/**
 * What every channel simulator shares: {@link io.channelbridge.simulator.SimulatorBase} (the
 * WireMock server, the lock and clock, request count and journal, fault injection), {@link
 * io.channelbridge.simulator.TokenIssuer} (OAuth bearer tokens expiring on the simulator's clock),
 * {@link io.channelbridge.simulator.RateWindow} (requests per second of the simulator's clock) and
 * {@link io.channelbridge.simulator.Keyset} (paging a change feed by time and id). JSON is core's
 * {@code io.channelbridge.core.spi.Json}. Each channel's simulator lives beside its adapter, in
 * {@code sdk-channel-<id>-simulator}, and holds only its channel's routes and state machine.
 */
package io.channelbridge.simulator;
