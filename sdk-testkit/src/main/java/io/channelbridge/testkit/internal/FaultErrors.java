package io.channelbridge.testkit.internal;

import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.PermissionDeniedException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.testkit.Fault;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns an injected {@link Fault} into the exception an adapter throws for the same failure on a
 * real channel, so the fake fails exactly as the SDK's contract says adapters fail.
 */
public final class FaultErrors {
  private FaultErrors() {}

  /**
   * The exception for a fault hitting a call.
   *
   * @param channelId the channel id
   * @param fault the fault
   * @param timeout the call's timeout, if any
   * @return the exception, or empty if the call succeeds anyway (a delay within the timeout)
   */
  public static Optional<ChannelException> toException(
      String channelId, Fault fault, Optional<Duration> timeout) {
    if (fault instanceof Fault.Delay d) {
      if (timeout.isPresent() && d.delay().compareTo(timeout.get()) > 0) {
        return Optional.of(
            new ChannelUnavailableException(
                channelId,
                "no reply within the call's timeout of " + timeout.get(),
                0,
                null,
                null,
                null));
      }
      return Optional.empty();
    }
    if (fault instanceof Fault.ConnectionReset) {
      return Optional.of(
          new ChannelUnavailableException(
              channelId,
              "connection reset",
              0,
              null,
              null,
              new SocketException("Connection reset")));
    }
    Fault.HttpError h = (Fault.HttpError) fault;
    int s = h.status();
    String msg = "injected HTTP " + s;
    ChannelException e;
    if (s == 429) {
      e = new RateLimitedException(channelId, "rate limited", h.retryAfter(), s, null, null);
    } else if (s >= 500) {
      e = new ChannelUnavailableException(channelId, msg, s, null, null, null);
    } else if (s == 401) {
      e = new AuthenticationException(channelId, msg, s, null, null, null);
    } else if (s == 403) {
      e = new PermissionDeniedException(channelId, msg, s, null, null, null);
    } else if (s == 404) {
      e = new NotFoundException(channelId, msg, s, null, null, null);
    } else if (s == 409) {
      e = new ConflictException(channelId, msg, s, null, null, null);
    } else if (s == 400 || s == 422) {
      e = new ValidationException(channelId, List.of(), s, null, null);
    } else {
      e = new ChannelException(channelId, msg, s, null, null, null);
    }
    return Optional.of(e);
  }
}
