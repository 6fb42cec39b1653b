package io.channelbridge.examples.spring;

import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.hub.OrderHandler;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.spring.boot.ChannelConfigCustomizer;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot app that pulls orders from two channels into a log, with {@code /actuator/health}
 * (one entry per channel under {@code channelbridge}) and {@code /actuator/metrics} ({@code
 * channelbridge.calls}, {@code channelbridge.sync.*}).
 *
 * <p>By default it runs against the embedded Naver and delivery-app simulators, where a buyer
 * places an order every few seconds: {@code ./mvnw -q -pl examples-spring-boot -am compile
 * exec:java}, then open {@code http://localhost:8080/actuator/health}. Everything about the
 * channels is in {@code application.yml}; against real accounts, point {@code
 * channelbridge.channels.*} there (or in environment variables) at them and drop the simulators.
 */
@SpringBootApplication
public class OrderLogApplication {
  private static final Logger log = LoggerFactory.getLogger(OrderLogApplication.class);

  /** Created by Spring. */
  public OrderLogApplication() {}

  /**
   * Logs every order the managed order sync delivers. The sync saves a channel's checkpoint only
   * after this returned.
   *
   * @return the handler
   */
  @Bean
  OrderHandler orderLog() {
    return (channel, orders) ->
        orders.forEach(
            o ->
                log.info(
                    "{}: order {} {} ({} lines, version {})",
                    channel,
                    o.orderId(),
                    o.status(),
                    o.lines().size(),
                    o.version()));
  }

  /**
   * Starts the simulators and the app.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=0}
   */
  public static void main(String[] args) {
    run(args);
  }

  /**
   * Starts the simulators and the app; closing the context stops both.
   *
   * @param args Spring Boot arguments
   * @return the running context
   */
  public static ConfigurableApplicationContext run(String... args) {
    ManualClock clock = new ManualClock();
    NaverSimulator naver = NaverSimulator.start(clock);
    DeliveryAppSimulator deliveryApp = DeliveryAppSimulator.start(clock);
    ScheduledExecutorService buyers =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "simulated-buyers");
              t.setDaemon(true);
              return t;
            });
    AtomicLong count = new AtomicLong();
    Runnable buy =
        () -> {
          long n = count.incrementAndGet();
          naver.createOrder(OrderSpec.of("JEJU-5KG", "제주 감귤 5kg", 1, Money.krw(19_900)));
          deliveryApp.createOrder(
              OrderSpec.of("BIBIMBAP", "비빔밥", (int) (n % 3) + 1, Money.krw(9_000))
                  .withFulfilment(FulfilmentKind.QUICK_DELIVERY));
        };
    buy.run();
    buy.run();
    // The simulators' clock follows real time, and buyers keep ordering.
    buyers.scheduleAtFixedRate(() -> clock.advance(Duration.ofSeconds(1)), 1, 1, TimeUnit.SECONDS);
    buyers.scheduleAtFixedRate(buy, 5, 5, TimeUnit.SECONDS);

    SpringApplication app = new SpringApplication(OrderLogApplication.class);
    app.setDefaultProperties(
        Map.of(
            "simulator.naver.base-url", naver.baseUrl(),
            "simulator.delivery-app.base-url", deliveryApp.baseUrl()));
    app.addInitializers(
        context -> {
          // The simulators sign and check timestamps on their own clock.
          context
              .getBeanFactory()
              .registerSingleton(
                  "simulatorClock",
                  (ChannelConfigCustomizer) (name, id, config) -> config.clock(clock));
          // Registered first, so destroyed last: after the sync stopped and the hub closed.
          ((DefaultListableBeanFactory) context.getBeanFactory())
              .registerDisposableBean(
                  "simulators",
                  () -> {
                    buyers.shutdownNow();
                    naver.close();
                    deliveryApp.close();
                  });
        });
    try {
      return app.run(args);
    } catch (RuntimeException e) {
      buyers.shutdownNow();
      naver.close();
      deliveryApp.close();
      throw e;
    }
  }
}
