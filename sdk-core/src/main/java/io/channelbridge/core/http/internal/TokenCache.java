package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.http.AccessToken;
import io.channelbridge.core.http.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds a channel account's access token and refreshes it under single flight: however many threads
 * need a new token at once, exactly one calls the {@link TokenSource}; the others wait for its
 * result (or keep using the old token while it is still valid, when the refresh is only proactive).
 */
public final class TokenCache {
  private final String channelId;
  private final TokenSource source;
  private final Clock clock;
  private final Duration refreshAhead;
  private final Redactor redactor;
  private final Object lock = new Object();
  private volatile AccessToken current;
  private CompletableFuture<AccessToken> inflight; // guarded by lock
  private volatile Instant noProactiveRefreshBefore = Instant.MIN;
  private volatile RefreshAt refreshAt; // of the current token, computed once per token

  private record RefreshAt(AccessToken token, Instant at) {}

  private static final Duration PROACTIVE_RETRY_PAUSE = Duration.ofSeconds(5);

  /**
   * Creates the cache.
   *
   * @param channelId the channel id
   * @param source fetches new tokens
   * @param clock the clock tokens expire by
   * @param refreshAhead refresh this long before expiry
   * @param redactor told every token value so that logs never show it
   */
  public TokenCache(
      String channelId, TokenSource source, Clock clock, Duration refreshAhead, Redactor redactor) {
    this.channelId = channelId;
    this.source = source;
    this.clock = clock;
    this.refreshAhead = refreshAhead;
    this.redactor = redactor;
  }

  /**
   * A token fit to send.
   *
   * @param maxWaitNanos how long to wait for a refresh by another thread
   * @return the token
   */
  public AccessToken get(long maxWaitNanos) {
    AccessToken t = current;
    Instant now = clock.instant();
    if (t != null && now.isBefore(refreshAt(t))) {
      return t;
    }
    boolean stillValid = t != null && now.isBefore(t.expiresAt());
    if (stillValid && now.isBefore(noProactiveRefreshBefore)) {
      return t; // a proactive refresh failed a moment ago; the token is still good
    }
    return refresh(t, stillValid, maxWaitNanos);
  }

  private Instant refreshAt(AccessToken t) {
    RefreshAt r = refreshAt;
    if (r == null || r.token() != t) {
      r = new RefreshAt(t, t.expiresAt().minus(refreshAhead));
      refreshAt = r;
    }
    return r.at();
  }

  /**
   * Drops a token the channel refused (401), unless another thread already replaced it.
   *
   * @param refused the token sent with the refused request
   */
  public void invalidate(AccessToken refused) {
    synchronized (lock) {
      if (current == refused) {
        current = null;
      }
    }
  }

  private AccessToken refresh(AccessToken seen, boolean mayUseSeen, long maxWaitNanos) {
    CompletableFuture<AccessToken> flight;
    boolean leader = false;
    synchronized (lock) {
      AccessToken cur = current;
      if (cur != null && cur != seen && clock.instant().isBefore(cur.expiresAt())) {
        return cur; // another thread refreshed meanwhile
      }
      flight = inflight;
      if (flight == null) {
        flight = new CompletableFuture<>();
        inflight = flight;
        leader = true;
      }
    }
    if (leader) {
      try {
        return lead(flight);
      } catch (ChannelException e) {
        if (!mayUseSeen) {
          throw e;
        }
        // Only a proactive refresh failed: keep using the valid token, try again a bit later.
        noProactiveRefreshBefore = clock.instant().plus(PROACTIVE_RETRY_PAUSE);
        return seen;
      }
    }
    if (mayUseSeen) {
      return seen; // a proactive refresh is under way; the old token is still good
    }
    try {
      return flight.get(Math.max(1, maxWaitNanos), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw asChannelException(e.getCause());
    } catch (TimeoutException e) {
      throw new ChannelUnavailableException(
          channelId, "timed out waiting for an access token", 0, null, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelUnavailableException(
          channelId, "interrupted while waiting for an access token", 0, null, null, e);
    }
  }

  private AccessToken lead(CompletableFuture<AccessToken> flight) {
    try {
      AccessToken fresh = source.fetch();
      if (fresh == null) {
        throw new AuthenticationException(channelId, "the token source returned no token");
      }
      redactor.addSecretValue(fresh.value().reveal());
      synchronized (lock) {
        current = fresh;
        inflight = null;
      }
      flight.complete(fresh);
      return fresh;
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        inflight = null;
      }
      ChannelException failure = asChannelException(e);
      flight.completeExceptionally(failure);
      throw failure;
    }
  }

  private ChannelException asChannelException(Throwable t) {
    if (t instanceof ChannelException c) {
      return c;
    }
    return new AuthenticationException(
        channelId, "the token request failed: " + t.getClass().getSimpleName(), 0, null, null, t);
  }
}
