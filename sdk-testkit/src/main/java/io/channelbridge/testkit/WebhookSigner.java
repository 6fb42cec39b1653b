package io.channelbridge.testkit;

import io.channelbridge.core.Secret;
import io.channelbridge.core.webhook.HmacWebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs webhook payloads for tests the way a channel does: an event id header, a timestamp header
 * (epoch seconds) and {@code v1=} plus the lowercase hex HMAC-SHA256 of {@code timestamp + "." +
 * body}, computed by the SDK's own {@link HmacWebhookVerifier}. {@link #toString()} never shows the
 * secret.
 *
 * <pre>{@code
 * WebhookRequest r = WebhookSigner.deliveryApp("whsec").sign("evt-1", json, clock.instant());
 * channel.parseWebhook(r.headers(), r.body());
 * }</pre>
 */
public final class WebhookSigner {
  private final String eventIdHeader;
  private final String timestampHeader;
  private final String signatureHeader;
  private final HmacWebhookVerifier hmac;

  private WebhookSigner(
      String secret, String eventIdHeader, String timestampHeader, String signatureHeader) {
    this.eventIdHeader = Objects.requireNonNull(eventIdHeader, "eventIdHeader");
    this.timestampHeader = Objects.requireNonNull(timestampHeader, "timestampHeader");
    this.signatureHeader = Objects.requireNonNull(signatureHeader, "signatureHeader");
    this.hmac =
        HmacWebhookVerifier.builder("webhook-signer", Secret.of(secret))
            .signatureHeader(signatureHeader)
            .timestampHeader(timestampHeader)
            .build();
  }

  /**
   * A signer with the given header names.
   *
   * @param secret the webhook secret
   * @param eventIdHeader the event id header
   * @param timestampHeader the timestamp header
   * @param signatureHeader the signature header
   * @return the signer
   */
  public static WebhookSigner of(
      String secret, String eventIdHeader, String timestampHeader, String signatureHeader) {
    return new WebhookSigner(secret, eventIdHeader, timestampHeader, signatureHeader);
  }

  /**
   * A signer for the delivery-app reference protocol: {@code X-DAP-Event-Id}, {@code
   * X-DAP-Timestamp}, {@code X-DAP-Signature}.
   *
   * @param secret the webhook secret
   * @return the signer
   */
  public static WebhookSigner deliveryApp(String secret) {
    return of(secret, "X-DAP-Event-Id", "X-DAP-Timestamp", "X-DAP-Signature");
  }

  /**
   * Signs a body.
   *
   * @param eventId the event id
   * @param body the raw body
   * @param signedAt the signing time (truncated to seconds)
   * @return the request with {@code Content-Type}, event id, timestamp and signature headers
   */
  public WebhookRequest sign(String eventId, byte[] body, Instant signedAt) {
    String timestamp = Long.toString(signedAt.getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put(eventIdHeader, eventId);
    headers.put(timestampHeader, timestamp);
    headers.put(signatureHeader, hmac.signatureFor(timestamp, body));
    return new WebhookRequest(headers, body, signatureHeader, timestampHeader);
  }

  /**
   * Signs a UTF-8 body.
   *
   * @param eventId the event id
   * @param body the body text
   * @param signedAt the signing time
   * @return the request
   */
  public WebhookRequest sign(String eventId, String body, Instant signedAt) {
    return sign(eventId, body.getBytes(StandardCharsets.UTF_8), signedAt);
  }

  /**
   * The signature header value for a body signed at a timestamp, for tests that build requests by
   * hand.
   *
   * @param timestamp the timestamp header text
   * @param body the raw body
   * @return {@code v1=} and the hex MAC
   */
  public String signature(String timestamp, byte[] body) {
    return hmac.signatureFor(timestamp, body);
  }

  @Override
  public String toString() {
    return "WebhookSigner[" + signatureHeader + ", secret=****]";
  }
}
