/** Channel events, one type for pushed and polled events alike. */
package io.channelbridge.core.event;
