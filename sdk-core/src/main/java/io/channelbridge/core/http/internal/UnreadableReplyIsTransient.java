package io.channelbridge.core.http.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method whose successful reply, when it is not even well-formed (an HTML page from a
 * gateway, an empty body), is a transient failure: retried like a reset connection when the call is
 * safe to repeat, and a {@link io.channelbridge.core.error.ChannelUnavailableException} in the end.
 * Used for token endpoints, where such a reply means a proxy or gateway hiccup, never bad
 * credentials.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UnreadableReplyIsTransient {}
