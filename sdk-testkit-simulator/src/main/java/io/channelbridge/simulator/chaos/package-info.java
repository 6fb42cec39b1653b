/**
 * {@link io.channelbridge.simulator.chaos.OrderSyncChaos}: the OrderSync chaos run every adapter's
 * chaos test shares (seeded faults in the simulator, kills and restarts from file checkpoints, the
 * final state as the judge).
 */
package io.channelbridge.simulator.chaos;
