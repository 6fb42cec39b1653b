package io.channelbridge.core.http.internal;

import com.squareup.moshi.JsonDataException;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.http.CallInfo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Invocation;

/**
 * Runs one SDK call: applies its {@link CallOptions}, gives writes an idempotency key, makes
 * attempts until one succeeds or retrying is unsafe, useless or over budget, decodes the reply, and
 * turns every failure into a {@link ChannelException}. Logs one DEBUG line per attempt and tells
 * the listener.
 */
public final class CallExecutor {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRY_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final ChannelRuntime rt;
  private final OkHttpClient client;
  private final boolean rateLimited;
  private final String userAgent;

  /** {@code Class.method} of each API method: built once, not on every call. */
  private final Map<Method, String> operations = new ConcurrentHashMap<>();

  /**
   * Creates an executor.
   *
   * @param rt the channel's transport state
   * @param client the channel's client, with its interceptors
   * @param rateLimited whether the client takes permits from the channel's rate limiter (a 429 then
   *     pauses the limiter); {@code false} for the token endpoint, which is counted apart
   */
  public CallExecutor(ChannelRuntime rt, OkHttpClient client, boolean rateLimited) {
    this.rt = rt;
    this.client = client;
    this.rateLimited = rateLimited;
    this.userAgent = SdkVersion.userAgent(rt.channelId);
  }

  /**
   * Executes a call.
   *
   * @param request the request Retrofit built, with its tags
   * @param converter decodes a successful body, or {@code null} to discard it
   * @param wantsResponse return a {@code retrofit2.Response} rather than the body
   * @param idempotent the API method is marked {@code @Idempotent}
   * @return the decoded body, or the {@code retrofit2.Response}
   * @throws ChannelException on any failure
   */
  public Object execute(
      Request request,
      Converter<ResponseBody, ?> converter,
      boolean wantsResponse,
      boolean idempotent) {
    return execute(request, converter, wantsResponse, idempotent, false);
  }

