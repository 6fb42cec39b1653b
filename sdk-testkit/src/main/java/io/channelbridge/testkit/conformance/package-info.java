/**
 * The adapter conformance suite: abstract JUnit 5 test classes that check a {@link
 * io.channelbridge.core.CommerceChannel} keeps the SDK's contract, one class per area. An adapter's
 * test extends {@link io.channelbridge.testkit.conformance.ChannelConformanceSuite} to run every
 * area, or one area class, and supplies a fresh {@link
 * io.channelbridge.testkit.conformance.ConformanceTarget} (the channel and its {@link
 * io.channelbridge.testkit.ChannelDriver}) per test:
 *
 * <pre>{@code
 * class NaverConformanceTest extends ChannelConformanceSuite {
 *   @Override
 *   protected ConformanceTarget createTarget() {
 *     NaverSimulator sim = NaverSimulator.start();
 *     return ConformanceTarget.of(sim.openChannel(), sim.driver(), sim);
 *   }
 *
 *   @Override
 *   protected Listing sampleListing(String sku) {
 *     return super.sampleListing(sku).toBuilder().category("naver", "50000803").build();
 *   }
 * }
 * }</pre>
 *
 * <p>Operations the channel lacks are skipped (JUnit assumptions) by reading {@code
 * capabilities()}, and separately checked to throw {@link
 * io.channelbridge.core.error.UnsupportedCapabilityException}. The suite needs a driver whose clock
 * can move ({@link io.channelbridge.testkit.ChannelDriver#advanceClock}); tests that move it are
 * skipped otherwise.
 */
package io.channelbridge.testkit.conformance;
