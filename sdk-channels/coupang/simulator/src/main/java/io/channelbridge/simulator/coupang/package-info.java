/** A simulator of the Coupang channel (work in progress). */
package io.channelbridge.simulator.coupang;
