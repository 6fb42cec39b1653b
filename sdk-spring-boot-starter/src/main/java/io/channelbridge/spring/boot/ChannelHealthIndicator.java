package io.channelbridge.spring.boot;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A channel account's health: one cheap authenticated call (the first page of the catalogue, or a
 * one-minute window of lives), its result reused for the cache time so that health checks do not
 * spend the channel's rate limit. UP when the channel answered, DOWN when it failed (unreachable,
 * 5xx, credentials refused), UNKNOWN when it asked to slow down (429) or has nothing cheap to ask.
 * Details name the error type and HTTP status, never a message or a secret.
 */
public final class ChannelHealthIndicator implements HealthIndicator {
  private final CommerceChannel channel;
  private final Duration ttl;
  private final Duration timeout;
  private final Clock clock;
  private final Object lock = new Object();
  private Health cached; // guarded by lock
  private Instant cachedAt = Instant.MIN; // guarded by lock

  /**
   * Creates the indicator.
   *
   * @param channel the channel
   * @param ttl how long a result is reused; zero probes every time
   * @param timeout the probe call's deadline
   * @param clock the clock the cache runs on
   */
  public ChannelHealthIndicator(
      CommerceChannel channel, Duration ttl, Duration timeout, Clock clock) {
    this.channel = channel;
    this.ttl = ttl;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public Health health() {
    synchronized (lock) {
      Instant now = clock.instant();
      if (cached == null || !now.isBefore(cachedAt.plus(ttl))) {
        cached = probe();
        cachedAt = now;
      }
      return cached;
    }
  }

  private Health probe() {
    Health.Builder builder;
    String probe = null;
    try {
      CallOptions options = CallOptions.timeout(timeout);
      if (channel.capabilities().supports(Operation.LIST_LISTINGS)) {
        probe = "listings.list";
        channel.listings().list(null, options);
      } else if (channel.capabilities().supports(Operation.LIST_LIVES)) {
        probe = "lives.list";
        Instant now = clock.instant();
        channel.lives().list(now, now.plusSeconds(60), options);
      } else {
        return Health.unknown().withDetail("channel", channel.id()).build();
      }
      builder = Health.up();
    } catch (RateLimitedException e) {
      builder = Health.status(Status.UNKNOWN).withDetail("error", "RateLimitedException");
    } catch (ChannelException e) {
      builder = Health.down().withDetail("error", e.getClass().getSimpleName());
      if (e.httpStatus() != 0) {
        builder.withDetail("httpStatus", e.httpStatus());
      }
    } catch (RuntimeException e) {
      builder = Health.down().withDetail("error", e.getClass().getSimpleName());
    }
    return builder.withDetail("channel", channel.id()).withDetail("probe", probe).build();
  }
}
