/**
 * The channel-independent domain model: listings, live broadcasts, orders and money. Every type is
 * an immutable record; objects read from a channel keep the channel's own status strings and raw
 * JSON beside the normalized values, and unknown channel values map to an {@code UNKNOWN} constant
 * instead of failing.
 */
package io.channelbridge.core.model;
