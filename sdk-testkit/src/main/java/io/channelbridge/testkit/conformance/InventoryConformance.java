package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Conformance of inventory: a stock or price change touches exactly what it names and nothing else
 * (every other option keeps its stock and price, read on the channel's side by {@link
 * io.channelbridge.testkit.ChannelDriver#stockOnChannel}), one refused change fails only its own
 * item, invalid input is refused before any request, and {@code get} reads what the channel holds.
 *
 * <p>The listing is {@link ConformanceFixtures#sampleListing}, which must give the channel at least
 * three options. Channels whose options keep only a sold-out flag declare {@link
 * ConformanceFixtures#optionStockIsSoldOutOnly}; channels whose listings have no options declare
 * {@link ConformanceFixtures#listingsHaveOptions} and are checked across three listings.
 */
public interface InventoryConformance extends ConformanceFixtures {

  /** An option SKU no sample listing has. */
  String UNKNOWN_OPTION_SKU = "CB-NO-SUCH-OPTION";

  /** Publishes the sample listing and returns it with its options as the channel holds them. */
  private static ListingRef publishWithOptions(Conformance c, String sku) {
    ListingRef ref = c.publishApproved(sku);
    ListingStock onChannel = c.driver().stockOnChannel(ref);
    assertThat(onChannel.options())
        .as(
            "options of the sample listing on the channel (sampleListing must give at least three,"
                + " so that untouched options can show a change)")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(onChannel.options())
        .as("every option has a SKU to name it in a StockChange")
        .allSatisfy(o -> assertThat(o.sku()).isNotBlank());
    return ref;
  }

  /** The stock to set an option to: a different count, or 0 (sold out) where only that exists. */
  private static Stock newStock(Conformance c, OptionStock option, int step) {
    if (c.optionStockIsSoldOutOnly()) {
      return Stock.of(0);
    }
    Stock now = option.stock();
    return Stock.of(now.isUnlimited() ? step : now.quantity() + step);
  }

  /** The option has the stock set: the count, or (sold-out-only channels) not on sale. */
  private static void assertStockSet(
      SoftAssertions soft, Conformance c, OptionStock after, Stock expected) {
    if (c.optionStockIsSoldOutOnly()) {
      soft.assertThat(after.onSale()).as("option " + after.sku() + " on sale").isFalse();
    } else {
      soft.assertThat(after.stock()).as("option " + after.sku() + " stock").isEqualTo(expected);
    }
  }

  /** Every option not in {@code changed} is exactly as it was: stock, price, sale state. */
  private static void assertUntouched(
      SoftAssertions soft, ListingStock before, ListingStock after, Set<String> changed) {
    soft.assertThat(after.options().size())
        .as("options on the channel")
        .isEqualTo(before.options().size());
    for (OptionStock was : before.options()) {
      if (changed.contains(was.sku())) {
        continue;
      }
      soft.assertThat(after.option(was.sku()))
          .as("option " + was.sku() + ", not named in the change")
          .contains(was);
    }
  }

  private static OptionStock option(ListingStock stock, String sku) {
    return stock.option(sku).orElseThrow(() -> new AssertionError("no option " + sku));
  }

  /**
   * Setting one option's stock changes that option on the channel and leaves every other option's
   * stock and price, and the listing's price, exactly as they were (a channel that stores an
   * omitted option as 0 fails here).
   *
   * @param c the test's context
   */
  @Test
  default void settingOneOptionLeavesEveryOtherOptionUntouched(Conformance c) {
    c.assumeSupports(Operation.SET_INVENTORY, Operation.PUBLISH_LISTING);
    if (!c.listingsHaveOptions()) {
      oneListingChanges(c, "CB-INV-ONE", false);
      return;
    }
    ListingRef ref = publishWithOptions(c, "CB-INV-ONE");
    ListingStock before = c.driver().stockOnChannel(ref);
    OptionStock target = before.options().get(1);
    Stock stock = newStock(c, target, 7);
    BatchResult<StockChange> result =
        c.channel()
            .inventory()
            .set(List.of(StockChange.ofOption(ref, target.sku()).withStock(stock)));
    assertThat(result.items()).hasSize(1);
    assertThat(result.items().get(0).error()).as("error").isNull();

    ListingStock after = c.driver().stockOnChannel(ref);
    SoftAssertions soft = new SoftAssertions();
    OptionStock changed = option(after, target.sku());
    assertStockSet(soft, c, changed, stock);
    soft.assertThat(changed.priceDelta())
        .as("price difference of the changed option")
        .isEqualTo(target.priceDelta());
    soft.assertThat(after.price()).as("listing price").isEqualTo(before.price());
    assertUntouched(soft, before, after, Set.of(target.sku()));
    soft.assertAll();
  }

  /**
   * An option's price difference and the listing's sale price change on the channel, each leaving
   * every option it does not name as it was.
   *
   * @param c the test's context
   */
  @Test
  default void priceChangesTouchOnlyWhatTheyName(Conformance c) {
    c.assumeSupports(Operation.SET_INVENTORY, Operation.PUBLISH_LISTING);
    if (!c.listingsHaveOptions()) {
      oneListingChanges(c, "CB-INV-PRICE", true);
      return;
    }
    ListingRef ref = publishWithOptions(c, "CB-INV-PRICE");
    ListingStock before = c.driver().stockOnChannel(ref);
    OptionStock target = before.options().get(0);
    Money delta = target.priceDelta().plus(Money.krw(500));
    assertThat(
            c.channel()
                .inventory()
                .set(List.of(StockChange.ofOption(ref, target.sku()).withPrice(delta)))
                .allSucceeded())
        .as("option price set")
        .isTrue();
    ListingStock afterOption = c.driver().stockOnChannel(ref);
    SoftAssertions soft = new SoftAssertions();
    OptionStock changed = option(afterOption, target.sku());
    soft.assertThat(changed.priceDelta()).as("new price difference").isEqualTo(delta);
    soft.assertThat(changed.stock()).as("stock of the repriced option").isEqualTo(target.stock());
    soft.assertThat(changed.onSale())
        .as("sale state of the repriced option")
        .isEqualTo(target.onSale());
    soft.assertThat(afterOption.price()).as("listing price").isEqualTo(before.price());
    assertUntouched(soft, before, afterOption, Set.of(target.sku()));
    soft.assertAll();

    Money price = before.price().plus(Money.krw(2_900));
    assertThat(
            c.channel()
                .inventory()
                .set(List.of(StockChange.of(ref).withPrice(price)))
                .allSucceeded())
        .as("listing price set")
        .isTrue();
    ListingStock afterListing = c.driver().stockOnChannel(ref);
    SoftAssertions soft2 = new SoftAssertions();
    soft2.assertThat(afterListing.price()).as("new listing price").isEqualTo(price);
    assertUntouched(soft2, afterOption, afterListing, Set.of());
    soft2.assertAll();
  }

  /**
   * In one call, a change naming an unknown option and one naming an unknown listing fail with
   * {@code NotFoundException}, each on its own item in request order, while the changes around them
   * are applied on the channel and reported as such.
   *
   * @param c the test's context
   */
  @Test
  default void oneRefusedChangeFailsOnlyItsItem(Conformance c) {
    c.assumeSupports(Operation.SET_INVENTORY, Operation.PUBLISH_LISTING);
    if (!c.listingsHaveOptions()) {
      oneRefusedListingFailsOnlyItsItem(c);
      return;
    }
    ListingRef ref = publishWithOptions(c, "CB-INV-BATCH");
    ListingStock before = c.driver().stockOnChannel(ref);
    OptionStock first = before.options().get(0);
    OptionStock third = before.options().get(2);
    Stock firstStock = newStock(c, first, 3);
    Stock thirdStock = newStock(c, third, 5);
    List<StockChange> changes =
        List.of(
            StockChange.ofOption(ref, first.sku()).withStock(firstStock),
            StockChange.ofOption(ref, UNKNOWN_OPTION_SKU).withStock(1),
            StockChange.of(c.unknownListingRef()).withPrice(Money.krw(9_900)),
            StockChange.ofOption(ref, third.sku()).withStock(thirdStock));
    BatchResult<StockChange> result = c.channel().inventory().set(changes);

    assertThat(result.items())
        .extracting(BatchResult.Item::item)
        .containsExactlyElementsOf(changes);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(result.items().get(0).error()).as("first option's error").isNull();
    soft.assertThat(result.items().get(1).error())
        .as("unknown option's error")
        .isInstanceOf(NotFoundException.class);
    soft.assertThat(result.items().get(2).error())
        .as("unknown listing's error")
        .isInstanceOf(NotFoundException.class);
    soft.assertThat(result.items().get(3).error()).as("third option's error").isNull();
    ListingStock after = c.driver().stockOnChannel(ref);
    assertStockSet(soft, c, option(after, first.sku()), firstStock);
    assertStockSet(soft, c, option(after, third.sku()), thirdStock);
    assertUntouched(soft, before, after, Set.of(first.sku(), third.sku()));
    soft.assertAll();
  }

  /**
   * A call with an empty change (neither stock nor price), a negative listing price and the same
   * option twice is refused with one {@code ValidationException} listing each, before any request.
   *
   * @param c the test's context
   */
  @Test
  default void invalidChangesAreRefusedBeforeAnyRequest(Conformance c) {
    c.assumeSupports(Operation.SET_INVENTORY);
    ListingRef ref = c.unknownListingRef();
    List<StockChange> changes =
        List.of(
            StockChange.ofOption(ref, "CB-INV-A"),
            StockChange.of(ref).withPrice(Money.krw(-1)),
            StockChange.ofOption(ref, "CB-INV-B").withStock(1),
            StockChange.ofOption(ref, "CB-INV-B").withStock(2));
    long before = c.driver().requestCount();
    assertThatThrownBy(() -> c.channel().inventory().set(changes))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .anyMatch(f -> f.startsWith("changes[0]"))
                    .anyMatch(f -> f.startsWith("changes[1]"))
                    .anyMatch(f -> f.startsWith("changes[3]")));
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /**
   * {@code get} reads what the channel holds: the listing's stock and price and every option's SKU,
   * id, values, stock, price difference and sale state, also after a change; an unknown listing is
   * {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void getAgreesWithTheChannel(Conformance c) {
    c.assumeSupports(Operation.GET_INVENTORY, Operation.PUBLISH_LISTING);
    if (!c.listingsHaveOptions()) {
      getAgreesWithTheChannelForListings(c);
      return;
    }
    ListingRef ref = publishWithOptions(c, "CB-INV-GET");
    assertSameStock(c.channel().inventory().get(ref), c.driver().stockOnChannel(ref), ref);
    if (c.capabilities().supports(Operation.SET_INVENTORY)) {
      OptionStock target = c.driver().stockOnChannel(ref).options().get(2);
      assertThat(
              c.channel()
                  .inventory()
                  .set(
                      List.of(
                          StockChange.ofOption(ref, target.sku())
                              .withStock(newStock(c, target, 4))))
                  .allSucceeded())
          .as("option stock set")
          .isTrue();
      assertSameStock(c.channel().inventory().get(ref), c.driver().stockOnChannel(ref), ref);
    }
    assertThatThrownBy(() -> c.channel().inventory().get(c.unknownListingRef()))
        .as("an unknown listing")
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- channels without options

  /** Three listings of the sample, published and approved: the "options" of a one-SKU channel. */
  private static List<ListingRef> publishThree(Conformance c, String sku) {
    List<ListingRef> refs = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ListingRef ref = c.publishApproved(sku + "-" + i);
      assertThat(c.driver().stockOnChannel(ref).options())
          .as("options of a listing on a channel without options")
          .isEmpty();
      refs.add(ref);
    }
    return refs;
  }

  /**
   * One listing's stock (or price) changes on the channel; its price (or stock) and the listings
   * not named stay exactly as they were.
   */
  private static void oneListingChanges(Conformance c, String sku, boolean price) {
    List<ListingRef> refs = publishThree(c, sku);
    List<ListingStock> before = onChannel(c, refs);
    ListingStock was = before.get(1);
    StockChange change =
        price
            ? StockChange.of(refs.get(1)).withPrice(was.price().plus(Money.krw(-500)))
            : StockChange.of(refs.get(1)).withStock(Stock.of(was.stock().quantity() + 7));
    assertThat(c.channel().inventory().set(List.of(change)).allSucceeded())
        .as(price ? "price set" : "stock set")
        .isTrue();
    List<ListingStock> after = onChannel(c, refs);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(after.get(1).stock())
        .as("stock")
        .isEqualTo(price ? was.stock() : change.stock());
    soft.assertThat(after.get(1).price())
        .as("price")
        .isEqualTo(price ? change.price() : was.price());
    soft.assertThat(after.get(0)).as("first listing, not named").isEqualTo(before.get(0));
    soft.assertThat(after.get(2)).as("third listing, not named").isEqualTo(before.get(2));
    soft.assertAll();
  }

  /**
   * In one call, a change of an unknown listing fails with {@code NotFoundException} and an option
   * change with {@code ValidationException}, each on its own item in request order, while the
   * changes around them are applied.
   */
  private static void oneRefusedListingFailsOnlyItsItem(Conformance c) {
    List<ListingRef> refs = publishThree(c, "CB-INV-BATCH");
    List<ListingStock> before = onChannel(c, refs);
    Stock first = Stock.of(before.get(0).stock().quantity() + 3);
    Stock third = Stock.of(before.get(2).stock().quantity() + 5);
    List<StockChange> changes =
        List.of(
            StockChange.of(refs.get(0)).withStock(first),
            StockChange.of(c.unknownListingRef()).withPrice(Money.krw(9_900)),
            StockChange.ofOption(refs.get(1), UNKNOWN_OPTION_SKU).withStock(1),
            StockChange.of(refs.get(2)).withStock(third));
    BatchResult<StockChange> result = c.channel().inventory().set(changes);

    assertThat(result.items())
        .extracting(BatchResult.Item::item)
        .containsExactlyElementsOf(changes);
    List<ListingStock> after = onChannel(c, refs);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(result.items().get(0).error()).as("first listing's error").isNull();
    soft.assertThat(result.items().get(1).error())
        .as("unknown listing's error")
        .isInstanceOf(NotFoundException.class);
    soft.assertThat(result.items().get(2).error())
        .as("an option of a listing without options")
        .isInstanceOf(ValidationException.class);
    soft.assertThat(result.items().get(3).error()).as("third listing's error").isNull();
    soft.assertThat(after.get(0).stock()).as("first listing's stock").isEqualTo(first);
    soft.assertThat(after.get(1)).as("second listing, refused").isEqualTo(before.get(1));
    soft.assertThat(after.get(2).stock()).as("third listing's stock").isEqualTo(third);
    soft.assertAll();
  }

  /** {@code get} reads what the channel holds, also after a change; an unknown listing is 404. */
  private static void getAgreesWithTheChannelForListings(Conformance c) {
    ListingRef ref = c.publishApproved("CB-INV-GET");
    assertSameStock(c.channel().inventory().get(ref), c.driver().stockOnChannel(ref), ref);
    if (c.capabilities().supports(Operation.SET_INVENTORY)) {
      Stock stock = Stock.of(c.driver().stockOnChannel(ref).stock().quantity() + 4);
      assertThat(
              c.channel()
                  .inventory()
                  .set(List.of(StockChange.of(ref).withStock(stock)))
                  .allSucceeded())
          .as("stock set")
          .isTrue();
      ListingStock read = c.channel().inventory().get(ref);
      assertThat(read.stock()).as("stock read after the change").isEqualTo(stock);
      assertSameStock(read, c.driver().stockOnChannel(ref), ref);
    }
    assertThatThrownBy(() -> c.channel().inventory().get(c.unknownListingRef()))
        .as("an unknown listing")
        .isInstanceOf(NotFoundException.class);
  }

  private static List<ListingStock> onChannel(Conformance c, List<ListingRef> refs) {
    List<ListingStock> out = new ArrayList<>();
    refs.forEach(r -> out.add(c.driver().stockOnChannel(r)));
    return out;
  }

  private static void assertSameStock(ListingStock read, ListingStock onChannel, ListingRef ref) {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(read.listing().channelId()).as("channel").isEqualTo(ref.channelId());
    soft.assertThat(read.listing().listingId()).as("listing id").isEqualTo(ref.listingId());
    soft.assertThat(read.stock()).as("listing stock").isEqualTo(onChannel.stock());
    soft.assertThat(read.price()).as("listing price").isEqualTo(onChannel.price());
    soft.assertThat(read.options()).as("options").isEqualTo(onChannel.options());
    soft.assertAll();
  }
}
