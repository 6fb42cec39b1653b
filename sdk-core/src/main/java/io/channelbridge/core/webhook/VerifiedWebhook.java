package io.channelbridge.core.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link HmacWebhookVerifier#verify} vouches for: the request is signed with the shared secret
 * and was signed recently.
 *
 * @param eventId the event id header's value, or {@code null} if the verifier reads none
 * @param signedAt the signing time from the timestamp header
 */
public record VerifiedWebhook(String eventId, Instant signedAt) {

  /** Creates the result; the signing time is required. */
  public VerifiedWebhook {
    Objects.requireNonNull(signedAt, "signedAt");
  }
}
