package io.channelbridge.channels.deliveryapp;

import io.channelbridge.channels.deliveryapp.dto.TokenResponse;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.http.AccessToken;
import io.channelbridge.core.http.TokenSource;
import java.time.Clock;
import java.time.Duration;

/**
 * OAuth client credentials: {@code POST /oauth/token}. The transport caches the token, refreshes it
 * before expiry and once on a 401 {@code UNAUTHENTICATED}.
 */
final class DeliveryAppAuth implements TokenSource {
  private final String clientId;
  private final Secret clientSecret;
  private final Clock clock;
  private final CallOptions tokenCall;
  private volatile DeliveryAppApi tokenApi;

  DeliveryAppAuth(String clientId, Secret clientSecret, Clock clock, Duration tokenTimeout) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    this.tokenCall = CallOptions.timeout(tokenTimeout);
  }

  /** Binds the unauthenticated API the token is fetched through. */
  void bind(DeliveryAppApi unauthenticated) {
    this.tokenApi = unauthenticated;
  }

  @Override
  public AccessToken fetch() {
    TokenResponse reply;
    try {
      reply = tokenApi.token("client_credentials", clientId, clientSecret.reveal(), tokenCall);
    } catch (ChannelUnavailableException | RateLimitedException | AuthenticationException e) {
      throw e;
    } catch (ChannelException e) {
      throw new AuthenticationException(
          DeliveryAppChannel.ID,
          "the token request was refused: " + e.getMessage(),
          e.httpStatus(),
          e.channelCode(),
          e.traceId(),
          e);
    }
    if (reply == null || reply.accessToken() == null || reply.expiresIn() == null) {
      throw new ProtocolException(
          DeliveryAppChannel.ID, "token reply without access_token or expires_in");
    }
    return AccessToken.of(reply.accessToken(), Duration.ofSeconds(reply.expiresIn()), clock);
  }

  @Override
  public String toString() {
    return "DeliveryAppAuth[clientId=" + clientId + ", secret=****]";
  }
}
