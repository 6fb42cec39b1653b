package io.channelbridge.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ManualClock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every channel simulator shares, so that a simulator holds only its channel's routes and
 * state machine: a WireMock server on a loopback port (one acceptor, sized for two cores), one lock
 * for requests and driver calls, the simulator's {@link ManualClock} (every change stamped, then
 * the clock moves on a millisecond), the request count and journal, fault injection ({@link
 * Fault}s, a reset after processing, malformed replies) in one place before and after the channel's
 * routes, and the OAuth {@link TokenIssuer}. Channels add a {@link RateWindow} and {@link Keyset}
 * paging where they need them.
 *
 * <p>A request runs under the lock: it is counted and journaled, then an injected fault answers
 * instead if one is armed (a {@link Fault.Delay} only delays the real reply), then {@link
 * #handle(SimRequest)} answers; an {@link IllegalArgumentException} or a {@link DateTimeException}
 * from it becomes the channel's 400 ({@link #invalid(String, String)}).
 */
public abstract class SimulatorBase implements ChannelDriver, AutoCloseable {
  /** How many requests the journal keeps, the newest. */
  public static final int JOURNAL_SIZE = 10_000;

  /** Korea's offset, in which most channels speak. */
  protected static final ZoneOffset KST = ZoneOffset.ofHours(9);

  private static final DateTimeFormatter KST_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  /** The simulator's clock. */
  protected final ManualClock clock;

  /** Guards every request and driver call. */
  protected final Object lock = new Object();

  /** The tokens the simulator issued. */
  protected final TokenIssuer tokens;

  private final String name;
  private final String jsonContentType;
  private final WireMockServer server;

  // guarded by lock
  private long requests;
  private final Deque<Received> journal = new ArrayDeque<>();
  private int faultsLeft;
  private Fault fault;
  private String resetAfterPath;
  private int resetsLeft;
  private int malformedLeft;

  /**
   * Starts the server; requests reach {@link #handle(SimRequest)} once this returns.
   *
   * @param clock the simulator's clock
   * @param name the simulator's name, e.g. {@code naver-simulator}
   * @param jsonContentType the {@code Content-Type} of the channel's JSON replies
   * @param tokenLifetime how long issued tokens live
   */
  protected SimulatorBase(
      ManualClock clock, String name, String jsonContentType, Duration tokenLifetime) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.name = name;
    this.jsonContentType = jsonContentType;
    this.tokens = new TokenIssuer(clock, tokenLifetime);
    this.server =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1)
                .containerThreads(8)
                .disableRequestJournal()
                .extensions(new Handler()));
    server.start();
    // The handler rewrites this catch-all; a 500 shows if it ever does not.
    server.stubFor(
        WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(500)));
  }

  // ---------------------------------------------------------------- what a channel writes

  /**
   * Answers one request, under the lock; faults have been applied.
   *
   * @param request the request
   * @return the reply
   */
  protected abstract Reply handle(SimRequest request);

  /**
   * The channel's 400 for one bad field.
   *
   * @param field the field
   * @param reason what is wrong
   * @return the reply
   */
  protected abstract Reply invalid(String field, String reason);

  /**
   * The channel's error reply for an injected HTTP status ({@code Retry-After} is added here).
   *
   * @param status the status
   * @return the reply
   */
  protected abstract Reply injectedError(int status);

  /**
   * Answers a request that is not a call to the channel's API (not counted, no faults), or {@code
   * null} for an API call.
   *
   * @param request the request
   * @return the reply, or {@code null}
   */
  protected Reply uncounted(SimRequest request) {
    return null;
  }

  /** Runs under the lock after the clock moved: time-driven changes (deadlines) happen here. */
  protected void clockMoved() {}

  /**
   * The server's root URL, {@code http://127.0.0.1:<port>}.
   *
   * @return the URL
   */
  protected final String rootUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * The stamp of a change: now, then the clock moves on a millisecond, so that changes are strictly
   * ordered in time, as on a real server where time passes between requests.
   *
   * @return the time of the change
   */
  protected final Instant stamp() {
    Instant t = clock.instant();
    clock.advance(Duration.ofMillis(1));
    return t;
  }

  /**
   * A time as channels in Korea write it, {@code 2026-03-02T12:00:00.000+09:00}.
   *
   * @param t the time
   * @return the text
   */
  protected static String kst(Instant t) {
    return KST_TIME.format(t.atOffset(KST));
  }

  /**
   * Parses an ISO-8601 time with an offset.
   *
   * @param text the text
   * @return the instant
   * @throws DateTimeException if it is not one (the simulator answers 400)
   */
  protected static Instant offsetTime(String text) {
    if (text == null) {
      throw new DateTimeException("a time is required");
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  // ---------------------------------------------------------------- driver and test API

  /**
   * The simulator's clock.
   *
   * @return the clock
   */
  public final ManualClock clock() {
    return clock;
  }

  @Override
  public final Instant now() {
    return clock.instant();
  }

  @Override
  public final void advanceClock(Duration amount) {
    synchronized (lock) {
      clock.advance(amount);
      clockMoved();
    }
  }

  /**
   * Arms a fault for the next calls: an {@link Fault.HttpError} answers with the channel's error
   * body (and {@code Retry-After} if given) without processing, a {@link Fault.ConnectionReset}
   * drops the connection without processing, a {@link Fault.Delay} sends the correct reply late.
   */
  @Override
  public final void injectFaults(int nextCalls, Fault fault) {
    synchronized (lock) {
      this.faultsLeft = nextCalls;
      this.fault = fault;
    }
  }

  /**
   * The next {@code times} requests whose path ends with {@code pathSuffix} are processed (state
   * changes and idempotency record included), and then the connection is reset instead of the
   * reply: the client cannot know the request succeeded, so its retry is a true duplicate.
   *
   * @param pathSuffix e.g. {@code /accept}
   * @param times how many
   */
  public final void resetAfterProcessing(String pathSuffix, int times) {
    synchronized (lock) {
      this.resetAfterPath = Objects.requireNonNull(pathSuffix, "pathSuffix");
      this.resetsLeft = times;
    }
  }

  /**
   * The next {@code nextCalls} requests are processed, and the reply's body is cut off in the
   * middle of its JSON (the status stays): what a broken proxy or a truncated reply looks like.
   *
   * @param nextCalls how many
   */
  public final void injectMalformedReplies(int nextCalls) {
    synchronized (lock) {
      this.malformedLeft = nextCalls;
    }
  }

  /** Forgets every issued token: the next call gets the channel's 401. */
  public final void revokeTokens() {
    synchronized (lock) {
      tokens.revokeAll();
    }
  }

  /**
   * How many tokens the simulator has issued.
   *
   * @return the count
   */
  public final long tokensIssued() {
    synchronized (lock) {
      return tokens.issued();
    }
  }

  @Override
  public final long requestCount() {
    synchronized (lock) {
      return requests;
    }
  }

  /**
   * The requests received so far (faulted ones included; the newest {@value #JOURNAL_SIZE}), in
   * order.
   *
   * @return the requests
   */
  public final List<Received> received() {
    synchronized (lock) {
      return List.copyOf(journal);
    }
  }

  /**
   * The base URL the channel's adapter is configured with: the server's root unless the channel
   * mounts its API under a path.
   *
   * @return the URL
   */
  public String baseUrl() {
    return rootUrl();
  }

  @Override
  public void close() {
    server.stop();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + '[' + baseUrl() + ']';
  }

  // ---------------------------------------------------------------- the request path

  private ResponseDefinition answer(SimRequest request) {
    Reply reply;
    int delayMillis = 0;
    synchronized (lock) {
      reply = uncounted(request);
      if (reply == null) {
        requests++;
        journal.add(
            new Received(
                request.method(),
                request.path(),
                headers(request),
                request.raw().getBodyAsString()));
        if (journal.size() > JOURNAL_SIZE) {
          journal.removeFirst();
        }
        if (faultsLeft > 0) {
          faultsLeft--;
          if (fault instanceof Fault.Delay d) {
            delayMillis = (int) d.delay().toMillis(); // a correct reply, only late
          } else {
            return injected(fault);
          }
        }
        try {
          reply = handle(request);
        } catch (IllegalArgumentException | DateTimeException e) {
          reply = invalid("body", e.getMessage() == null ? "malformed request" : e.getMessage());
        }
        if (resetsLeft > 0 && request.path().endsWith(resetAfterPath)) {
          resetsLeft--;
          return reset();
        }
      }
      return build(reply, delayMillis, malformedLeft > 0 && malformedLeft-- > 0);
    }
  }

  private static Map<String, String> headers(SimRequest request) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (var h : request.raw().getHeaders().all()) {
      out.putIfAbsent(h.key(), h.firstValue());
    }
    return out;
  }

  private ResponseDefinition build(Reply reply, int delayMillis, boolean malformed) {
    ResponseDefinitionBuilder b =
        WireMock.aResponse().withStatus(reply.status()).withFixedDelay(delayMillis);
    reply.headers().forEach(b::withHeader);
    if (reply.body() instanceof byte[] bytes) {
      b.withBody(bytes);
    } else if (reply.body() != null || malformed) {
      String json = reply.body() == null ? "{" : Json.write(reply.body());
      if (malformed) {
        json = json.substring(0, (json.length() + 1) / 2);
      }
      b.withHeader("Content-Type", jsonContentType).withBody(json);
    }
    return b.build();
  }

  private ResponseDefinition injected(Fault fault) {
    if (fault instanceof Fault.HttpError e) {
      Reply reply = injectedError(e.status());
      if (e.retryAfter() != null) {
        reply = reply.withHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
      }
      return build(reply, 0, false);
    }
    return reset();
  }

  private static ResponseDefinition reset() {
    return WireMock.aResponse()
        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
        .build();
  }

  private final class Handler implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      return answer(SimRequest.of(event.getRequest()));
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
