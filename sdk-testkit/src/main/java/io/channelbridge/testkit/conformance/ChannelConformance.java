package io.channelbridge.testkit.conformance;

/**
 * Every conformance area in one interface: listings, lives, orders, inventory, claims, webhooks,
 * capabilities and faults. An adapter's test implements it and supplies a fresh target per test:
 *
 * <pre>{@code
 * class NaverConformanceTest implements ChannelConformance {
 *   @Override
 *   public ConformanceTarget createTarget() {
 *     NaverSimulator sim = NaverSimulator.start(new ManualClock());
 *     return ConformanceTarget.of(openChannel(sim), sim, sim);
 *   }
 * }
 * }</pre>
 *
 * <p>Operations the channel lacks are skipped by the area tests (JUnit assumptions) and checked to
 * throw {@link io.channelbridge.core.error.UnsupportedCapabilityException} by {@link
 * CapabilitiesConformance}. Override the {@link ConformanceFixtures} defaults the channel needs.
 */
public interface ChannelConformance
    extends ListingsConformance,
        LivesConformance,
        OrdersConformance,
        InventoryConformance,
        ClaimsConformance,
        WebhooksConformance,
        CapabilitiesConformance,
        FaultsConformance {}
