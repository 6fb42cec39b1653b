package io.channelbridge.simulator.naver;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.testkit.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The suite's sample images work against the Naver simulator out of the box: the simulator serves
 * them itself (the Naver adapter downloads non-Naver images to upload them), as a JPEG, without
 * counting a request to Naver's API.
 */
class SampleImagesTest {

  @Test
  void naverSimulatorServesSampleImagesItself() throws Exception {
    try (NaverSimulator sim = NaverSimulator.start(new ManualClock())) {
      String url = sim.sampleImageUrl("CB-L-GET-0.jpg");
      assertThat(url).startsWith(sim.baseUrl().substring(0, sim.baseUrl().indexOf("/external")));
      long before = sim.requestCount();
      HttpResponse<byte[]> reply =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(reply.statusCode()).isEqualTo(200);
      assertThat(reply.headers().firstValue("Content-Type")).hasValue("image/jpeg");
      assertThat(reply.body()).startsWith((byte) 0xFF, (byte) 0xD8); // JPEG start of image
      assertThat(sim.requestCount()).as("requests to Naver's API").isEqualTo(before);
    }
  }
}
