package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import io.channelbridge.testkit.OrderSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Twenty threads share one channel and publish listings, update them, set option stock and pull
 * orders at once, against the simulator's 10 requests a second and its ban: the channel's own
 * limiter keeps every second under the limit, so the simulator never answers 429 and never bans.
 */
class CoupangConcurrencyTest {
  private static final int THREADS = 20;
  private static final int ROUNDS = 3;

  @Test
  @Timeout(120)
  void twentyThreadsNeverTriggerTheBan() throws Exception {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5);
        CommerceChannel ch = CoupangTestSupport.open(sim)) {
      ListingRef shared = ch.listings().publish(listing("CB-CONC-SHARED"));
      sim.approveListing(shared);
      List<OptionStock> options = sim.stockOnChannel(shared).options();
      for (int n = 0; n < 60; n++) {
        sim.createOrder(OrderSpec.of("SKU-" + n, "상품 " + n, 1, Money.krw(10_000)));
      }
      long requestsBefore = sim.requestCount();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger calls = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int id = t;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    go.await();
                    Checkpoint cp = Checkpoint.initial();
                    for (int r = 0; r < ROUNDS; r++) {
                      switch (id % 4) {
                        case 0 -> {
                          ListingRef ref =
                              ch.listings().publish(listing("CB-CONC-" + id + "-" + r));
                          ch.listings()
                              .update(ref, ListingUpdate.builder().title("새 이름 " + r).build());
                        }
                        case 1 -> {
                          OptionStock o = options.get((id + r) % options.size());
                          assertThat(
                                  ch.inventory()
                                      .set(
                                          List.of(
                                              StockChange.ofOption(shared, o.sku())
                                                  .withStock(10 + id + r)))
                                      .allSucceeded())
                              .isTrue();
                        }
                        case 2 -> {
                          OrderPage page = ch.orders().pull(cp);
                          cp = page.next();
                        }
                        default -> {
                          ListingStock stock = ch.inventory().get(shared);
                          assertThat(stock.options()).hasSameSizeAs(options);
                        }
                      }
                      calls.incrementAndGet();
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                },
                "coupang-conc-" + t);
        threads.add(thread);
        thread.start();
      }
      go.countDown();
      for (Thread thread : threads) {
        thread.join();
      }
      assertThat(failures).as("failures in the threads").isEmpty();
      assertThat(calls.get()).isEqualTo(THREADS * ROUNDS);
      assertThat(sim.requestCount() - requestsBefore)
          .as("requests sent (more than ten seconds' worth at 10 a second)")
          .isGreaterThan(100);
      assertThat(sim.tooManyRequests()).as("429s from the simulator").isZero();
      assertThat(sim.bans()).as("bans").isZero();
    }
  }

  private static Listing listing(String sku) {
    Listing.Builder b =
        Listing.builder()
            .sku(sku)
            .title("동시성 테스트 " + sku)
            .description("<p>" + sku + "</p>")
            .price(Money.krw(15_000))
            .images("https://example.com/" + sku + ".jpg")
            .category("coupang", "56137")
            .brand("ChannelBridge")
            .manufacturer("ChannelBridge Labs")
            .notice(
                new io.channelbridge.core.model.ProductNotice("ETC", java.util.Map.of("품명", "테스트")))
            .stock(12);
    for (int i = 0; i < 3; i++) {
      b.variant(
          new io.channelbridge.core.model.Variant(
              sku + "-" + i, java.util.Map.of("색상", "색" + i), Money.ZERO_KRW, 4));
    }
    b.optionGroup(new io.channelbridge.core.model.OptionGroup("색상", List.of("색0", "색1", "색2")));
    return b.build();
  }
}
