package io.channelbridge.micrometer;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.http.CallInfo;
import io.channelbridge.core.http.ChannelCallListener;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ChannelCallListener} that records every channel call in Micrometer, and opens an {@link
 * Observation} per call so that tracing works.
 *
 * <pre>{@code
 * MicrometerCallListener metrics = MicrometerCallListener.builder(meterRegistry)
 *     .observations(observationRegistry)        // optional: a span per call
 *     .tag("account", "shop-1")                 // optional: constant tags, e.g. the hub key
 *     .build();
 * ChannelConfig config = ChannelConfig.builder().listener(metrics)...build();
 * }</pre>
 *
 * <p>Meters (every tag value is bounded: channel ids, API method names and fixed words; never order
 * ids, paths or secrets):
 *
 * <ul>
 *   <li>{@value #CALLS} (timer): each call, retries and waits included. Tags {@code channel},
 *       {@code operation} (the API method, e.g. {@code NaverApi.lastChangedStatuses}), {@code
 *       outcome} ({@code SUCCESS}, {@code RATE_LIMITED}, {@code UNAVAILABLE}, {@code
 *       AUTHENTICATION}, {@code PERMISSION_DENIED}, {@code NOT_FOUND}, {@code CONFLICT}, {@code
 *       VALIDATION}, {@code PROTOCOL}, {@code UNSUPPORTED}, {@code CONFIGURATION}, {@code ERROR}),
 *       {@code status} (the last HTTP status class, {@code 2xx}..{@code 5xx}, or {@code NONE}) and
 *       {@code retried} ({@code true} when more than one attempt was made).
 *   <li>{@value #RETRIES} (counter): attempts that failed and were retried. Tags {@code channel},
 *       {@code operation}, {@code cause} ({@code RATE_LIMITED} for 429, {@code SERVER_ERROR} for
 *       5xx and 408, {@code TRANSPORT} for resets, timeouts and unreadable replies).
 *   <li>{@value #RATE_LIMIT_WAITS} (counter) and {@value #RATE_LIMIT_WAITED} (counter, seconds):
 *       attempts the client-side rate limiter held back, and for how long. Tag {@code channel}.
 *   <li>{@value #TOKEN_REFRESHES} (counter): access tokens fetched through the SDK's token endpoint
 *       ({@code ClientCredentialsTokenSource}). Tags {@code channel}, {@code outcome}. The token
 *       request is also a call of its own in {@value #CALLS} ({@code
 *       operation=TokenEndpoint.token}).
 * </ul>
 *
 * <p>Observations are named {@value #OBSERVATION}, with the low-cardinality keys {@code channel},
 * {@code operation}, {@code http.method}, and at the end {@code outcome} and {@code status}. A
 * token request made for a call is a child of that call's observation.
 *
 * <p>Thread-safe. One instance can serve many channels; give each account its own instance when you
 * add constant tags such as the account's name.
 */
public final class MicrometerCallListener implements ChannelCallListener {
  /** The call timer's name. */
  public static final String CALLS = "channelbridge.calls";

  /** The retry counter's name. */
  public static final String RETRIES = "channelbridge.calls.retries";

  /** The counter of attempts the client-side rate limiter held back. */
  public static final String RATE_LIMIT_WAITS = "channelbridge.rate.limit.waits";

  /** The counter of seconds the client-side rate limiter held attempts back. */
  public static final String RATE_LIMIT_WAITED = "channelbridge.rate.limit.waited";

  /** The token refresh counter's name. */
  public static final String TOKEN_REFRESHES = "channelbridge.token.refreshes";

  /** The name of the observation opened for each call. */
  public static final String OBSERVATION = "channelbridge.call";

  /** How the transport names a token request made by {@code ClientCredentialsTokenSource}. */
  static final String TOKEN_OPERATION = "TokenEndpoint.token";

  private final MeterRegistry registry;
  private final ObservationRegistry observations;
  private final Tags tags;
  private final ThreadLocal<Deque<Open>> open = ThreadLocal.withInitial(ArrayDeque::new);

  private MicrometerCallListener(Builder b) {
    this.registry = b.registry;
    this.observations = b.observations;
    this.tags = b.tags;
  }

  /**
   * A builder.
   *
   * @param registry where the meters go
   * @return the builder
   */
  public static Builder builder(MeterRegistry registry) {
    return new Builder(registry);
  }

  @Override
  public void callStarted(CallInfo call) {
    if (observations.isNoop()) {
      return;
    }
    Observation observation =
        Observation.createNotStarted(OBSERVATION, observations)
            .contextualName(call.channelId() + " " + operation(call))
            .lowCardinalityKeyValues(
                KeyValues.of(
                    "channel", call.channelId(),
                    "operation", operation(call),
                    "http.method", String.valueOf(call.method())));
    for (Tag t : tags) {
      observation.lowCardinalityKeyValue(t.getKey(), t.getValue());
    }
    observation.start();
    open.get().push(new Open(call, observation, observation.openScope()));
  }

  @Override
  public void callRetried(CallInfo call, int failedAttempt, Duration delay, String reason) {
    Counter.builder(RETRIES)
        .description("Attempts of channel calls that failed and were retried")
        .tags(tags)
        .tag("channel", call.channelId())
        .tag("operation", operation(call))
        .tag("cause", Outcomes.retryCause(reason))
        .register(registry)
        .increment();
  }

  @Override
  public void rateLimited(CallInfo call, Duration waited) {
    Counter.builder(RATE_LIMIT_WAITS)
        .description("Attempts the client-side rate limiter held back")
        .tags(tags)
        .tag("channel", call.channelId())
        .register(registry)
        .increment();
    Counter.builder(RATE_LIMIT_WAITED)
        .description("Time attempts waited for the client-side rate limiter")
        .baseUnit("seconds")
        .tags(tags)
        .tag("channel", call.channelId())
        .register(registry)
        .increment(waited.toNanos() / 1e9);
  }

  @Override
  public void callFinished(
      CallInfo call, int httpStatus, int attempts, Duration duration, ChannelException error) {
    String operation = operation(call);
    String outcome = Outcomes.outcome(error);
    String status = Outcomes.statusClass(httpStatus);
    Timer.builder(CALLS)
        .description("Channel calls, retries and waits included")
        .tags(tags)
        .tag("channel", call.channelId())
        .tag("operation", operation)
        .tag("outcome", outcome)
        .tag("status", status)
        .tag("retried", String.valueOf(attempts > 1))
        .register(registry)
        .record(duration.toNanos(), TimeUnit.NANOSECONDS);
    if (TOKEN_OPERATION.equals(call.operation())) {
      Counter.builder(TOKEN_REFRESHES)
          .description("Access tokens requested from the channel")
          .tags(tags)
          .tag("channel", call.channelId())
          .tag("outcome", outcome)
          .register(registry)
          .increment();
    }
    Open o = take(call);
    if (o != null) {
      o.observation.lowCardinalityKeyValue("outcome", outcome);
      o.observation.lowCardinalityKeyValue("status", status);
      if (error != null) {
        o.observation.error(error);
      }
      o.scope.close();
      o.observation.stop();
    }
  }

  /** The call's open observation: the newest on this thread for the same call. */
  private Open take(CallInfo call) {
    if (observations.isNoop()) {
      return null;
    }
    Deque<Open> stack = open.get();
    for (Iterator<Open> it = stack.iterator(); it.hasNext(); ) {
      Open o = it.next();
      if (o.call.equals(call)) {
        it.remove();
        if (stack.isEmpty()) {
          open.remove();
        }
        return o;
      }
    }
    return null;
  }

  private static String operation(CallInfo call) {
    return Outcomes.operation(call.operation(), call.method());
  }

  @Override
  public String toString() {
    return "MicrometerCallListener" + tags;
  }

  private record Open(CallInfo call, Observation observation, Observation.Scope scope) {}

  /** Builds a {@link MicrometerCallListener}. */
  public static final class Builder {
    private final MeterRegistry registry;
    private ObservationRegistry observations = ObservationRegistry.NOOP;
    private Tags tags = Tags.empty();

    private Builder(MeterRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Opens an {@link Observation} per call in this registry (default: none).
     *
     * @param observations the observation registry
     * @return this builder
     */
    public Builder observations(ObservationRegistry observations) {
      this.observations = Objects.requireNonNull(observations, "observations");
      return this;
    }

    /**
     * Adds a constant tag to every meter and observation, e.g. the account's key in a hub. Its
     * value must come from a bounded set (configuration, not data).
     *
     * @param key the tag key
     * @param value the tag value
     * @return this builder
     */
    public Builder tag(String key, String value) {
      this.tags = tags.and(key, value);
      return this;
    }

    /**
     * Adds constant tags, see {@link #tag(String, String)}.
     *
     * @param tags the tags
     * @return this builder
     */
    public Builder tags(Iterable<Tag> tags) {
      this.tags = this.tags.and(tags);
      return this;
    }

    /**
     * Builds the listener.
     *
     * @return the listener
     */
    public MicrometerCallListener build() {
      return new MicrometerCallListener(this);
    }
  }
}
