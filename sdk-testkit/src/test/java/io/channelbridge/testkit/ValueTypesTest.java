package io.channelbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void faultsCheckTheirValues() {
    assertThat(Fault.status(503)).isEqualTo(new Fault.HttpError(503, null));
    assertThat(Fault.rateLimited(Duration.ofSeconds(3)))
        .isEqualTo(new Fault.HttpError(429, Duration.ofSeconds(3)));
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Fault.connectionReset()).isEqualTo(new Fault.ConnectionReset());
  }

  @Test
  void orderSpecNeedsLinesAndSaneQuantities() {
    OrderSpec spec =
        OrderSpec.of("A", "a", 2, Money.krw(100))
            .withLine(new OrderSpec.Line("B", "b", 1, Money.krw(50)))
            .withFulfilment(FulfilmentKind.PICKUP);
    assertThat(spec.lines()).extracting(OrderSpec.Line::sku).containsExactly("A", "B");
    assertThat(spec.fulfilment()).isEqualTo(FulfilmentKind.PICKUP);
    assertThatThrownBy(() -> new OrderSpec(List.of(), FulfilmentKind.PARCEL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderSpec.Line("A", "a", 0, Money.krw(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderSpec.Line("A", "a", 1, Money.krw(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void webhookRequestCopiesItsBodyAndHidesTheSignature() {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    WebhookRequest r = new WebhookRequest(Map.of("Sig", "v1=secret-ish"), body, "Sig", null);
    body[0] = 'x';
    assertThat(r.bodyText()).isEqualTo("{}");
    r.body()[0] = 'y';
    assertThat(r.bodyText()).isEqualTo("{}");
    assertThat(r.toString()).doesNotContain("secret-ish");
    assertThat(r).isEqualTo(r.withBody("{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.headersWithout("Sig")).isEmpty();
    assertThatThrownBy(() -> new WebhookRequest(Map.of(), body, "Sig", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
