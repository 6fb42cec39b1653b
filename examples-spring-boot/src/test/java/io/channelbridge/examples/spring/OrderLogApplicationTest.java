package io.channelbridge.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.spring.boot.OrderSyncLifecycle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The example app starts against the simulators, pulls orders and serves the actuator. */
class OrderLogApplicationTest {

  @Test
  void pullsOrdersAndServesHealthAndMetrics() throws Exception {
    try (ConfigurableApplicationContext context =
        OrderLogApplication.run("--server.port=0", "--spring.main.banner-mode=off")) {
      OrderSyncLifecycle sync = context.getBean(OrderSyncLifecycle.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (delivered(sync) < 4 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(delivered(sync)).isGreaterThanOrEqualTo(4); // two orders on each channel

      String port = context.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health = get(http, port, "/actuator/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body())
          .contains("\"channelbridge\"")
          .contains("\"smartstore\"")
          .contains("\"baemin\"")
          .doesNotContain("sim-client-secret");
      assertThat(health.body()).contains("\"status\":\"UP\"");

      HttpResponse<String> calls = get(http, port, "/actuator/metrics/channelbridge.calls");
      assertThat(calls.statusCode()).isEqualTo(200);
      assertThat(calls.body()).contains("\"account\"").contains("smartstore").contains("baemin");
      assertThat(get(http, port, "/actuator/metrics/channelbridge.sync.pages").statusCode())
          .isEqualTo(200);
    }
  }

  private static long delivered(OrderSyncLifecycle sync) {
    return sync.sync().progress().values().stream().mapToLong(p -> p.ordersDelivered()).sum();
  }

  private static HttpResponse<String> get(HttpClient http, String port, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
