package io.channelbridge.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The HTTP client of one process or hub: a single {@link OkHttpClient} whose connection pool and
 * dispatcher every channel shares. Create one, give it to every {@link ChannelHttp}, and close it
 * when the hub closes. Thread-safe.
 *
 * <p>Per channel, the transport derives its own client from this one ({@code newBuilder()}, which
 * shares the pool and dispatcher) and adds its interceptors; it also turns off OkHttp's silent
 * retry on connection failure, since the transport decides what may be sent twice.
 */
public final class HttpStack implements AutoCloseable {
  private final OkHttpClient client;
  private final boolean owned;

  private HttpStack(OkHttpClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  /**
   * A stack with the defaults of {@link #builder()}.
   *
   * @return the stack
   */
  public static HttpStack create() {
    return builder().build();
  }

  /**
   * A stack over the caller's client (its proxy, TLS, interceptors and pool are used). {@link
   * #close()} then leaves the client open: it is the caller's.
   *
   * @param client the client
   * @return the stack
   */
  public static HttpStack using(OkHttpClient client) {
    return new HttpStack(Objects.requireNonNull(client, "client"), false);
  }

  /**
   * A builder: connect timeout 5 s, read and write timeouts 30 s (per attempt; the call's deadline
   * bounds the whole call), up to 16 idle connections kept 5 minutes.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The shared client.
   *
   * @return the client
   */
  public OkHttpClient client() {
    return client;
  }

  /**
   * Releases the connection pool and dispatcher threads, if this stack created them. Idempotent.
   */
  @Override
  public void close() {
    if (owned) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** Builds an {@link HttpStack}. Not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private int maxIdleConnections = 16;
    private Duration keepAlive = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Sets the connect timeout of one attempt.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the longest silence while reading a reply, per attempt.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the longest stall while writing a request, per attempt.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the connection pool.
     *
     * @param maxIdle idle connections kept
     * @param keepAlive how long an idle connection is kept
     * @return this builder
     */
    public Builder connectionPool(int maxIdle, Duration keepAlive) {
      this.maxIdleConnections = maxIdle;
      this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive");
      return this;
    }

    /**
     * Builds the stack.
     *
     * @return the stack
     */
    public HttpStack build() {
      OkHttpClient client =
          new OkHttpClient.Builder()
              .connectTimeout(connectTimeout)
              .readTimeout(readTimeout)
              .writeTimeout(writeTimeout)
              .connectionPool(
                  new ConnectionPool(
                      maxIdleConnections, keepAlive.toMillis(), TimeUnit.MILLISECONDS))
              .build();
      return new HttpStack(client, true);
    }
  }
}
