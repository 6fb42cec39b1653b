package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.channelbridge.core.ListingPage;
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
import io.channelbridge.core.model.Stock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Conformance of listings: publish, update, withdraw, status, read back field by field, review by
 * the channel, and the failure rules (unknown listing, invalid listing refused before any request).
 */
public interface ListingsConformance extends ConformanceFixtures {

  /**
   * Checks that {@code actual} equals {@code expected} in every stored field but {@code except},
   * reporting every difference at once.
   *
   * @param c the test's context
   * @param expected the listing as published (or updated)
   * @param actual the listing as read back
   * @param except fields not compared
   */
  private static void assertSameStoredFields(
      Conformance c, Listing expected, Listing actual, Set<ListingField> except) {
    String ch = c.channel().id();
    SoftAssertions soft = new SoftAssertions();
    for (ListingField f : c.storedListingFields()) {
      if (!except.contains(f)) {
        soft.assertThat(f.of(actual, ch)).as("read back " + f).isEqualTo(f.of(expected, ch));
      }
    }
    soft.assertAll();
  }

  /**
   * The sample listing sets every field the channel stores, so a dropped field shows: two option
   * groups and at least two variants where the channel takes variants.
   */
  private static Listing meaningfulSample(Conformance c, String sku) {
    Listing sample = c.sampleListing(sku);
    String ch = c.channel().id();
    List<ListingField> unset = new ArrayList<>();
    for (ListingField f : c.storedListingFields()) {
      if (!f.isSetIn(sample, ch)) {
        unset.add(f);
      }
    }
    assertThat(unset)
        .as(
            "stored fields the sample listing leaves unset or at their default, so a channel that"
                + " drops them would pass: set them in sampleListing or leave them out of"
                + " storedListingFields")
        .isEmpty();
    if (c.storedListingFields().contains(ListingField.VARIANTS)
        && c.capabilities().listingConstraints().maxVariants() >= 2) {
      assertThat(sample.optionGroups()).as("sample option groups").hasSizeGreaterThanOrEqualTo(2);
      assertThat(sample.variants()).as("sample variants").hasSizeGreaterThanOrEqualTo(2);
    }
    return sample;
  }

