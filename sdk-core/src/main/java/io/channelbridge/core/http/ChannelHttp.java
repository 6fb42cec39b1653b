package io.channelbridge.core.http;

import com.squareup.moshi.Moshi;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.Secret;
import io.channelbridge.core.http.internal.BearerAuthInterceptor;
import io.channelbridge.core.http.internal.BodyCallAdapterFactory;
import io.channelbridge.core.http.internal.CallExecutor;
import io.channelbridge.core.http.internal.ChannelRuntime;
import io.channelbridge.core.http.internal.DeferredCall;
import io.channelbridge.core.http.internal.RateLimitInterceptor;
import io.channelbridge.core.http.internal.RateLimiter;
import io.channelbridge.core.http.internal.ReadFailures;
import io.channelbridge.core.http.internal.Redactor;
import io.channelbridge.core.http.internal.SdkJson;
import io.channelbridge.core.http.internal.SigningInterceptor;
import io.channelbridge.core.http.internal.TimeStrings;
import io.channelbridge.core.http.internal.Timing;
import io.channelbridge.core.http.internal.TokenCache;
import io.channelbridge.core.http.internal.WireInterceptor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The HTTP transport of one channel account: what an adapter builds once and declares its endpoints
 * on. It gives the adapter a Retrofit over the process's shared {@link HttpStack}, with the SDK's
 * Moshi adapters, auth, retries, client-side rate limiting, error mapping, redacted logging and
 * call events. Immutable and thread-safe.
 *
 * <pre>{@code
 * interface DeliveryApi {
 *   @GET("v1/shops/{shopId}/orders")
 *   OrdersPage orders(@Path("shopId") String shopId, @Query("updatedSince") Instant since,
 *       @Query("cursor") String cursor, @Tag CallOptions options);
 * }
 * ChannelHttp http = ChannelHttp.builder("delivery-app")
 *     .stack(stack)
 *     .baseUrl(config.requireUri("delivery-app.base-url"))
 *     .rateLimit(RateLimit.perSecond(20))
 *     .idempotencyHeader("Idempotency-Key")
 *     .bearerToken(this::fetchToken)   // calls a token API created on http.unauthenticated()
 *     .errorMapper(ErrorMapper.json(DeliveryError.class, DeliveryErrors::read))
 *     .build();
 * DeliveryApi api = http.create(DeliveryApi.class);
 * }</pre>
 *
 * <p>API methods return the decoded body (or {@code Void}, or {@code retrofit2.Response<T>} when
 * headers are needed) and run synchronously on the caller's thread. They throw only {@link
 * io.channelbridge.core.error.ChannelException} subtypes: the channel's error replies through the
 * {@link ErrorMapper}, transport failures (timeouts, resets) as {@link
 * io.channelbridge.core.error.ChannelUnavailableException} with the cause attached, undecodable
 * replies as {@link io.channelbridge.core.error.ProtocolException}. Per-call {@link
 * io.channelbridge.core.CallOptions} travel as a Retrofit {@code @Tag CallOptions} parameter: their
 * timeout is the deadline of the whole call (retries and waits included), their headers are sent,
 * their idempotency key is sent in the channel's {@link Builder#idempotencyHeader idempotency
 * header}. Retries follow the {@link RetryPolicy}.
 *
 * <p>Logging: logger {@code io.channelbridge.http.<channelId>}; one DEBUG line per attempt (method,
 * path, status, duration, attempt, channel trace id); requests and replies at TRACE, with {@code
 * Authorization}, signature and token headers, secret fields, known secret values and buyers'
 * personal data (phone, address, names) redacted.
 */
public final class ChannelHttp {
  private final String channelId;
  private final Moshi moshi;
  private final Retrofit retrofit;
  private final ChannelHttp unauthenticated;
  private final ChannelHttp tokenEndpoint;

  private ChannelHttp(
      String channelId, Moshi moshi, Retrofit retrofit, ChannelHttp plain, ChannelHttp token) {
    this.channelId = channelId;
    this.moshi = moshi;
    this.retrofit = retrofit;
    this.unauthenticated = plain == null ? this : plain;
    this.tokenEndpoint = token == null ? this : token;
  }

