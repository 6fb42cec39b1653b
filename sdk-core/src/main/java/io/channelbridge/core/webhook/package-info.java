/**
 * Verification of pushed webhooks, shared by every adapter: {@link
 * io.channelbridge.core.webhook.HmacWebhookVerifier} checks an HMAC-SHA256 signature over the raw
 * body and the signing time, and {@link io.channelbridge.core.webhook.EventIdDeduplicator} drops
 * events delivered more than once (delivery is at-least-once on every channel).
 */
package io.channelbridge.core.webhook;