  /**
   * Executes a call.
   *
   * @param request the request Retrofit built, with its tags
   * @param converter decodes a successful body, or {@code null} to discard it
   * @param wantsResponse return a {@code retrofit2.Response} rather than the body
   * @param idempotent the API method is marked {@code @Idempotent}
   * @param unreadableIsTransient a successful reply whose body is not even well-formed (an HTML
   *     page, an empty body) is a transient failure, retried like a reset when the call is safe to
   *     repeat, and a {@link ChannelUnavailableException} at the end; otherwise a {@link
   *     ProtocolException} at once
   * @return the decoded body, or the {@code retrofit2.Response}
   * @throws ChannelException on any failure
   */
  public Object execute(
      Request request,
      Converter<ResponseBody, ?> converter,
      boolean wantsResponse,
      boolean idempotent,
      boolean unreadableIsTransient) {
    CallOptions options =
        Optional.ofNullable(request.tag(CallOptions.class)).orElse(CallOptions.DEFAULTS);
    String method = request.method();
    CallInfo info =
        new CallInfo(rt.channelId, operation(request), method, request.url().encodedPath());
    long start = rt.timing.nanoTime();
    long deadline = start + options.timeout().orElse(rt.defaultTimeout).toNanos();

    Request.Builder builder = request.newBuilder();
    if (request.header("User-Agent") == null) {
      builder.header("User-Agent", userAgent);
    }
    options.headers().forEach(builder::header);
    boolean write = method.equals("POST") || method.equals("PATCH");
    boolean keyed = false;
    if (rt.idempotencyHeader != null) {
      String key = options.idempotencyKey().orElse(write ? UUID.randomUUID().toString() : null);
      if (key != null) {
        builder.header(rt.idempotencyHeader, key);
        keyed = true;
      }
    }
    boolean safe = SAFE_METHODS.contains(method) || idempotent || keyed;
    CallContext ctx = new CallContext(info, deadline);
    builder.tag(CallContext.class, ctx);
    Request prepared = builder.build();

    rt.events.started(info);
    int status = 0;
    int attempt = 0;
    ChannelException error = null;
    try {
      while (true) {
        attempt++;
        ctx.beginAttempt(attempt);
        long attemptStart = rt.timing.nanoTime();
        long remaining = deadline - attemptStart;
        if (remaining <= 0) {
          throw deadlineExceeded(info, options, attempt - 1, status, null);
        }
        okhttp3.Call call = client.newCall(prepared);
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        Response raw;
        try {
          raw = call.execute();
        } catch (IOException e) {
          ChannelException carried = ChannelIOException.unwrap(e);
          if (carried != null) {
            logAttempt(info, attempt, carried.getClass().getSimpleName(), attemptStart, null);
            throw carried;
          }
          logAttempt(info, attempt, e.getClass().getSimpleName(), attemptStart, null);
          long delay = (!ctx.sent() || safe) ? retryDelay(attempt, null, deadline, e) : -1;
          if (delay < 0) {
            throw transportFailure(info, options, attempt, 0, deadline, e);
          }
          rt.events.retried(info, attempt, Duration.ofNanos(delay), e.getClass().getSimpleName());
          sleep(delay, info);
          continue;
        }
        status = raw.code();
        String traceId = rt.traceIdHeader == null ? null : raw.header(rt.traceIdHeader);
        if (raw.isSuccessful()) {
          Object body;
          try {
            body = decode(raw, converter);
          } catch (IOException e) {
            boolean cutOff = ctx.isReadFailure(e);
            if (!cutOff && !unreadableIsTransient) {
              logAttempt(info, attempt, status + " (malformed body)", attemptStart, traceId);
              throw protocol(status, traceId, e);
            }
            logAttempt(
                info,
                attempt,
                status + (cutOff ? " (body cut off)" : " (malformed body)"),
                attemptStart,
                traceId);
            long delay = safe ? retryDelay(attempt, null, deadline, e) : -1;
            if (delay < 0) {
              throw transportFailure(info, options, attempt, status, deadline, e);
            }
            rt.events.retried(info, attempt, Duration.ofNanos(delay), e.getClass().getSimpleName());
            sleep(delay, info);
            continue;
          } catch (ChannelException e) {
            logAttempt(info, attempt, status + " (unreadable body)", attemptStart, traceId);
            throw e;
          } catch (JsonDataException e) {
            logAttempt(info, attempt, status + " (unexpected JSON)", attemptStart, traceId);
            throw protocol(status, traceId, e);
          } catch (RuntimeException e) {
            logAttempt(info, attempt, status + " (undecodable body)", attemptStart, traceId);
            throw protocol(status, traceId, e);
          }
          logAttempt(info, attempt, status, attemptStart, traceId);
          return wantsResponse ? retrofit2.Response.success(body, stripped(raw)) : body;
        }
        logAttempt(info, attempt, status, attemptStart, traceId);
        Duration wait = null;
        if (RETRY_STATUSES.contains(status)) {
          wait = waitHint(raw);
          if (status == 429 && wait != null && rt.limiter != null && rateLimited) {
            rt.limiter.pauseFor(wait.toNanos());
          }
          long delay = safe ? retryDelay(attempt, wait, deadline, null) : -1;
          if (delay >= 0) {
            raw.close();
            rt.events.retried(info, attempt, Duration.ofNanos(delay), "HTTP " + status);
            sleep(delay, info);
            continue;
          }
        }
        throw rt.errors.read(raw, wait);
      }
    } catch (ChannelException e) {
      error = e;
      throw e;
    } finally {
      rt.events.finished(
          info, status, attempt, Duration.ofNanos(rt.timing.nanoTime() - start), error);
    }
  }

