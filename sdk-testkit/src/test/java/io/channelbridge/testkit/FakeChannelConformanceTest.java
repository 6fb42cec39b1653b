package io.channelbridge.testkit;

import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import java.time.Instant;

/** The fake passes the whole suite, with small pages and batches so paging and splitting show. */
class FakeChannelConformanceTest implements ChannelConformance {

  @Override
  public ConformanceTarget createTarget() {
    FakeChannel fake =
        FakeChannel.builder()
            .clock(new ManualClock(Instant.parse("2026-03-02T00:00:00Z")))
            .orderPageSize(5)
            .listingPageSize(2)
            .claimPageSize(3)
            .maxAcknowledgeBatch(4)
            .maxShipBatch(3)
            .build();
    return ConformanceTarget.of(fake, fake.driver());
  }

  /** The fake fails an injected transient fault at once; it has no retry policy. */
  @Override
  public boolean retriesTransientFaults(Conformance c) {
    return false;
  }
}
