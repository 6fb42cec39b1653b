package io.channelbridge.simulator.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Operation;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Stock;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ListingField;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite with Coupang's nature as fixtures, so a test against the {@link
 * CoupangSimulator} only opens the channel:
 *
 * <pre>{@code
 * class MyCoupangTest implements CoupangConformance {
 *   public ConformanceTarget createTarget() {
 *     CoupangSimulator sim = CoupangSimulator.start(new ManualClock(START));
 *     return ConformanceTarget.of(
 *         CommerceChannels.open(new CoupangProvider(), sim.configFor().build()), sim, sim);
 *   }
 * }
 * }</pre>
 *
 * <p>A shipment box is acknowledged and shipped whole, so writes name whole orders; a seller
 * product keeps no origin; a buyer's refund is a return (Coupang has no refund-only claim); an
 * approved exchange is in progress (the goods come back, then the new ones ship). Coupang keeps
 * stock per option (vendor item) only, so the suite's update test is replaced by one that reads a
 * listing's stock back from a one-option listing and checks that on a listing with several options
 * a listing-level stock is every option's. Claims span pages because {@link
 * CoupangSimulator#configFor()} pulls {@value CoupangSimulator#CLAIMS_PAGE} a page.
 */
public interface CoupangConformance extends ChannelConformance {

  /** Everything but the origin: a seller product has no field for it. */
  @Override
  default Set<ListingField> storedListingFields(Conformance c) {
    Set<ListingField> fields = EnumSet.allOf(ListingField.class);
    fields.remove(ListingField.ORIGIN);
    return fields;
  }

  /** A shipment box is acknowledged, shipped and cancelled whole. */
  @Override
  default boolean writesSingleLines(Conformance c) {
    return false;
  }

  /** Coupang has no refund-only claim: a refund is filed as a return. */
  @Override
  default ClaimType filedClaimType(Conformance c, ClaimType asked) {
    return asked == ClaimType.REFUND ? ClaimType.RETURN : asked;
  }

  /** Approving an exchange confirms the goods came back; the exchange then goes on. */
  @Override
  default ClaimStatus approvedClaimStatus(Conformance c, ClaimType type) {
    return type == ClaimType.EXCHANGE ? ClaimStatus.IN_PROGRESS : ClaimStatus.COMPLETED;
  }

  /**
   * Replaces the suite's test of the same name: Coupang keeps stock per option only, so a listing's
   * own stock reads back as set on a one-option listing, while on a listing with several options a
   * listing-level stock sets every option to it (and reads back as their sum); a price update moves
   * every option's price so that the lowest is the new price.
   *
   * @param c the test's context
   */
  @Test
  @Override
  default void updateChangesTouchedFields(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING, Operation.UPDATE_LISTING, Operation.GET_LISTING);
    Listing full = c.sampleListing("CB-L-UPD-1");
    Listing single =
        Listing.builder()
            .sku(full.sku())
            .title(full.title())
            .description(full.description())
            .price(full.price())
            .listPrice(full.listPrice())
            .stock(10)
            .images(full.images())
            .category(c.channel().id(), full.categoryFor(c.channel().id()))
            .brand(full.brand())
            .manufacturer(full.manufacturer())
            .taxType(full.taxType())
            .afterService(full.afterService())
            .notice(full.notice())
            .delivery(full.delivery())
            .build();
    ListingRef one = c.channel().listings().publish(single);
    if (c.channel().listings().status(one).state() == ListingState.PENDING_REVIEW) {
      c.driver().approveListing(one);
    }
    c.channel()
        .listings()
        .update(one, ListingUpdate.builder().price(Money.krw(12_000)).stock(7).build());
    Listing read = c.channel().listings().get(one);
    assertThat(read.price()).isEqualTo(Money.krw(12_000));
    assertThat(read.stock()).isEqualTo(Stock.of(7));

    ListingRef many = c.publishApproved("CB-L-UPD");
    c.channel()
        .listings()
        .update(many, ListingUpdate.builder().price(Money.krw(12_000)).stock(7).build());
    Listing after = c.channel().listings().get(many);
    assertThat(after.price()).isEqualTo(Money.krw(12_000));
    assertThat(c.driver().stockOnChannel(many).options())
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.stock()).isEqualTo(Stock.of(7)));
    assertThat(after.stock()).isEqualTo(Stock.of(7 * after.variants().size()));
  }
}