  /**
   * A builder for a channel's transport.
   *
   * @param channelId the channel id, e.g. {@code naver}; named in every exception and log line
   * @return the builder
   */
  public static Builder builder(String channelId) {
    return new Builder(channelId);
  }

  /**
   * The channel id.
   *
   * @return the id
   */
  public String channelId() {
    return channelId;
  }

  /**
   * Creates an implementation of an API interface whose methods return bodies (see the class
   * comment).
   *
   * @param api the Retrofit interface
   * @param <T> its type
   * @return the implementation
   * @throws IllegalArgumentException if a method returns {@code Call} or a future
   */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /**
   * The Retrofit instance, for adapters that need more than {@link #create(Class)}.
   *
   * @return the Retrofit
   */
  public Retrofit retrofit() {
    return retrofit;
  }

  /**
   * The channel's Moshi: the SDK adapters ({@code Instant}/{@code OffsetDateTime} in the channel's
   * zone and format, {@code Money}, enums with {@code UNKNOWN}) plus the adapter's own. Use it in
   * mapper tests to read JSON fixtures exactly as the transport does.
   *
   * @return the Moshi
   */
  public Moshi moshi() {
    return moshi;
  }

  /**
   * The same transport (stack, rate limiter, retry budget, listener, error mapping) without the
   * bearer token or signer, for the channel's token endpoint.
   *
   * @return the unauthenticated transport; this one if it has no auth
   */
  public ChannelHttp unauthenticated() {
    return unauthenticated;
  }

  /**
   * The transport for the channel's token endpoint: like {@link #unauthenticated()} (stack, retry
   * budget, listener, error mapping), but outside the channel's client-side rate limit, since a
   * channel counts its token endpoint apart from its API: fetching a token never spends a permit of
   * the API calls, and a 429 from the token endpoint does not pause them. {@link
   * ClientCredentialsTokenSource} sends its requests here.
   *
   * @return the token-endpoint transport
   */
  public ChannelHttp tokenEndpoint() {
    return tokenEndpoint;
  }

  @Override
  public String toString() {
    return "ChannelHttp[" + channelId + ", " + retrofit.baseUrl() + ']';
  }

  /** Builds a {@link ChannelHttp}. Not thread-safe. */
  public static final class Builder {
    private final String channelId;
    private HttpStack stack;
    private HttpUrl baseUrl;
    private RateLimit rateLimit;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration callTimeout = Duration.ofSeconds(60);
    private Duration connectTimeout;
    private Duration readTimeout;
    private TokenSource tokenSource;
    private Duration refreshAhead = Duration.ofSeconds(60);
    private RequestSigner signer;
    private ErrorMapper errorMapper = ErrorMapper.generic();
    private String traceIdHeader;
    private String idempotencyHeader;
    private ChannelCallListener listener = ChannelCallListener.NONE;
    private ZoneId zone = ZoneId.of("Asia/Seoul");
    private DateTimeFormatter timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private Consumer<Moshi.Builder> moshiCustomizer = b -> {};
    private final Set<String> redactFields = new LinkedHashSet<>();
    private final Set<String> redactHeaders = new LinkedHashSet<>();
    private final Set<Secret> redactValues = new LinkedHashSet<>();
    private Clock clock = Clock.systemUTC();
    private Timing timing = Timing.SYSTEM;

    private Builder(String channelId) {
      Objects.requireNonNull(channelId, "channelId");
      if (channelId.isBlank()) {
        throw new IllegalArgumentException("channelId must not be blank");
      }
      this.channelId = channelId;
    }

    /**
     * Sets the shared HTTP stack (required).
     *
     * @param stack the stack
     * @return this builder
     */
    public Builder stack(HttpStack stack) {
      this.stack = Objects.requireNonNull(stack, "stack");
      return this;
    }

    /**
     * Sets the base URL (required). API paths are relative to it: declare them without a leading
     * {@code /} to keep a base path such as {@code /external}.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      if (url == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Sets the base URL (required).
     *
     * @param baseUrl an absolute http(s) URI
     * @return this builder
     * @see #baseUrl(String)
     */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(baseUrl.toString());
    }

