package io.channelbridge.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Bearer tokens of an OAuth client-credentials endpoint, expiring on the simulator's clock. Not
 * thread-safe: the simulator calls it under its lock.
 */
public final class TokenIssuer {
  /** An issued token. */
  public record Token(String value, Instant expiresAt) {
    /**
     * Whole seconds until expiry, for {@code expires_in}.
     *
     * @param now the simulator's time
     * @return the seconds
     */
    public long expiresIn(Instant now) {
      return Duration.between(now, expiresAt).toSeconds();
    }
  }

  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Instant> live = new HashMap<>();
  private Token current;
  private long issued;

  /**
   * An issuer.
   *
   * @param clock the simulator's clock
   * @param lifetime how long a token lives
   */
  public TokenIssuer(Clock clock, Duration lifetime) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
  }

  /**
   * Issues a new token.
   *
   * @return the token
   */
  public Token issue() {
    current = new Token("sim-token-" + (++issued), clock.instant().plus(lifetime));
    live.put(current.value(), current.expiresAt());
    return current;
  }

  /**
   * The last token again while at least {@code minRemaining} of it is left, else a new one.
   *
   * @param minRemaining how much life the last token must still have
   * @return the token
   */
  public Token reuseOrIssue(Duration minRemaining) {
    if (current != null
        && live.containsKey(current.value())
        && Duration.between(clock.instant(), current.expiresAt()).compareTo(minRemaining) >= 0) {
      return current;
    }
    return issue();
  }

  /**
   * Whether an {@code Authorization} header carries a live token.
   *
   * @param authorization the header, or {@code null}
   * @return whether it is {@code Bearer} and an issued, unexpired, unrevoked token
   */
  public boolean verify(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expiry = live.get(authorization.substring(7));
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Forgets every issued token. */
  public void revokeAll() {
    live.clear();
    current = null;
  }

  /**
   * How many tokens have been issued.
   *
   * @return the count
   */
  public long issued() {
    return issued;
  }
}
