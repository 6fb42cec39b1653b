/** The Coupang channel adapter (work in progress). */
package io.channelbridge.channels.coupang;
