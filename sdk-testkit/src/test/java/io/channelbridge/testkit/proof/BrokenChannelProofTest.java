package io.channelbridge.testkit.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The proof that the conformance suite bites: each deliberately broken channel of {@link
 * BrokenChannels} runs through the conformance class of its area, in the JUnit Platform launcher,
 * and the tests of the rule it breaks must fail.
 */
class BrokenChannelProofTest {

  private record Outcome(long run, List<String> failed) {}

  private static Outcome run(Class<?> conformanceClass, String brokenChannel) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(conformanceClass)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    List<String> failed =
        summary.getFailures().stream()
            .map(f -> f.getTestIdentifier().getDisplayName())
            .sorted()
            .collect(Collectors.toList());
    // The proof's evidence, kept in the Surefire output file for reviewers.
    System.out.println(
        "broken channel "
            + brokenChannel
            + " vs "
            + conformanceClass.getSuperclass().getSimpleName()
            + ": "
            + failed.size()
            + " of "
            + summary.getTestsStartedCount()
            + " failed "
            + failed);
    return new Outcome(summary.getTestsStartedCount(), failed);
  }

  @Test
  void unbrokenFakePassesThroughTheSameLauncher() {
    Outcome o = run(BrokenChannels.OrdersAgainstFake.class, "(none: the fake itself)");
    assertThat(o.run()).isGreaterThan(5);
    assertThat(o.failed()).isEmpty();
  }

  @Test
  void droppingTheLastOrderOfEachPageIsCaught() {
    Outcome o =
        run(BrokenChannels.OrdersAgainstDropsLastOrderOfEachPage.class, "DropsLastOrderOfEachPage");
    assertThat(o.failed())
        .contains(
            "pullsEveryOrderAcrossPagesWithoutLossOrDuplicates()",
            "resumesFromSavedCheckpoint()",
            "ordersChangedWhilePagingArriveInLatestState()");
  }

  @Test
  void ignoringUpdateFieldsIsCaught() {
    Outcome o = run(BrokenChannels.ListingsAgainstIgnoresUpdateFields.class, "IgnoresUpdateFields");
    assertThat(o.failed()).contains("updateChangesTouchedFields()", "updateKeepsUntouchedFields()");
  }

  @Test
  void acknowledgingNothingIsCaught() {
    Outcome o = run(BrokenChannels.OrdersAgainstAcknowledgesNothing.class, "AcknowledgesNothing");
    assertThat(o.failed())
        .contains(
            "acknowledgeReportsPerItemResults()",
            "acknowledgingTwiceSucceeds()",
            "acknowledgeCancelledOrderIsConflict()",
            "acknowledgeSplitsBatchesLargerThanLimit()");
  }

  @Test
  void callingBeforeValidatingIsCaught() {
    Outcome o =
        run(BrokenChannels.ListingsAgainstCallsBeforeValidating.class, "CallsBeforeValidating");
    assertThat(o.failed())
        .containsExactly("invalidListingIsRefusedWithEveryViolationBeforeAnyRequest()");
  }

  @Test
  void trustingEveryWebhookIsCaught() {
    Outcome o = run(BrokenChannels.WebhooksAgainstTrustsEveryWebhook.class, "TrustsEveryWebhook");
    assertThat(o.failed())
        .contains(
            "tamperedBodyIsRefused()",
            "wrongSignatureIsRefused()",
            "staleTimestampIsRefused()",
            "missingSignatureHeaderIsRefused()",
            "missingTimestampHeaderIsRefused()")
        .doesNotContain("validWebhookBecomesOrderEvent()");
  }

  @Test
  void flatteningErrorTypesIsCaught() {
    Outcome o = run(BrokenChannels.FaultsAgainstFlattensErrors.class, "FlattensErrors");
    assertThat(o.failed())
        .contains(
            "serviceUnavailableIsRetryableChannelUnavailable()",
            "serverErrorIsRetryableChannelUnavailable()",
            "connectionResetIsRetryableChannelUnavailable()",
            "tooManyRequestsIsRateLimitedWithRetryAfter()",
            "replySlowerThanTimeoutIsRetryableChannelUnavailable()",
            "refusedCredentialsAreNotRetryable()");
  }
}
