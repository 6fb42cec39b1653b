package io.channelbridge.core.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A WireMock server sized for a 2-core machine, plus helpers shared by the transport tests. */
final class TestServer {
  private TestServer() {}

  static WireMockServer start() {
    WireMockServer server =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1)
                .containerThreads(16));
    server.start();
    // The first request to a cold server is slow (class loading, JIT); keep it out of the tests.
    OkHttpClient warmup = new OkHttpClient();
    for (int i = 0; i < 3; i++) {
      try (Response r =
          warmup
              .newCall(new Request.Builder().url(server.baseUrl() + "/__warmup").build())
              .execute()) {
        r.body().string();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    warmup.dispatcher().executorService().shutdown();
    warmup.connectionPool().evictAll();
    server.resetAll();
    return server;
  }

  /** A stack with tiny timeouts so that fault tests stay fast. */
  static HttpStack stack() {
    return HttpStack.builder()
        .connectTimeout(Duration.ofMillis(500))
        .readTimeout(Duration.ofMillis(400))
        .writeTimeout(Duration.ofMillis(500))
        .build();
  }

  /** Fast retries: 3 attempts, 1..5 ms backoff, a roomy budget. */
  static RetryPolicy fastRetries() {
    return RetryPolicy.builder()
        .maxAttempts(3)
        .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
        .retryBudget(1000, 1000)
        .build();
  }

  /** Stubs {@code first} for the first request, then {@code then} for every later one. */
  static void failOnceThen(
      WireMockServer server,
      MappingBuilder request,
      MappingBuilder sameRequest,
      ResponseDefinitionBuilder first,
      ResponseDefinitionBuilder then) {
    String scenario = "s-" + System.nanoTime();
    server.stubFor(
        request
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    server.stubFor(
        sameRequest.inScenario(scenario).whenScenarioStateIs("recovered").willReturn(then));
  }
}
