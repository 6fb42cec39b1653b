package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.Operation;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.testkit.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance of capabilities, the channel's honesty about what it can do: every operation it lacks
 * throws {@code UnsupportedCapabilityException} before anything else (even before input is checked)
 * and without a request; every operation it claims is implemented; calls after {@code close()}
 * fail.
 */
public abstract class CapabilitiesConformance extends ConformanceTestBase {

  /** For subclasses. */
  protected CapabilitiesConformance() {}

  /**
   * Capabilities are constant data, the id is a settings prefix, and native webhooks go with the
   * webhook operation.
   */
  @Test
  public void capabilitiesAreConsistentData() {
    ChannelCapabilities caps = channel().capabilities();
    assertThat(channel().capabilities()).isEqualTo(caps);
    assertThat(channel().id()).matches("[a-z0-9][a-z0-9-]*");
    assertThat(caps.supports(Operation.PARSE_WEBHOOK))
        .as("PARSE_WEBHOOK supported exactly when webhooks are NATIVE")
        .isEqualTo(caps.webhooks() == WebhookSupport.NATIVE);
  }

  /**
   * Every operation the channel lacks throws {@code UnsupportedCapabilityException} naming it, even
   * with invalid input, without sending a request.
   *
   * @return one test per unsupported operation
   */
  @TestFactory
  public Stream<DynamicTest> unsupportedOperationsThrowTypedException() {
    Set<Operation> lacking = EnumSet.allOf(Operation.class);
    lacking.removeAll(capabilities().operations());
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation op : lacking) {
      tests.add(
          DynamicTest.dynamicTest(
              op.name(),
              () -> {
                long before = driver().requestCount();
                assertThatThrownBy(() -> invoke(op, false))
                    .isInstanceOfSatisfying(
                        UnsupportedCapabilityException.class,
                        e -> assertThat(e.operation()).isEqualTo(op));
                assertThat(driver().requestCount()).as("requests sent").isEqualTo(before);
              }));
    }
    return tests.stream();
  }

  /**
   * Every operation the channel claims is implemented: calling it succeeds or throws a {@code
   * ChannelException} other than {@code UnsupportedCapabilityException} and {@code
   * NotImplementedException} (such as "not found" for an id the channel never issued; the area
   * classes check those outcomes).
   *
   * @return one test per supported operation
   */
  @TestFactory
  public Stream<DynamicTest> supportedOperationsAreImplemented() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation op : capabilities().operations()) {
      tests.add(
          DynamicTest.dynamicTest(
              op.name(),
              () -> {
                Throwable t = catchThrowable(() -> invoke(op, true));
                if (t != null) {
                  assertThat(t)
                      .as(op + " claimed, but threw")
                      .isInstanceOf(ChannelException.class)
                      .isNotInstanceOfAny(
                          UnsupportedCapabilityException.class, NotImplementedException.class);
                }
              }));
    }
    return tests.stream();
  }

  /** After {@code close()}, which may be called twice, every supported call fails. */
  @Test
  public void callsAfterCloseFail() {
    Set<Operation> ops = capabilities().operations();
    channel().close();
    channel().close();
    for (Operation op : ops) {
      if (op == Operation.PARSE_WEBHOOK) {
        continue; // local verification may legitimately keep working after close
      }
      assertThat(catchThrowable(() -> invoke(op, true)))
          .as(op + " after close")
          .isInstanceOfAny(IllegalStateException.class, ChannelException.class);
    }
  }

  /**
   * Calls an operation with plausible arguments.
   *
   * @param op the operation
   * @param valid whether to pass valid input where input is checked (publish, schedule)
   */
  private void invoke(Operation op, boolean valid) {
    Instant start = driver().now().plus(Duration.ofDays(30));
    LiveSchedule schedule =
        valid
            ? Samples.schedule(
                capabilities().liveConstraints(), slot(0), List.of(unknownListingRef()))
            : new LiveSchedule(" ", start, Duration.ZERO, List.of(), null, null, null);
    Listing listing =
        valid ? sampleListing("CB-CAP") : Listing.builder().price(Money.krw(-1)).build();
    switch (op) {
      case PUBLISH_LISTING -> channel().publish(listing);
      case UPDATE_LISTING ->
          channel().update(unknownListingRef(), ListingUpdate.builder().stock(1).build());
      case WITHDRAW_LISTING -> channel().withdraw(unknownListingRef());
      case LISTING_STATUS -> channel().status(unknownListingRef());
      case GET_LISTING -> channel().getListing(unknownListingRef());
      case SCHEDULE_LIVE -> channel().scheduleLive(schedule);
      case RESCHEDULE_LIVE -> channel().rescheduleLive(UNKNOWN_ID, schedule);
      case CANCEL_LIVE -> channel().cancelLive(UNKNOWN_ID);
      case LIST_LIVES -> channel().listLives(start, start.plus(Duration.ofDays(1)));
      case PULL_ORDERS -> channel().orders().pull(Checkpoint.initial());
      case ACKNOWLEDGE_ORDERS -> channel().acknowledge(List.of(OrderRef.of(UNKNOWN_ID)));
      case SHIP_ORDERS ->
          channel().ship(List.of(sampleShipment(OrderRef.of(UNKNOWN_ID), driver().now())));
      case REJECT_ORDERS ->
          channel()
              .reject(
                  List.of(OrderRef.of(UNKNOWN_ID)), RejectReason.of(RejectReason.Code.SOLD_OUT));
      case PARSE_WEBHOOK -> {
        if (valid && capabilities().webhooks() == WebhookSupport.NATIVE) {
          String id = driver().createOrder(sampleOrder(1));
          WebhookRequest r = driver().signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
          channel().parseWebhook(r.headers(), r.body());
        } else {
          channel().parseWebhook(Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }
}
