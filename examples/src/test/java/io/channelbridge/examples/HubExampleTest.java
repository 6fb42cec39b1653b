package io.channelbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.model.Order;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubExampleTest {
  @Test
  void publishesEverywhereAndSyncsEveryChannelsOrders() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, Order> orders =
        new HubExample(new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .run(Duration.ofSeconds(60));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Published on fake as")
        .contains("Published on naver as")
        .contains("Published on delivery-app as")
        .doesNotContain("Not published");
    assertThat(orders.keySet())
        .hasSize(9)
        .anyMatch(k -> k.startsWith("fake/"))
        .anyMatch(k -> k.startsWith("naver/"))
        .anyMatch(k -> k.startsWith("delivery-app/"));
    assertThat(out)
        .containsPattern("Synced 9 orders from 3 channels; checkpoints in .*delivery-app");
  }
}
