/**
 * Internals of the hub and order sync: threads, backoff, atomic file writes, the per-channel sync
 * loop and the fan-out runner. Not part of the public API; may change in any release.
 */
package io.channelbridge.hub.internal;
