package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.testkit.FakeChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A badly behaved channel: {@code publish} ignores its deadline and interrupts and blocks until the
 * test releases it (at most a minute). {@link #returned} tells whether it has come back, so a test
 * proves by ordering, not by elapsed time, that the hub did not wait for it.
 */
final class Hanging extends Recording {
  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  volatile boolean returned;

  Hanging(String id) {
    super(FakeChannel.builder().id(id).build());
  }

  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    lastOptions = options;
    entered.countDown();
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (release.getCount() > 0 && System.nanoTime() < end) {
      try {
        release.await(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException ignored) {
        // a badly behaved adapter
      }
    }
    try {
      return super.publishListing(listing, options);
    } finally {
      returned = true;
    }
  }
}
