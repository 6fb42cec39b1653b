/**
 * What every channel simulator shares: {@link io.channelbridge.simulator.SimulatorServer} (a
 * WireMock server on a loopback port, one acceptor) and {@link io.channelbridge.simulator.SimJson}
 * (plain JSON trees). Each channel's simulator lives beside its adapter, in {@code
 * sdk-channel-<id>-simulator}.
 */
package io.channelbridge.simulator;
