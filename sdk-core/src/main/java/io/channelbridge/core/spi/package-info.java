/** The service-provider interface through which adapters plug into the SDK. */
package io.channelbridge.core.spi;
