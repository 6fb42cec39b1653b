package io.channelbridge.core.http;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.http.internal.TokenEndpoint;
import io.channelbridge.core.http.internal.TokenReply;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An OAuth 2.0 client-credentials {@link TokenSource} (RFC 6749 section 4.4): a form {@code POST}
 * to the channel's token URL, answered with {@code access_token}, {@code expires_in} and {@code
 * token_type}. Give it to {@link ChannelHttp.Builder#bearerToken(TokenSource)}; the transport then
 * sends the token request through {@link ChannelHttp#tokenEndpoint()}: no auth, and no permit taken
 * from the channel's client-side rate limit (the token endpoint is counted apart).
 *
 * <pre>{@code
 * ChannelHttp http = ChannelHttp.builder("delivery-app")
 *     .baseUrl(baseUrl)
 *     .bearerToken(ClientCredentialsTokenSource.builder("oauth/token")
 *         .clientCredentials(clientId, clientSecret)   // grant_type, client_id, client_secret
 *         .build())
 *     ...
 * }</pre>
 *
 * <p>Channels with their own form (Naver signs a timestamp) give the whole form instead, built anew
 * for every request: {@code .form(() -> Map.of("grant_type", "client_credentials", "client_id", id,
 * "timestamp", ts, "client_secret_sign", sign(ts)))}. Fields with a {@code null} value are left
 * out.
 *
 * <p>Errors: a transport failure, 5xx or a reply that is not JSON at all (a gateway's HTML page, an
 * empty body) is retried like any transient failure and ends as a retryable {@link
 * ChannelUnavailableException}; a 429 is a {@link RateLimitedException}; a JSON reply without a
 * usable {@code access_token} or {@code expires_in}, or with a {@code token_type} other than {@code
 * Bearer}, is a {@link ProtocolException}; any other refusal (400 {@code invalid_client}, 401, 403)
 * is an {@link AuthenticationException}. Messages never contain the form's values.
 *
 * <p>Thread-safe; the transport calls it under single flight and caches the token.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private final String tokenUrl;
  private final Supplier<Map<String, String>> form;
  private final CallOptions options;
  private volatile Bound bound;

  private record Bound(String channelId, TokenEndpoint endpoint, Clock clock) {}

  private ClientCredentialsTokenSource(Builder b) {
    this.tokenUrl = b.tokenUrl;
    this.form = b.form;
    this.options = CallOptions.timeout(b.timeout);
  }

  /**
   * A builder.
   *
   * @param tokenUrl the token URL: relative to the channel's base URL (no leading {@code /}, e.g.
   *     {@code v1/oauth2/token}) or absolute
   * @return the builder
   */
  public static Builder builder(String tokenUrl) {
    return new Builder(tokenUrl);
  }

  /** Called by {@link ChannelHttp.Builder#build()}: the transport the token requests go through. */
  void attach(ChannelHttp tokenHttp, Clock clock) {
    Bound b = bound;
    if (b != null && !b.channelId().equals(tokenHttp.channelId())) {
      throw new IllegalStateException(
          "this token source already serves channel " + b.channelId() + "; build one per channel");
    }
    bound = new Bound(tokenHttp.channelId(), tokenHttp.create(TokenEndpoint.class), clock);
  }

  /**
   * Requests a new token.
   *
   * @return the token
   * @throws IllegalStateException if the source was not given to a {@link ChannelHttp} builder
   * @throws ChannelException as the class comment says
   */
  @Override
  public AccessToken fetch() {
    Bound b = bound;
    if (b == null) {
      throw new IllegalStateException(
          "give this token source to ChannelHttp.Builder.bearerToken before fetching");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    try {
      form.get()
          .forEach(
              (k, v) -> {
                if (v != null) {
                  fields.put(k, v);
                }
              });
    } catch (ChannelException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AuthenticationException(
          b.channelId(),
          "could not build the token request: " + e.getClass().getSimpleName(),
          0,
          null,
          null,
          null);
    }
    TokenReply reply;
    try {
      reply = b.endpoint().token(tokenUrl, fields, options);
    } catch (ChannelUnavailableException
        | RateLimitedException
        | AuthenticationException
        | ProtocolException e) {
      throw e;
    } catch (ChannelException e) {
      // A refused token request is a credentials problem whatever status the channel chose.
      throw new AuthenticationException(
          b.channelId(),
          "the token request was refused: " + e.getMessage(),
          e.httpStatus(),
          e.channelCode(),
          e.traceId(),
          e);
    }
    return toToken(b, reply);
  }

  private static AccessToken toToken(Bound b, TokenReply reply) {
    if (reply == null || reply.accessToken() == null || reply.accessToken().isBlank()) {
      throw new ProtocolException(
          b.channelId(), "token reply without access_token", 200, null, null, null);
    }
    if (reply.expiresIn() == null || reply.expiresIn() <= 0) {
      throw new ProtocolException(
          b.channelId(),
          "token reply without a positive expires_in (got " + reply.expiresIn() + ")",
          200,
          null,
          null,
          null);
    }
    if (reply.tokenType() != null && !reply.tokenType().toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new ProtocolException(
          b.channelId(),
          "token reply with token_type '" + reply.tokenType() + "', expected Bearer",
          200,
          null,
          null,
          null);
    }
    return AccessToken.of(reply.accessToken(), Duration.ofSeconds(reply.expiresIn()), b.clock());
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenSource[" + tokenUrl + ']';
  }

  /** Builds a {@link ClientCredentialsTokenSource}. Not thread-safe. */
  public static final class Builder {
    private final String tokenUrl;
    private Supplier<Map<String, String>> form;
    private Duration timeout = Duration.ofSeconds(10);

    private Builder(String tokenUrl) {
      Objects.requireNonNull(tokenUrl, "tokenUrl");
      if (tokenUrl.isBlank()) {
        throw new IllegalArgumentException("tokenUrl must not be blank");
      }
      this.tokenUrl = tokenUrl;
    }

    /**
     * Sends the standard form: {@code grant_type=client_credentials}, {@code client_id}, {@code
     * client_secret}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, Secret clientSecret) {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
      return form(
          () -> {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("grant_type", "client_credentials");
            f.put("client_id", clientId);
            f.put("client_secret", clientSecret.reveal());
            return f;
          });
    }

    /**
     * Sends a form the adapter builds for every token request (with its timestamp and signature,
     * for instance). Fields whose value is {@code null} are left out. The supplier may throw a
     * {@link ChannelException} (e.g. an {@link AuthenticationException} when it cannot sign);
     * anything else it throws becomes an {@link AuthenticationException} without its message.
     *
     * @param form builds the form fields
     * @return this builder
     */
    public Builder form(Supplier<Map<String, String>> form) {
      this.form = Objects.requireNonNull(form, "form");
      return this;
    }

    /**
     * Sets the deadline of one token request, retries included (10 s if not set). The transport
     * fetches tokens outside the deadline of the call that needed one, so this bounds it.
     *
     * @param timeout the deadline
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the token source.
     *
     * @return the token source
     * @throws IllegalStateException if no form was given
     */
    public ClientCredentialsTokenSource build() {
      if (form == null) {
        throw new IllegalStateException("call clientCredentials(...) or form(...)");
      }
      return new ClientCredentialsTokenSource(this);
    }
  }
}
