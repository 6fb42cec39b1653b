package io.channelbridge.channels.deliveryapp;

import io.channelbridge.core.http.ClientCredentialsTokenSource;

/**
 * OAuth client credentials: {@code POST /oauth/token} with {@code grant_type}, {@code client_id}
 * and {@code client_secret}, through the SDK's {@link ClientCredentialsTokenSource}. The transport
 * caches the token, refreshes it before expiry and once on a 401 {@code UNAUTHENTICATED}; token
 * requests do not count against the API's 20 requests a second.
 */
final class DeliveryAppAuth {
  static final String TOKEN_PATH = "oauth/token";

  private DeliveryAppAuth() {}

  /** The token source for the configured application. */
  static ClientCredentialsTokenSource tokenSource(DeliveryAppSettings settings) {
    return ClientCredentialsTokenSource.builder(TOKEN_PATH)
        .clientCredentials(settings.clientId(), settings.clientSecret())
        .timeout(settings.tokenTimeout())
        .build();
  }
}
