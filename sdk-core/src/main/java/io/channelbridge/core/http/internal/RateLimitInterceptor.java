package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.RateLimitedException;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Takes a permit from the channel account's {@link RateLimiter} before each request goes out,
 * waiting at most until the call's deadline; a longer wait ends the call with a client-side {@link
 * RateLimitedException} (HTTP status 0) before anything is sent.
 */
public final class RateLimitInterceptor implements Interceptor {
  private final ChannelRuntime rt;

  /**
   * Creates the interceptor.
   *
   * @param rt the channel's transport state
   */
  public RateLimitInterceptor(ChannelRuntime rt) {
    this.rt = rt;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext ctx = request.tag(CallContext.class);
    long maxWait =
        ctx == null ? rt.defaultTimeout.toNanos() : ctx.deadlineNanos - rt.timing.nanoTime();
    long waited;
    try {
      waited = rt.limiter.acquire(Math.max(0, maxWait));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelIOException(
          new ChannelUnavailableException(
              rt.channelId, "interrupted while rate limited", 0, null, null, e));
    }
    if (waited < 0) {
      Duration needed = Duration.ofNanos(-waited);
      throw new ChannelIOException(
          new RateLimitedException(
              rt.channelId,
              "client-side rate limit of "
                  + rt.limiter.limit().permits()
                  + " per "
                  + rt.limiter.limit().period()
                  + ": the next permit ("
                  + needed.toMillis()
                  + " ms) is beyond the call's deadline",
              needed,
              0,
              null,
              null));
    }
    if (waited > 0 && ctx != null) {
      rt.events.rateLimited(ctx.info, Duration.ofNanos(waited));
    }
    return chain.proceed(request);
  }
}