  private String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return request.method() + " " + request.url().encodedPath();
    }
    return operations.computeIfAbsent(
        invocation.method(), m -> m.getDeclaringClass().getSimpleName() + "." + m.getName());
  }

  private static Object decode(Response raw, Converter<ResponseBody, ?> converter)
      throws IOException {
    try (ResponseBody body = raw.body()) {
      if (converter == null || raw.code() == 204 || raw.code() == 205) {
        return null;
      }
      return converter.convert(body);
    }
  }

  private static Response stripped(Response raw) {
    ResponseBody body = raw.body();
    return raw.newBuilder().body(ResponseBody.create(new byte[0], body.contentType())).build();
  }

  private Duration waitHint(Response raw) {
    Optional<Duration> hint;
    try {
      hint = rt.policy.waitHint().apply(raw);
    } catch (RuntimeException e) {
      rt.log.warn("{}: the retry wait hint threw {}; ignored", rt.channelId, e.toString());
      hint = Optional.empty();
    }
    return hint.orElseGet(
        () -> {
          String header = raw.header("Retry-After");
          if (header == null) {
            header = raw.header(WireInterceptor.HIDDEN_RETRY_AFTER);
          }
          return RetryAfter.parse(header, rt.clock);
        });
  }

  /**
   * The wait before the next attempt, or -1 when the call must not be retried (attempts or budget
   * used up, the channel's wait too long, or past the deadline).
   */
  private long retryDelay(int attempt, Duration channelWait, long deadline, IOException failure) {
    if (attempt >= rt.policy.maxAttempts() || Thread.currentThread().isInterrupted()) {
      return -1;
    }
    if (failure instanceof InterruptedIOException && rt.timing.nanoTime() >= deadline) {
      return -1;
    }
    long delay;
    if (channelWait != null) {
      if (channelWait.compareTo(rt.policy.maxRetryAfter()) > 0) {
        return -1;
      }
      delay = channelWait.toNanos();
    } else {
      long base = rt.policy.baseDelay().toNanos();
      long cap = rt.policy.maxDelay().toNanos();
      long exp = attempt >= 62 ? cap : Math.min(cap, base << Math.min(attempt - 1, 30));
      delay = exp <= 0 ? 0 : ThreadLocalRandom.current().nextLong(exp + 1);
    }
    if (rt.timing.nanoTime() + delay >= deadline) {
      return -1;
    }
    if (!rt.budget.tryAcquire()) {
      rt.log.debug("{}: retry budget exhausted, not retrying", rt.channelId);
      return -1;
    }
    return delay;
  }

  private void sleep(long nanos, CallInfo info) {
    try {
      rt.timing.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelUnavailableException(
          rt.channelId,
          info.method() + " " + info.path() + " interrupted while waiting to retry",
          0,
          null,
          null,
          e);
    }
  }

  private ChannelException transportFailure(
      CallInfo info, CallOptions options, int attempts, int status, long deadline, IOException e) {
    if (rt.timing.nanoTime() >= deadline) {
      return deadlineExceeded(info, options, attempts, status, e);
    }
    return new ChannelUnavailableException(
        rt.channelId,
        info.method()
            + " "
            + info.path()
            + " failed after "
            + attempts
            + (attempts == 1 ? " attempt: " : " attempts: ")
            + describe(e),
        status,
        null,
        null,
        e);
  }

  private ChannelException deadlineExceeded(
      CallInfo info, CallOptions options, int attempts, int status, IOException e) {
    Duration timeout = options.timeout().orElse(rt.defaultTimeout);
    return new ChannelUnavailableException(
        rt.channelId,
        info.method()
            + " "
            + info.path()
            + " exceeded its deadline of "
            + timeout.toMillis()
            + " ms after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + (e == null ? "" : ": " + describe(e)),
        status,
        null,
        null,
        e);
  }

  private ProtocolException protocol(int status, String traceId, Exception e) {
    return new ProtocolException(
        rt.channelId,
        "could not read the reply: " + rt.redactor.scrub(describe(e)),
        status,
        null,
        traceId,
        e);
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private void logAttempt(
      CallInfo info, int attempt, int status, long attemptStart, String traceId) {
    if (rt.log.isDebugEnabled()) {
      logAttempt(info, attempt, String.valueOf(status), attemptStart, traceId);
    }
  }

  private void logAttempt(
      CallInfo info, int attempt, String outcome, long attemptStart, String traceId) {
    if (rt.log.isDebugEnabled()) {
      rt.log.debug(
          "{} {} {} -> {} in {} ms (attempt {}{})",
          rt.channelId,
          info.method(),
          info.path(),
          outcome,
          TimeUnit.NANOSECONDS.toMillis(rt.timing.nanoTime() - attemptStart),
          attempt,
          traceId == null ? "" : ", trace " + traceId);
    }
  }
}
