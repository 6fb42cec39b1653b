/**
 * The Coupang channel: {@link io.channelbridge.channels.coupang.CoupangChannel} on Coupang's WING
 * Open API, opened by {@link io.channelbridge.channels.coupang.CoupangProvider}.
 */
package io.channelbridge.channels.coupang;
