/**
 * The adapter conformance suite: abstract JUnit 5 test classes that check a {@link
 * io.channelbridge.core.CommerceChannel} keeps the SDK's contract, one class per area. An adapter's
 * test extends {@link io.channelbridge.testkit.conformance.ChannelConformanceSuite} to run every
 * area, or one area class, and supplies a fresh {@link
 * io.channelbridge.testkit.conformance.ConformanceTarget} (the channel and its {@link
 * io.channelbridge.testkit.ChannelDriver}) per test:
 *
 * <pre>{@code
 * class AcmeConformanceTest extends ChannelConformanceSuite {
 *   @Override
 *   protected ConformanceTarget createTarget() {
 *     AcmeStub stub = AcmeStub.start(); // your WireMock stub, implementing ChannelDriver
 *     return ConformanceTarget.of(stub.openChannel(), stub, stub);
 *   }
 *
 *   @Override
 *   protected Listing sampleListing(String sku) {
 *     return super.sampleListing(sku).toBuilder().category("acme", "A-1001").build();
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
