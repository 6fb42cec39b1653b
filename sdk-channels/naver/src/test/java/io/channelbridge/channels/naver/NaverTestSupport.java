package io.channelbridge.channels.naver;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.naver.NaverSimulator;
import java.time.Instant;
import java.util.function.UnaryOperator;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Opens the adapter against a simulator. */
final class NaverTestSupport {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  /**
   * One client for every test: it answers image downloads from {@code example.com} (the suite's
   * sample images) itself, since tests have no network, and passes everything else on.
   */
  static final HttpStack STACK =
      HttpStack.using(
          new OkHttpClient.Builder()
              .addInterceptor(
                  chain ->
                      chain.request().url().host().equals("example.com")
                          ? new Response.Builder()
                              .request(chain.request())
                              .protocol(Protocol.HTTP_1_1)
                              .code(200)
                              .message("OK")
                              .body(
                                  ResponseBody.create(
                                      new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00},
                                      MediaType.get("image/jpeg")))
                              .build()
                          : chain.proceed(chain.request()))
              .build());

  private NaverTestSupport() {}

  static NaverSimulator simulator() {
    return NaverSimulator.start(new ManualClock(START));
  }

  static CommerceChannel open(NaverSimulator sim, UnaryOperator<ChannelConfig.Builder> settings) {
    ChannelConfig config = settings.apply(sim.configFor().resource(HttpStack.class, STACK)).build();
    return CommerceChannels.open(new NaverProvider(), config);
  }
}
