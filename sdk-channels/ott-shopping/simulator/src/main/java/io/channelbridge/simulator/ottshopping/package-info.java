/** A simulator of the OTT-shopping channel (work in progress). */
package io.channelbridge.simulator.ottshopping;
