package io.channelbridge.benchmarks;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.validation.ListingValidator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Costs paid on every pull and every publish: checkpoint encoding (saved after each page) and
 * listing validation (before each publish). Baselines for later work, not targets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoreBenchmark {
  private final Checkpoint checkpoint =
      Checkpoint.of(
          Map.of(
              "window.from", "2026-11-28T12:00:00.000+09:00",
              "more.from", "2026-11-28T12:31:07.120+09:00",
              "more.sequence", "20261128000123456"));
  private final String encoded = checkpoint.encode();
  private final ListingValidator validator =
      ListingValidator.forChannel("naver", new ListingConstraints(100, 10, 1, true, true, 100));
  private final Listing listing =
      Listing.builder()
          .sku("SKU-1")
          .title("제주 감귤 5kg")
          .description("<p>새콤달콤</p>")
          .price(Money.krw(19_900))
          .stock(100)
          .images("https://img.example/1.jpg", "https://img.example/2.jpg")
          .category("naver", "50000803")
          .afterService(new AfterService("1588-0000", ""))
          .notice(new ProductNotice("FOOD", Map.of("용량", "5kg")))
          .delivery(DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000)))
          .build();

  /**
   * Encodes a checkpoint as saved after each page.
   *
   * @return the encoded form
   */
  @Benchmark
  public String checkpointEncode() {
    return checkpoint.encode();
  }

  /**
   * Decodes a saved checkpoint.
   *
   * @return the checkpoint
   */
  @Benchmark
  public Checkpoint checkpointDecode() {
    return Checkpoint.decode(encoded);
  }

  /**
   * Validates a typical listing.
   *
   * @return the violations (none)
   */
  @Benchmark
  public List<Violation> validateListing() {
    return validator.validate(listing);
  }
}
