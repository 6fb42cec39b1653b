package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.http.AccessToken;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends {@code Authorization: Bearer <token>} from the {@link TokenCache}; on a 401 it drops that
 * token, gets a new one (single flight) and sends the request once more.
 */
public final class BearerAuthInterceptor implements Interceptor {
  private final TokenCache tokens;
  private final Timing timing;

  /** The header value of the token last sent: built once per token, not once per request. */
  private volatile Header last;

  /** Holds a secret: no {@code toString} that shows it. */
  private static final class Header {
    final AccessToken token;
    final String value;

    Header(AccessToken token, String value) {
      this.token = token;
      this.value = value;
    }
  }

  /**
   * Creates the interceptor.
   *
   * @param tokens the token cache
   * @param timing the clock for deadlines
   */
  public BearerAuthInterceptor(TokenCache tokens, Timing timing) {
    this.tokens = tokens;
    this.timing = timing;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext ctx = request.tag(CallContext.class);
    AccessToken token = token(ctx);
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    response.close();
    tokens.invalidate(token);
    AccessToken fresh = token(ctx);
    return chain.proceed(withToken(request, fresh));
  }

  private AccessToken token(CallContext ctx) throws IOException {
    long wait = ctx == null ? 30_000_000_000L : ctx.deadlineNanos - timing.nanoTime();
    try {
      return tokens.get(wait);
    } catch (ChannelException e) {
      throw new ChannelIOException(e);
    }
  }

  private Request withToken(Request request, AccessToken token) {
    Header h = last;
    if (h == null || h.token != token) {
      h = new Header(token, "Bearer " + token.value().reveal());
      last = h;
    }
    return request.newBuilder().header("Authorization", h.value).build();
  }
}