  /**
   * {@code publish} returns a reference on this channel with the channel's id and the SKU.
   *
   * @param c the test's context
   */
  @Test
  default void publishReturnsReferenceOnThisChannel(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING);
    ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-L-PUB"));
    assertThat(ref.channelId()).isEqualTo(c.channel().id());
    assertThat(ref.listingId()).isNotBlank();
    assertThat(ref.sku()).isEqualTo("CB-L-PUB");
    ListingRef other = c.channel().listings().publish(c.sampleListing("CB-L-PUB2"));
    assertThat(other.listingId()).as("second listing's id").isNotEqualTo(ref.listingId());
  }

  /**
   * A published listing is waiting for review or already live, nothing else.
   *
   * @param c the test's context
   */
  @Test
  default void publishedListingIsPendingReviewOrLive(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-L-STATE"));
    ListingStatus status = c.channel().listings().status(ref);
    assertThat(status.ref().listingId()).isEqualTo(ref.listingId());
    assertThat(status.state()).isIn(ListingState.PENDING_REVIEW, ListingState.LIVE);
  }

  /**
   * An invalid listing is refused with a {@code ValidationException} that lists every violation,
   * before any request reaches the channel.
   *
   * @param c the test's context
   */
  @Test
  default void invalidListingIsRefusedWithEveryViolationBeforeAnyRequest(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING);
    Listing invalid =
        c.sampleListing("CB-L-BAD").toBuilder()
            .title(" ")
            .price(Money.krw(-1))
            .images(List.of("not a url"))
            .build();
    long before = c.driver().requestCount();
    assertThatThrownBy(() -> c.channel().listings().publish(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains("title", "price")
                    .anyMatch(f -> f.startsWith("images")));
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /**
   * A listing under review becomes live when the channel approves it.
   *
   * @param c the test's context
   */
  @Test
  default void reviewedListingBecomesLiveWhenApproved(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-L-OK"));
    assumeThat(c.channel().listings().status(ref).state())
        .as("the channel reviews listings")
        .isEqualTo(ListingState.PENDING_REVIEW);
    c.driver().approveListing(ref);
    ListingStatus status = c.channel().listings().status(ref);
    assertThat(status.state()).isEqualTo(ListingState.LIVE);
    assertThat(status.channelStatus()).isNotBlank();
  }

  /**
   * A listing under review is rejected with the channel's reason.
   *
   * @param c the test's context
   */
  @Test
  default void reviewedListingIsRejectedWithReason(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-L-NO"));
    assumeThat(c.channel().listings().status(ref).state())
        .as("the channel reviews listings")
        .isEqualTo(ListingState.PENDING_REVIEW);
    c.driver().rejectListing(ref, "대표 이미지가 상품과 다릅니다");
    ListingStatus status = c.channel().listings().status(ref);
    assertThat(status.state()).isEqualTo(ListingState.REJECTED);
    assertThat(status.reason()).contains("대표 이미지가 상품과 다릅니다");
  }

  /**
   * A listing read back equals the published one in every field the channel stores ({@link
   * ConformanceFixtures#storedListingFields}): option groups and variants, notice, delivery and
   * after-service terms, category, brand, manufacturer, origin, tax type, adult-only, the number of
   * images, and the rest. The sample must set each of those fields, so a dropped one shows.
   *
   * @param c the test's context
   */
  @Test
  default void publishedListingKeepsEveryField(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.GET_LISTING);
    Listing published = meaningfulSample(c, "CB-L-GET");
    ListingRef ref = c.channel().listings().publish(published);
    Listing read = c.channel().listings().get(ref);
    assertSameStoredFields(c, published, read, Set.of());
  }

  /**
   * {@code update} changes the fields it sets.
   *
   * @param c the test's context
   */
  @Test
  default void updateChangesTouchedFields(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.UPDATE_LISTING, Operation.GET_LISTING);
    ListingRef ref = c.publishApproved("CB-L-UPD");
    ListingStatus status =
        c.channel()
            .listings()
            .update(ref, ListingUpdate.builder().price(Money.krw(12_000)).stock(7).build());
    assertThat(status.ref().listingId()).isEqualTo(ref.listingId());
    Listing read = c.channel().listings().get(ref);
    assertThat(read.price()).isEqualTo(Money.krw(12_000));
    assertThat(read.stock()).isEqualTo(Stock.of(7));
  }

  /**
   * {@code update} keeps every stored field it does not set, also on full-replace channels, and
   * changes the one it sets.
   *
   * @param c the test's context
   */
  @Test
  default void updateKeepsUntouchedFields(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.UPDATE_LISTING, Operation.GET_LISTING);
    Listing published = meaningfulSample(c, "CB-L-KEEP");
    ListingRef ref = c.channel().listings().publish(published);
    c.channel().listings().update(ref, ListingUpdate.builder().title("ChannelBridge 새 이름").build());
    Listing read = c.channel().listings().get(ref);
    assertThat(read.title()).as("the updated title").isEqualTo("ChannelBridge 새 이름");
    assertSameStoredFields(c, published, read, EnumSet.of(ListingField.TITLE));
  }

  /**
   * {@code withdraw} takes a listing off sale, and withdrawing it again succeeds.
   *
   * @param c the test's context
   */
  @Test
  default void withdrawIsIdempotent(Conformance c) {
    c.assumeSupports(
        Operation.PUBLISH_LISTING, Operation.WITHDRAW_LISTING, Operation.LISTING_STATUS);
    ListingRef ref = c.publishApproved("CB-L-WD");
    c.channel().listings().withdraw(ref);
    assertThat(c.channel().listings().status(ref).state()).isEqualTo(ListingState.WITHDRAWN);
    c.channel().listings().withdraw(ref);
    assertThat(c.channel().listings().status(ref).state()).isEqualTo(ListingState.WITHDRAWN);
  }

  /**
   * {@code update} of an unknown listing throws {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void updateOfUnknownListingIsNotFound(Conformance c) {
    c.assumeSupports(Operation.UPDATE_LISTING);
    assertThatThrownBy(
            () ->
                c.channel()
                    .listings()
                    .update(c.unknownListingRef(), ListingUpdate.builder().stock(1).build()))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * {@code withdraw} of an unknown listing throws {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void withdrawOfUnknownListingIsNotFound(Conformance c) {
    c.assumeSupports(Operation.WITHDRAW_LISTING);
    assertThatThrownBy(() -> c.channel().listings().withdraw(c.unknownListingRef()))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * {@code status} of an unknown listing throws {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void statusOfUnknownListingIsNotFound(Conformance c) {
    c.assumeSupports(Operation.LISTING_STATUS);
    assertThatThrownBy(() -> c.channel().listings().status(c.unknownListingRef()))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * {@code get} of an unknown listing throws {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void getOfUnknownListingIsNotFound(Conformance c) {
    c.assumeSupports(Operation.GET_LISTING);
    assertThatThrownBy(() -> c.channel().listings().get(c.unknownListingRef()))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * {@code find} returns the reference of the listing published with the SKU (same listing id, this
   * channel, the SKU), among other listings; an unknown SKU, and a prefix of a known one, find
   * nothing.
   *
   * @param c the test's context
   */
  @Test
  default void findReturnsPublishedListingByExactSku(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.FIND_LISTING);
    ListingRef before = c.channel().listings().publish(c.sampleListing("CB-L-FIND-A"));
    ListingRef wanted = c.channel().listings().publish(c.sampleListing("CB-L-FIND-B"));
    ListingRef after = c.channel().listings().publish(c.sampleListing("CB-L-FIND-C"));
    Optional<ListingRef> found = c.channel().listings().find("CB-L-FIND-B");
    assertThat(found).as("find of a published SKU").isPresent();
    assertThat(found.get().channelId()).as("channel").isEqualTo(c.channel().id());
    assertThat(found.get().listingId()).as("listing id").isEqualTo(wanted.listingId());
    assertThat(found.get().sku()).as("sku").isEqualTo("CB-L-FIND-B");
    assertThat(c.channel().listings().find("CB-L-FIND-A").map(ListingRef::listingId))
        .as("the other listings")
        .contains(before.listingId());
    assertThat(c.channel().listings().find("CB-L-FIND-C").map(ListingRef::listingId))
        .contains(after.listingId());
    assertThat(c.channel().listings().find("CB-L-FIND-UNKNOWN")).as("unknown SKU").isEmpty();
    assertThat(c.channel().listings().find("CB-L-FIND")).as("a prefix of SKUs").isEmpty();
  }

  /**
   * Walking {@code list} from {@link ListingPage#FIRST} to the page without a cursor returns every
   * published listing exactly once, with its listing id and SKU, over more than one page when
   * {@link ConformanceFixtures#pagingListingCount} listings exceed the channel's page.
   *
   * @param c the test's context
   */
  @Test
  default void listPagesThroughEveryListingOnce(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.LIST_LISTINGS);
    int n = c.pagingListingCount();
    Map<String, String> published = new HashMap<>();
    for (int i = 1; i <= n; i++) {
      ListingRef ref = c.channel().listings().publish(c.sampleListing("CB-L-LIST-" + i));
      published.put(ref.listingId(), ref.sku());
    }
    List<ListingPage> pages = c.listAll();
    Map<String, Integer> times = new HashMap<>();
    Map<String, String> skus = new HashMap<>();
    for (ListingPage page : pages) {
      for (ListingRef ref : page.listings()) {
        assertThat(ref.channelId()).as("channel of a listed reference").isEqualTo(c.channel().id());
        times.merge(ref.listingId(), 1, Integer::sum);
        skus.put(ref.listingId(), ref.sku());
      }
    }
    assertThat(times.keySet()).as("listings listed").containsAll(published.keySet());
    assertThat(times)
        .as("times each listing was listed")
        .allSatisfy((id, k) -> assertThat(k).as(id).isEqualTo(1));
    published.forEach((id, sku) -> assertThat(skus.get(id)).as("sku of " + id).isEqualTo(sku));
    assertThat(pages.get(pages.size() - 1).next()).as("last page's cursor").isNull();
    if (pages.size() == 1) {
      assertThat(pages.get(0).listings().size())
          .as("one page holds every listing (configure a smaller listing page size)")
          .isGreaterThanOrEqualTo(n);
    }
  }

  /**
   * A cursor this channel never produced is {@link IllegalArgumentException}, before any request; a
   * blank SKU likewise.
   *
   * @param c the test's context
   */
  @Test
  default void foreignListingCursorAndBlankSkuAreRefusedBeforeAnyRequest(Conformance c) {
    c.assumeSupports(Operation.LIST_LISTINGS, Operation.FIND_LISTING);
    long before = c.driver().requestCount();
    assertThatThrownBy(() -> c.channel().listings().list("cb-not-a-cursor-of-this-channel"))
        .as("a foreign cursor")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.channel().listings().find(" "))
        .as("a blank SKU")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }
}