    /**
     * Limits requests of this channel account on the client side, shared by all threads: at most
     * {@code permits} in <b>every</b> window of one {@code period} (channels count per window),
     * with bursts up to {@code burst}. Every attempt (retries included) takes a permit; a call
     * waits for its permit up to its deadline. Requests to the {@link ChannelHttp#tokenEndpoint()
     * token endpoint} take none. Unlimited if not set ({@code null}).
     *
     * @param rateLimit the channel's documented limit
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /**
     * Sets the retry policy ({@link RetryPolicy#defaults()} if not set).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the deadline of a call whose {@code CallOptions} set no timeout (60 s if not set).
     *
     * @param timeout the deadline, retries included
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets the connect timeout of one attempt for this channel (the stack's if not set; the stack's
     * connection pool and dispatcher stay shared).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout);
      return this;
    }

    /**
     * Sets the longest silence while reading a reply, per attempt, for this channel (the stack's if
     * not set).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout);
      return this;
    }

    private static Duration positive(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      return timeout;
    }

    /**
     * Authenticates with {@code Authorization: Bearer <token>} from a token source, refreshed under
     * single flight before it expires and once on a 401. A {@link ClientCredentialsTokenSource} is
     * connected to this channel's {@link ChannelHttp#tokenEndpoint() token endpoint transport} when
     * the transport is built.
     *
     * @param source fetches new tokens
     * @return this builder
     */
    public Builder bearerToken(TokenSource source) {
      this.tokenSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets how long before expiry a token is refreshed (60 s if not set). Until it expires, other
     * threads keep using the old token while one thread refreshes.
     *
     * @param refreshAhead the margin
     * @return this builder
     */
    public Builder refreshAhead(Duration refreshAhead) {
      this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
      return this;
    }

    /**
     * Signs every attempt with the adapter's signer (after rate limiting, so a signature is never
     * stale). The headers it sets are redacted from logs.
     *
     * @param signer the signer
     * @return this builder
     */
    public Builder signer(RequestSigner signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * Sets how error bodies are read ({@link ErrorMapper#generic()} if not set).
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder errorMapper(ErrorMapper mapper) {
      this.errorMapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Names the reply header holding the channel's trace id (e.g. {@code gncp-gw-trace-id}); it is
     * logged with every attempt and kept in exceptions whose body has none.
     *
     * @param header the header name
     * @return this builder
     */
    public Builder traceIdHeader(String header) {
      this.traceIdHeader = header;
      return this;
    }

    /**
     * Names the channel's idempotency header (e.g. {@code Idempotency-Key}). When set, every {@code
     * POST} and {@code PATCH} carries a key (the caller's from {@code CallOptions}, or a generated
     * UUID), the same on every retry of one call, and so may be retried. When not set, no key is
     * sent and a {@code POST} is never sent twice.
     *
     * @param header the header name
     * @return this builder
     */
    public Builder idempotencyHeader(String header) {
      this.idempotencyHeader = header;
      return this;
    }

    /**
     * Sets the listener told of calls, retries and rate limiting.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ChannelCallListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the channel's zone: date-times without an offset are read in it, and date-times are
     * written in it ({@code Asia/Seoul} if not set).
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder timeZone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets how date-times are written, in JSON and in query, path and header parameters ({@code
     * yyyy-MM-dd'T'HH:mm:ssXXX} if not set; Naver uses {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}).
     * Reading accepts any ISO-8601 date-time.
     *
     * @param pattern a {@link DateTimeFormatter} pattern
     * @return this builder
     */
    public Builder timeFormat(String pattern) {
      this.timeFormat = DateTimeFormatter.ofPattern(pattern);
      return this;
    }

    /**
     * Adds the adapter's own Moshi adapters; they take precedence over the SDK's.
     *
     * @param customizer adds adapters to the builder
     * @return this builder
     */
    public Builder moshi(Consumer<Moshi.Builder> customizer) {
      this.moshiCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Redacts more JSON and form fields from logs, beyond the built-in secrets and personal data.
     *
     * @param names field names (matched ignoring case, {@code _} and {@code -})
     * @return this builder
     */
    public Builder redactFields(String... names) {
      redactFields.addAll(Set.of(names));
      return this;
    }

    /**
     * Redacts more headers from logs, beyond {@code Authorization}, cookies, the signer's headers
     * and headers named like tokens, secrets, signatures or API keys.
     *
     * @param names header names
     * @return this builder
     */
    public Builder redactHeaders(String... names) {
      redactHeaders.addAll(Set.of(names));
      return this;
    }

    /**
     * Scrubs these values wherever they would appear in logs or exception messages: give the
     * channel's configured secrets (client secret, secret key) here.
     *
     * @param secrets the secrets
     * @return this builder
     */
    public Builder redactValues(Secret... secrets) {
      redactValues.addAll(Set.of(secrets));
      return this;
    }

    /**
     * Sets the wall clock for token expiry, signing timestamps and HTTP dates ({@link
     * Clock#systemUTC()} if not set); pass {@code ChannelConfig.clock()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** For tests: the monotonic clock and sleep of deadlines, backoff and rate limiting. */
    Builder timing(Timing timing) {
      this.timing = Objects.requireNonNull(timing, "timing");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport
     * @throws IllegalStateException if the stack or base URL is missing
     */
    public ChannelHttp build() {
      if (stack == null) {
        throw new IllegalStateException("stack is required");
      }
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      Moshi.Builder mb = new Moshi.Builder();
      moshiCustomizer.accept(mb);
      Moshi moshi = SdkJson.install(mb, channelId, zone, timeFormat).build();
      Redactor redactor = new Redactor(redactFields, redactHeaders);
      redactValues.forEach(s -> redactor.addSecretValue(s.reveal()));
      RateLimiter limiter = rateLimit == null ? null : new RateLimiter(rateLimit, timing);
      ChannelRuntime rt =
          new ChannelRuntime(
              channelId,
              timing,
              clock,
              limiter,
              retryPolicy,
              callTimeout,
              idempotencyHeader,
              traceIdHeader,
              redactor,
              listener,
              errorMapper.bind(moshi));

      // The token endpoint is counted apart from the API: its requests take no permit.
      ChannelHttp token =
          rateLimit == null
              ? null
              : new ChannelHttp(
                  channelId,
                  moshi,
                  retrofit(rt, moshi, client(rt, null, null, false), false),
                  null,
                  null);
      ChannelHttp plain =
          new ChannelHttp(
              channelId,
              moshi,
              retrofit(rt, moshi, client(rt, null, null, true), true),
              null,
              token);
      ChannelHttp tokenHttp = plain.tokenEndpoint();
      if (tokenSource instanceof ClientCredentialsTokenSource cc) {
        cc.attach(tokenHttp, clock);
      }
      if (tokenSource == null && signer == null) {
        return plain;
      }
      TokenCache tokens =
          tokenSource == null
              ? null
              : new TokenCache(channelId, tokenSource, clock, refreshAhead, redactor);
      OkHttpClient authClient = client(rt, tokens, signer, true);
      return new ChannelHttp(
          channelId, moshi, retrofit(rt, moshi, authClient, true), plain, tokenHttp);
    }

    private OkHttpClient client(
        ChannelRuntime rt, TokenCache tokens, RequestSigner signer, boolean limited) {
      OkHttpClient.Builder b =
          stack
              .client()
              .newBuilder()
              .retryOnConnectionFailure(false)
              .eventListenerFactory(ReadFailures.over(stack.client().eventListenerFactory()));
      if (connectTimeout != null) {
        b.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        b.readTimeout(readTimeout);
      }
      if (tokens != null) {
        b.addInterceptor(new BearerAuthInterceptor(tokens, timing));
      }
      if (rateLimit != null && limited) {
        b.addInterceptor(new RateLimitInterceptor(rt));
      }
      if (signer != null) {
        b.addInterceptor(new SigningInterceptor(channelId, signer, clock, rt.redactor()));
      }
      b.addNetworkInterceptor(new WireInterceptor(rt));
      return b.build();
    }

    private Retrofit retrofit(
        ChannelRuntime rt, Moshi moshi, OkHttpClient client, boolean limited) {
      return new Retrofit.Builder()
          .baseUrl(baseUrl)
          .callFactory(DeferredCall.factory(client)) // the executor makes the calls it executes
          .addCallAdapterFactory(new BodyCallAdapterFactory(new CallExecutor(rt, client, limited)))
          .addConverterFactory(new TimeStrings(zone, timeFormat))
          .addConverterFactory(MoshiConverterFactory.create(moshi))
          .build();
    }
  }
}
