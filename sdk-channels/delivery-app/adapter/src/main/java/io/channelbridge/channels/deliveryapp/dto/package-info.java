/**
 * Moshi records shaped exactly like the JSON of the delivery-app reference protocol, with its own
 * field names, and nothing else. Times are read and written as ISO-8601 with the {@code +09:00}
 * offset by the transport's adapters. Internal to the adapter: not a stable API.
 */
package io.channelbridge.channels.deliveryapp.dto;
