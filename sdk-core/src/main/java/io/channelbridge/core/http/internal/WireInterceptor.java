package io.channelbridge.core.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.GzipSource;
import okio.Okio;
import okio.Source;

/**
 * The network interceptor, next to the socket: marks the call as sent (from here on the channel may
 * have received bytes, so a non-idempotent request must not be repeated) and logs redacted requests
 * and replies at TRACE. Failures of reading the reply body are marked as transport failures (to
 * tell them from malformed JSON) by {@link ReadFailures}; at TRACE, where the log peeks at the
 * body, also by a source put under the body here, which repeats a failure to every later read.
 */
public final class WireInterceptor implements Interceptor {
  private static final long MAX_PEEK = 16 * 1024;

  /** Where a {@code Retry-After: 0} of a 503 travels past OkHttp's own retry. */
  static final String HIDDEN_RETRY_AFTER = "X-ChannelBridge-Retry-After";

  private final ChannelRuntime rt;

  /**
   * Creates the interceptor.
   *
   * @param rt the channel's transport state
   */
  public WireInterceptor(ChannelRuntime rt) {
    this.rt = rt;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext ctx = request.tag(CallContext.class);
    if (ctx != null) {
      ctx.markSent();
    }
    boolean trace = rt.log.isTraceEnabled();
    if (trace) {
      rt.log.trace(
          "{} --> {} {}\n{}{}",
          rt.channelId,
          request.method(),
          rt.redactor.url(request.url()),
          rt.redactor.headers(request.headers()),
          requestBody(request.body()));
    }
    Response response = hideZeroRetryAfter(chain.proceed(request));
    if (trace) {
      // The peek below reads ahead: make a failure it meets the decoder's failure too.
      response = wrapBody(response, ctx);
      String body;
      String encoding = response.header("Content-Encoding");
      if (encoding == null || encoding.equalsIgnoreCase("identity")) {
        body = peek(response);
      } else if (encoding.equalsIgnoreCase("gzip")) {
        body = peekGzip(response);
      } else {
        body = "(" + encoding + " body)";
      }
      rt.log.trace(
          "{} <-- {} {} {}\n{}{}",
          rt.channelId,
          response.code(),
          request.method(),
          request.url().encodedPath(),
          rt.redactor.headers(response.headers()),
          body);
    }
    return response;
  }

  /**
   * OkHttp itself silently sends any request again after {@code 503} with {@code Retry-After: 0},
   * which would post a non-idempotent write twice. Move that header out of its sight; the call
   * executor reads it back.
   */
  private static Response hideZeroRetryAfter(Response response) {
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null || !retryAfter.strip().equals("0")) {
      return response;
    }
    return response
        .newBuilder()
        .removeHeader("Retry-After")
        .header(HIDDEN_RETRY_AFTER, retryAfter.strip())
        .build();
  }

  /**
   * Puts a source under the body that marks read failures as transport failures and, once a read
   * failed, fails every later read the same way (so a TRACE peek that hit the failure does not
   * change what the decoder sees).
   */
  private static Response wrapBody(Response response, CallContext ctx) {
    ResponseBody original = response.body();
    Source sticky =
        new ForwardingSource(original.source()) {
          private IOException failure;

          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            if (failure != null) {
              throw failure;
            }
            try {
              return super.read(sink, byteCount);
            } catch (IOException e) {
              failure = e;
              if (ctx != null) {
                ctx.readFailed(e);
              }
              throw e;
            }
          }
        };
    BufferedSource buffered = Okio.buffer(sticky);
    return response
        .newBuilder()
        .body(ResponseBody.create(buffered, original.contentType(), original.contentLength()))
        .build();
  }

  private String peek(Response response) {
    try {
      return rt.redactor.body(response.peekBody(MAX_PEEK).string(), contentType(response.body()));
    } catch (IOException e) {
      return "(unreadable body: " + e.getClass().getSimpleName() + ")";
    }
  }

  private String peekGzip(Response response) {
    Buffer text = new Buffer();
    try (BufferedSource gunzip =
        Okio.buffer(new GzipSource(response.peekBody(4 * MAX_PEEK).source()))) {
      while (text.size() < MAX_PEEK && gunzip.read(text, MAX_PEEK - text.size()) != -1) {
        // read until enough or the end
      }
    } catch (IOException e) {
      // a body longer than the peek, or cut off: log what was decoded
    }
    return rt.redactor.body(text.readUtf8(), contentType(response.body()));
  }

  private static MediaType contentType(ResponseBody body) {
    return body == null ? null : body.contentType();
  }

  private String requestBody(RequestBody body) {
    if (body == null) {
      return "(no body)";
    }
    if (body.isOneShot() || body.isDuplex()) {
      return "(streamed body)";
    }
    try {
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      long size = buffer.size();
      String text = buffer.readString(Math.min(size, MAX_PEEK), StandardCharsets.UTF_8);
      return rt.redactor.body(text, body.contentType());
    } catch (IOException e) {
      return "(unreadable body)";
    }
  }
}
