package io.channelbridge.channels.naver.dto;

import com.squareup.moshi.Json;

/**
 * Reply of {@code POST /v1/oauth2/token}. {@link #toString()} hides the token.
 *
 * @param accessToken the Bearer token
 * @param expiresIn its lifetime in seconds
 * @param tokenType always {@code Bearer}
 */
public record TokenResponse(
    @Json(name = "access_token") String accessToken,
    @Json(name = "expires_in") Long expiresIn,
    @Json(name = "token_type") String tokenType) {

  @Override
  public String toString() {
    return "TokenResponse[access_token=****, expires_in="
        + expiresIn
        + ", token_type="
        + tokenType
        + ']';
  }
}
