/**
 * The adapter conformance suite: JUnit 5 test interfaces that check a {@link
 * io.channelbridge.core.CommerceChannel} keeps the SDK's contract, one interface per area ({@link
 * io.channelbridge.testkit.conformance.ListingsConformance}, {@link
 * io.channelbridge.testkit.conformance.LivesConformance}, {@link
 * io.channelbridge.testkit.conformance.OrdersConformance}, {@link
 * io.channelbridge.testkit.conformance.InventoryConformance}, {@link
 * io.channelbridge.testkit.conformance.ClaimsConformance}, {@link
 * io.channelbridge.testkit.conformance.WebhooksConformance}, {@link
 * io.channelbridge.testkit.conformance.CapabilitiesConformance}, {@link
 * io.channelbridge.testkit.conformance.FaultsConformance}) and {@link
 * io.channelbridge.testkit.conformance.ChannelConformance} for all of them. An adapter's test
 * implements one and supplies a fresh {@link
 * io.channelbridge.testkit.conformance.ConformanceTarget} (the channel and its {@link
 * io.channelbridge.testkit.ChannelDriver}) per test:
 *
 * <pre>{@code
 * class AcmeConformanceTest implements ChannelConformance {
 *   @Override
 *   public ConformanceTarget createTarget() {
 *     AcmeStub stub = AcmeStub.start(); // your WireMock stub, implementing ChannelDriver
 *     return ConformanceTarget.of(stub.openChannel(), stub, stub);
 *   }
 *
 *   @Override
 *   public Listing sampleListing(Conformance c, String sku) {
 *     return ChannelConformance.super.sampleListing(c, sku).toBuilder()
 *         .category("acme", "A-1001")
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <p>Each test method takes a {@link io.channelbridge.testkit.conformance.Conformance}, the test's
 * context, which JUnit resolves through {@link
 * io.channelbridge.testkit.conformance.ConformanceExtension}: there is no mutable suite state.
 * Operations the channel lacks are skipped (JUnit assumptions) by reading {@code capabilities()},
 * and separately checked to throw {@link
 * io.channelbridge.core.error.UnsupportedCapabilityException}. Tests that move the channel's clock
 * ({@link io.channelbridge.testkit.ChannelDriver#advanceClock}) are skipped for drivers that
 * cannot. The inventory and claim areas check the channel's side through the driver's {@link
 * io.channelbridge.testkit.ChannelDriver#stockOnChannel}, {@link
 * io.channelbridge.testkit.ChannelDriver#createClaim} and {@link
 * io.channelbridge.testkit.ChannelDriver#claimStatus}: a driver that keeps their defaults fails
 * those tests on a channel that claims the operations. The testkit's own tests run the suite
 * against deliberately broken channels to prove each rule is enforced.
 */
package io.channelbridge.testkit.conformance;
