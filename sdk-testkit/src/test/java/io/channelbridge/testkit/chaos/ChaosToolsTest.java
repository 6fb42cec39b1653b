package io.channelbridge.testkit.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.OrderSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChaosToolsTest {

  @Test
  void dedupingHandlerAppliesEachVersionOnceAndCountsRepeatsPerRun() {
    try (FakeChannel fake = FakeChannel.builder().build()) {
      fake.driver().createOrder(OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      fake.driver().createOrder(OrderSpec.of("B", "b", 1, Money.krw(1_000)));
      List<Order> page = fake.orders().pull(Checkpoint.initial()).orders();
      List<String> applied = new ArrayList<>();
      DedupingHandler handler = new DedupingHandler((ch, o) -> applied.add(ch + ":" + o.orderId()));

      handler.handle("fake", page);
      handler.handle("fake", page.subList(0, 1)); // a repeat within the run
      handler.startRun();
      handler.handle("fake", page); // a replay after a restart

      assertThat(applied).hasSize(2).allMatch(s -> s.startsWith("fake:"));
      assertThat(handler.deliveries()).isEqualTo(5);
      assertThat(handler.duplicatesRemoved()).isEqualTo(3);
      assertThat(handler.distinctVersions()).isEqualTo(2);
      assertThat(handler.maxDeliveriesOfOneVersionWithinARun()).isEqualTo(2);
    }
  }

  @Test
  void faultArmingChannelArmsFaultsOnTheChannelsSideAtTheGivenRate() {
    try (FakeChannel fake = FakeChannel.builder().build()) {
      fake.driver().createOrder(OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      FaultArmingChannel always =
          new FaultArmingChannel(
              fake, fake.driver(), 1.0, List.of(Fault.status(503)), new Random(1));
      assertThatThrownBy(() -> always.orders().pull(Checkpoint.initial()))
          .isInstanceOf(ChannelUnavailableException.class);
      FaultArmingChannel never =
          new FaultArmingChannel(
              fake, fake.driver(), 0.0, List.of(Fault.status(503)), new Random(1));
      OrderPage page = never.orders().pull(Checkpoint.initial());
      assertThat(page.orders()).hasSize(1);
      assertThat(always.pulls()).isEqualTo(1);
      assertThat(always.faultsArmed()).isEqualTo(1);
      assertThat(never.faultsArmed()).isZero();
      assertThatThrownBy(
              () -> new FaultArmingChannel(fake, fake.driver(), 1.5, List.of(), new Random(1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
