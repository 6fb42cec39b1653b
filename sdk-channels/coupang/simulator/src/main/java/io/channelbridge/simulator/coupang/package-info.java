/**
 * A stateful simulator of Coupang's WING Open API ({@link
 * io.channelbridge.simulator.coupang.CoupangSimulator}) and the conformance suite with the
 * channel's nature as fixtures ({@link io.channelbridge.simulator.coupang.CoupangConformance}).
 */
package io.channelbridge.simulator.coupang;
