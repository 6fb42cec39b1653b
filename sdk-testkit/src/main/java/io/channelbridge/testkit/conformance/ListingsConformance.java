package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.channelbridge.core.Operation;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance of listings: publish, update, withdraw, status, read back, review by the channel, and
 * the failure rules (unknown listing, invalid listing refused before any request).
 */
public abstract class ListingsConformance extends ConformanceTestBase {

  /** For subclasses. */
  protected ListingsConformance() {}

  /** {@code publish} returns a reference on this channel with the channel's id and the SKU. */
  @Test
  public void publishReturnsReferenceOnThisChannel() {
    assumeSupports(Operation.PUBLISH_LISTING);
    ListingRef ref = channel().publish(sampleListing("CB-L-PUB"));
    assertThat(ref.channelId()).isEqualTo(channel().id());
    assertThat(ref.listingId()).isNotBlank();
    assertThat(ref.sku()).isEqualTo("CB-L-PUB");
    ListingRef other = channel().publish(sampleListing("CB-L-PUB2"));
    assertThat(other.listingId()).as("second listing's id").isNotEqualTo(ref.listingId());
  }

  /** A published listing is waiting for review or already live, nothing else. */
  @Test
  public void publishedListingIsPendingReviewOrLive() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = channel().publish(sampleListing("CB-L-STATE"));
    ListingStatus status = channel().status(ref);
    assertThat(status.ref().listingId()).isEqualTo(ref.listingId());
    assertThat(status.state()).isIn(ListingState.PENDING_REVIEW, ListingState.LIVE);
  }

  /**
   * An invalid listing is refused with a {@code ValidationException} that lists every violation,
   * before any request reaches the channel.
   */
  @Test
  public void invalidListingIsRefusedWithEveryViolationBeforeAnyRequest() {
    assumeSupports(Operation.PUBLISH_LISTING);
    Listing invalid =
        sampleListing("CB-L-BAD").toBuilder()
            .title(" ")
            .price(Money.krw(-1))
            .images(List.of("not a url"))
            .build();
    long before = driver().requestCount();
    assertThatThrownBy(() -> channel().publish(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains("title", "price")
                    .anyMatch(f -> f.startsWith("images")));
    assertThat(driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /** A listing under review becomes live when the channel approves it. */
  @Test
  public void reviewedListingBecomesLiveWhenApproved() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = channel().publish(sampleListing("CB-L-OK"));
    assumeThat(channel().status(ref).state())
        .as("the channel reviews listings")
        .isEqualTo(ListingState.PENDING_REVIEW);
    driver().approveListing(ref);
    ListingStatus status = channel().status(ref);
    assertThat(status.state()).isEqualTo(ListingState.LIVE);
    assertThat(status.channelStatus()).isNotBlank();
  }

  /** A listing under review is rejected with the channel's reason. */
  @Test
  public void reviewedListingIsRejectedWithReason() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = channel().publish(sampleListing("CB-L-NO"));
    assumeThat(channel().status(ref).state())
        .as("the channel reviews listings")
        .isEqualTo(ListingState.PENDING_REVIEW);
    driver().rejectListing(ref, "대표 이미지가 상품과 다릅니다");
    ListingStatus status = channel().status(ref);
    assertThat(status.state()).isEqualTo(ListingState.REJECTED);
    assertThat(status.reason()).contains("대표 이미지가 상품과 다릅니다");
  }

  /** {@code getListing} returns the listing as published. */
  @Test
  public void getListingReturnsWhatWasPublished() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.GET_LISTING);
    Listing published = sampleListing("CB-L-GET");
    ListingRef ref = channel().publish(published);
    Listing read = channel().getListing(ref);
    assertThat(read.sku()).isEqualTo(published.sku());
    assertThat(read.title()).isEqualTo(published.title());
    assertThat(read.price()).isEqualTo(published.price());
    assertThat(read.stock()).isEqualTo(published.stock());
    assertThat(read.images()).hasSameSizeAs(published.images());
  }

  /** {@code update} changes the fields it sets. */
  @Test
  public void updateChangesTouchedFields() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.UPDATE_LISTING, Operation.GET_LISTING);
    ListingRef ref = publishApproved("CB-L-UPD");
    ListingStatus status =
        channel().update(ref, ListingUpdate.builder().price(Money.krw(12_000)).stock(7).build());
    assertThat(status.ref().listingId()).isEqualTo(ref.listingId());
    Listing read = channel().getListing(ref);
    assertThat(read.price()).isEqualTo(Money.krw(12_000));
    assertThat(read.stock()).isEqualTo(7);
  }

  /** {@code update} keeps every field it does not set, also on full-replace channels. */
  @Test
  public void updateKeepsUntouchedFields() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.UPDATE_LISTING, Operation.GET_LISTING);
    Listing published = sampleListing("CB-L-KEEP");
    ListingRef ref = channel().publish(published);
    channel().update(ref, ListingUpdate.builder().title("ChannelBridge 새 이름").build());
    Listing read = channel().getListing(ref);
    assertThat(read.title()).isEqualTo("ChannelBridge 새 이름");
    assertThat(read.price()).as("price").isEqualTo(published.price());
    assertThat(read.stock()).as("stock").isEqualTo(published.stock());
    assertThat(read.images()).as("images").hasSameSizeAs(published.images());
    assertThat(read.sku()).as("sku").isEqualTo(published.sku());
  }

  /** {@code withdraw} takes a listing off sale, and withdrawing it again succeeds. */
  @Test
  public void withdrawIsIdempotent() {
    assumeSupports(Operation.PUBLISH_LISTING, Operation.WITHDRAW_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = publishApproved("CB-L-WD");
    channel().withdraw(ref);
    assertThat(channel().status(ref).state()).isEqualTo(ListingState.WITHDRAWN);
    channel().withdraw(ref);
    assertThat(channel().status(ref).state()).isEqualTo(ListingState.WITHDRAWN);
  }

  /** {@code update} of an unknown listing throws {@code NotFoundException}. */
  @Test
  public void updateOfUnknownListingIsNotFound() {
    assumeSupports(Operation.UPDATE_LISTING);
    assertThatThrownBy(
            () -> channel().update(unknownListingRef(), ListingUpdate.builder().stock(1).build()))
        .isInstanceOf(NotFoundException.class);
  }

  /** {@code withdraw} of an unknown listing throws {@code NotFoundException}. */
  @Test
  public void withdrawOfUnknownListingIsNotFound() {
    assumeSupports(Operation.WITHDRAW_LISTING);
    assertThatThrownBy(() -> channel().withdraw(unknownListingRef()))
        .isInstanceOf(NotFoundException.class);
  }

  /** {@code status} of an unknown listing throws {@code NotFoundException}. */
  @Test
  public void statusOfUnknownListingIsNotFound() {
    assumeSupports(Operation.LISTING_STATUS);
    assertThatThrownBy(() -> channel().status(unknownListingRef()))
        .isInstanceOf(NotFoundException.class);
  }

  /** {@code getListing} of an unknown listing throws {@code NotFoundException}. */
  @Test
  public void getListingOfUnknownListingIsNotFound() {
    assumeSupports(Operation.GET_LISTING);
    assertThatThrownBy(() -> channel().getListing(unknownListingRef()))
        .isInstanceOf(NotFoundException.class);
  }
}
