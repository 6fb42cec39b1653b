package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ForwardingChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link FakeChannel} that also records what the hub handed it: listings, updates, options. */
class Recording extends ForwardingChannel {
  final Map<String, Listing> published = new ConcurrentHashMap<>();
  final List<ListingUpdate> updates = new CopyOnWriteArrayList<>();
  volatile CallOptions lastOptions;
  volatile boolean closed;

  Recording(FakeChannel fake) {
    super(fake);
  }

  /** A recording fake that takes listings live at once. */
  static Recording of(String id) {
    return new Recording(FakeChannel.builder().id(id).reviewListings(false).build());
  }

  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    lastOptions = options;
    published.put(listing.sku(), listing);
    return super.publishListing(listing, options);
  }

  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    lastOptions = options;
    updates.add(update);
    return super.updateListing(ref, update, options);
  }

  @Override
  public void close() {
    closed = true;
    super.close();
  }
}
