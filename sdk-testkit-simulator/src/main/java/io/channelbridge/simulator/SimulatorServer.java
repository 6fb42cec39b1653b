package io.channelbridge.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/**
 * Starts the WireMock server a channel simulator answers through: loopback only, sized for two
 * cores, no request journal (simulators keep their own counts), and every request routed to the
 * simulator's transformer.
 */
public final class SimulatorServer {
  private SimulatorServer() {}

  /**
   * Starts a server on a free local port.
   *
   * @param handler the simulator's request handler; it must apply globally
   * @return the running server
   */
  public static WireMockServer start(ResponseDefinitionTransformerV2 handler) {
    WireMockServer server =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1)
                .containerThreads(8)
                .disableRequestJournal()
                .extensions(handler));
    server.start();
    // The transformer rewrites this catch-all; a 500 shows if it ever does not.
    server.stubFor(
        WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(500)));
    return server;
  }
}
