/**
 * A stateful simulator of the OTT-shopping reference partner protocol ({@link
 * io.channelbridge.simulator.ottshopping.OttShoppingSimulator}), for tests of the {@code
 * ott-shopping} adapter and of tools built on it.
 */
package io.channelbridge.simulator.ottshopping;
