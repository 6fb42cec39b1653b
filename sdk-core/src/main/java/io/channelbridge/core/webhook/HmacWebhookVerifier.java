package io.channelbridge.core.webhook;

import io.channelbridge.core.Secret;
import io.channelbridge.core.error.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies webhooks signed with HMAC-SHA256 over {@code timestamp + "." + rawBody}, the scheme of
 * the delivery-app reference protocol and of many others: the signature header carries a prefix
 * ({@code v1=}) and the MAC in lowercase hex or Base64, the timestamp header the signing time in
 * epoch seconds. Immutable and thread-safe; {@link #toString()} never shows the secret.
 *
 * <pre>{@code
 * HmacWebhookVerifier verifier = HmacWebhookVerifier.builder("delivery-app", secret)
 *     .signatureHeader("X-DAP-Signature").timestampHeader("X-DAP-Timestamp")
 *     .eventIdHeader("X-DAP-Event-Id").clock(clock).build();
 * VerifiedWebhook ok = verifier.verify(headers, rawBody);  // or WebhookVerificationException
 * }</pre>
 *
 * <p>{@link #verify} checks, in this order: the headers are present (names matched ignoring case);
 * the timestamp is 1 to 12 digits; the signature has the prefix; the MAC matches, compared in
 * constant time; the timestamp is within the tolerance of the clock, in either direction. Every
 * failure is a {@link WebhookVerificationException}, never a parsing exception.
 */
public final class HmacWebhookVerifier {

  /** How a MAC is written in the signature header. */
  public enum Encoding {
    /** Lowercase hexadecimal. */
    HEX,
    /** Standard Base64 with padding. */
    BASE64
  }

  private final String channelId;
  private final Secret secret;
  private final String signatureHeader;
  private final String timestampHeader;
  private final String eventIdHeader;
  private final String prefix;
  private final Encoding encoding;
  private final Duration tolerance;
  private final Clock clock;

  private HmacWebhookVerifier(Builder b) {
    this.channelId = b.channelId;
    this.secret = b.secret;
    this.signatureHeader = b.signatureHeader;
    this.timestampHeader = b.timestampHeader;
    this.eventIdHeader = b.eventIdHeader;
    this.prefix = b.prefix;
    this.encoding = b.encoding;
    this.tolerance = b.tolerance;
    this.clock = b.clock;
  }

  /**
   * A builder: headers {@code X-Signature} and {@code X-Timestamp}, no event id header, prefix
   * {@code v1=}, hex, 300 seconds, the UTC system clock.
   *
   * @param channelId the channel, named in exceptions
   * @param secret the shared webhook secret
   * @return the builder
   */
  public static Builder builder(String channelId, Secret secret) {
    return new Builder(channelId, secret);
  }

  /**
   * Verifies a request.
   *
   * @param headers the request headers; names are matched ignoring case
   * @param rawBody the body exactly as received
   * @return the event id and signing time
   * @throws WebhookVerificationException if a header is missing or malformed, the signature does
   *     not match, or the timestamp is too far from now
   */
  public VerifiedWebhook verify(Map<String, String> headers, byte[] rawBody) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(rawBody, "rawBody");
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            h.put(k, v);
          }
        });
    String eventId = eventIdHeader == null ? null : require(h, eventIdHeader);
    String timestamp = require(h, timestampHeader);
    String signature = require(h, signatureHeader);
    if (!timestamp.matches("[0-9]{1,12}")) {
      throw fail("malformed " + timestampHeader + " header");
    }
    if (!signature.startsWith(prefix)) {
      throw fail("unsupported signature scheme");
    }
    byte[] expected = signatureFor(timestamp, rawBody).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
      throw fail("signature does not match the body");
    }
    Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
    if (Duration.between(signedAt, clock.instant()).abs().compareTo(tolerance) > 0) {
      throw fail("timestamp " + signedAt + " is more than " + tolerance + " from now");
    }
    return new VerifiedWebhook(eventId, signedAt);
  }

  /**
   * The signature header value a correct sender puts on a body signed at {@code timestamp}: the
   * prefix and the MAC of {@code timestamp + "." + body}. For senders and tests.
   *
   * @param timestamp the timestamp header's text (epoch seconds)
   * @param rawBody the body
   * @return the header value
   */
  public String signatureFor(String timestamp, byte[] rawBody) {
    byte[] mac = hmacSha256(secret, signedPayload(timestamp, rawBody));
    return prefix
        + (encoding == Encoding.HEX
            ? HexFormat.of().formatHex(mac)
            : Base64.getEncoder().encodeToString(mac));
  }

  /**
   * The bytes that are signed: {@code timestamp + "." + body}.
   *
   * @param timestamp the timestamp text
   * @param rawBody the body
   * @return the bytes
   */
  public static byte[] signedPayload(String timestamp, byte[] rawBody) {
    byte[] head = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + rawBody.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(rawBody, 0, out, head.length, rawBody.length);
    return out;
  }

  /**
   * HMAC-SHA256.
   *
   * @param key the key (its UTF-8 bytes)
   * @param message the message
   * @return the 32-byte MAC
   */
  public static byte[] hmacSha256(Secret key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime provides HmacSHA256; reaching this is a broken JDK.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private String require(Map<String, String> headers, String name) {
    String v = headers.get(name);
    if (v == null || v.isBlank()) {
      throw fail("missing " + name + " header");
    }
    return v.strip();
  }

  private WebhookVerificationException fail(String message) {
    return new WebhookVerificationException(channelId, message);
  }

  @Override
  public String toString() {
    return "HmacWebhookVerifier["
        + channelId
        + ", "
        + signatureHeader
        + ", "
        + timestampHeader
        + ", tolerance="
        + tolerance
        + ", secret=****]";
  }

  /** Builds an {@link HmacWebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final String channelId;
    private final Secret secret;
    private String signatureHeader = "X-Signature";
    private String timestampHeader = "X-Timestamp";
    private String eventIdHeader;
    private String prefix = "v1=";
    private Encoding encoding = Encoding.HEX;
    private Duration tolerance = Duration.ofSeconds(300);
    private Clock clock = Clock.systemUTC();

    private Builder(String channelId, Secret secret) {
      this.channelId = Objects.requireNonNull(channelId, "channelId");
      this.secret = Objects.requireNonNull(secret, "secret");
      if (secret.reveal().isEmpty()) {
        throw new IllegalArgumentException("webhook secret must not be empty");
      }
    }

    /**
     * Sets the header carrying the signature.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder signatureHeader(String name) {
      this.signatureHeader = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the header carrying the signing time in epoch seconds.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder timestampHeader(String name) {
      this.timestampHeader = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Requires an event id header and returns its value.
     *
     * @param name the header name, or {@code null} for none
     * @return this builder
     */
    public Builder eventIdHeader(String name) {
      this.eventIdHeader = name;
      return this;
    }

    /**
     * Sets the signature's scheme prefix.
     *
     * @param prefix e.g. {@code v1=}; empty for none
     * @return this builder
     */
    public Builder signaturePrefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Sets how the MAC is written.
     *
     * @param encoding hex or Base64
     * @return this builder
     */
    public Builder encoding(Encoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /**
     * Sets how far the signing time may be from the clock, either way.
     *
     * @param tolerance a positive duration
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      if (tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the clock the timestamp is compared with.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     */
    public HmacWebhookVerifier build() {
      return new HmacWebhookVerifier(this);
    }
  }
}
