package io.channelbridge.core.http.internal;

import com.squareup.moshi.Json;

/**
 * An OAuth 2.0 token reply (RFC 6749 section 5.1). {@link #toString()} hides the token.
 *
 * @param accessToken the token
 * @param expiresIn its lifetime in seconds (a number or a numeric string)
 * @param tokenType {@code Bearer}
 */
public record TokenReply(
    @Json(name = "access_token") String accessToken,
    @Json(name = "expires_in") Long expiresIn,
    @Json(name = "token_type") String tokenType) {

  @Override
  public String toString() {
    return "TokenReply[access_token=****, expires_in="
        + expiresIn
        + ", token_type="
        + tokenType
        + ']';
  }
}
