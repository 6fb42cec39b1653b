package io.channelbridge.testkit;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Operation;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import java.time.Instant;

/**
 * A fake that lacks lives, withdrawal, rejection and webhooks and publishes without review: the
 * suite skips what it lacks and checks that each lacking operation throws the typed exception.
 */
class ReducedFakeChannelConformanceTest implements ChannelConformance {

  @Override
  public ConformanceTarget createTarget() {
    FakeChannel fake =
        FakeChannel.builder()
            .id("reduced")
            .clock(new ManualClock(Instant.parse("2026-03-02T00:00:00Z")))
            .reviewListings(false)
            .claimPageSize(3)
            .capabilities(
                ChannelCapabilities.builder()
                    .supportsAll()
                    .without(
                        Operation.SCHEDULE_LIVE,
                        Operation.RESCHEDULE_LIVE,
                        Operation.CANCEL_LIVE,
                        Operation.LIST_LIVES,
                        Operation.WITHDRAW_LISTING,
                        Operation.REJECT_ORDERS,
                        Operation.PARSE_WEBHOOK)
                    .webhooks(WebhookSupport.POLLED)
                    .maxOrderPageSize(7)
                    .maxAcknowledgeBatch(2)
                    .maxShipBatch(2)
                    .build())
            .build();
    return ConformanceTarget.of(fake, fake.driver());
  }

  /** The fake fails an injected transient fault at once; it has no retry policy. */
  @Override
  public boolean retriesTransientFaults(Conformance c) {
    return false;
  }
}
