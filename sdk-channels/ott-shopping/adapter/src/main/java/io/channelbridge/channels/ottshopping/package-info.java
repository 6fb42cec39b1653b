/** The OTT-shopping channel adapter (work in progress). */
package io.channelbridge.channels.ottshopping;
