package io.channelbridge.channels.deliveryapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.http.HttpStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery-app transport: token faults and settings from config, against WireMock. */
class DeliveryAppTransportTest {
  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private static ChannelConfig.Builder config() {
    return ChannelConfig.builder()
        .set("delivery-app.base-url", server.baseUrl())
        .set("delivery-app.client-id", "id")
        .set("delivery-app.client-secret", "s3cret-value")
        .set("delivery-app.shop-id", "shop-1")
        .set("delivery-app.http.backoff", "PT0.001S")
        .set("delivery-app.http.max-backoff", "PT0.005S")
        .resource(HttpStack.class, DeliveryAppTestSupport.STACK);
  }

  /**
   * The defect: a 200 from the token endpoint whose body is not JSON (a gateway's HTML page) became
   * a non-retryable AuthenticationException. It is a transient failure: retried, then a retryable
   * ChannelUnavailableException. Failed before the fix.
   */
  @Test
  void aNonJsonTokenReplyIsATransientRetriedFailure() {
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>upstream hiccup</html>")));
    try (CommerceChannel channel = CommerceChannels.open("delivery-app", config().build())) {
      assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
          .isInstanceOfSatisfying(
              ChannelUnavailableException.class, e -> assertThat(e.retryable()).isTrue())
          .hasMessageNotContaining("s3cret-value");
    }
    server.verify(3, postRequestedFor(urlPathEqualTo("/oauth/token")));
    server.verify(0, getRequestedFor(urlPathMatching("/v1/.*")));
  }

  /**
   * {@code delivery-app.http.max-attempts} from config takes effect. Failed before (3 attempts).
   */
  @Test
  void maxAttemptsFromConfigTakeEffect() {
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                WireMock.okJson(
                    "{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    server.stubFor(WireMock.get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(503)));
    try (CommerceChannel channel =
        CommerceChannels.open(
            "delivery-app", config().set("delivery-app.http.max-attempts", "5").build())) {
      assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
          .isInstanceOf(ChannelUnavailableException.class);
    }
    server.verify(5, getRequestedFor(urlPathMatching("/v1/.*")));
  }

  /** A misspelt key fails at open, naming it. Failed before (silently ignored). */
  @Test
  void aMisspeltKeyFailsAtOpen() {
    ChannelConfig config = config().set("delivery-app.shop-idd", "shop-2").build();
    assertThatThrownBy(() -> CommerceChannels.open("delivery-app", config))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("'delivery-app.shop-idd'")
        .hasMessageContaining("did you mean 'delivery-app.shop-id'")
        .hasMessageNotContaining("s3cret-value");
  }
}
