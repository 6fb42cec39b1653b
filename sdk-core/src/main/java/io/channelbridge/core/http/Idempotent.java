package io.channelbridge.core.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code POST} or {@code PATCH} API method as safe to send twice, so the transport retries
 * it like a {@code GET}: a query sent as {@code POST} (Naver's {@code product-orders/query}), or a
 * write the channel itself deduplicates.
 *
 * <p>Without it, a {@code POST} or {@code PATCH} is retried only if it carries an idempotency key
 * (see {@link ChannelHttp.Builder#idempotencyHeader(String)}) or failed before any byte was sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {}
