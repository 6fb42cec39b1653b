package io.channelbridge.core.http;

import io.channelbridge.core.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it expires. Its {@link #toString()} never shows the value.
 *
 * @param value the token, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt when the channel stops accepting it
 */
public record AccessToken(Secret value, Instant expiresAt) {

  /** Creates a token; both parts are required. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * A token that lives {@code lifetime} from now, as token endpoints say with {@code expires_in}.
   *
   * @param value the token
   * @param lifetime how long it lives
   * @param clock the clock the channel's transport uses (see {@link
   *     ChannelHttp.Builder#clock(Clock)})
   * @return the token
   */
  public static AccessToken of(String value, Duration lifetime, Clock clock) {
    return new AccessToken(Secret.of(value), clock.instant().plus(lifetime));
  }
}
