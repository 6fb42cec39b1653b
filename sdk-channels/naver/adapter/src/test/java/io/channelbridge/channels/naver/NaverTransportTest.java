package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.http.CallInfo;
import io.channelbridge.core.http.ChannelCallListener;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user opening {@code naver} by id sets the transport from config: attempts, rate limit and a
 * call listener, each observed taking effect against the Naver simulator.
 */
class NaverTransportTest {
  private NaverSimulator sim;

  /** Records what the transport tells it. */
  static final class Recorder implements ChannelCallListener {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void callStarted(CallInfo call) {
      events.add("started " + call.operation());
    }

    @Override
    public void callRetried(CallInfo call, int failedAttempt, Duration delay, String reason) {
      events.add("retried " + failedAttempt + " " + reason);
    }

    @Override
    public void callFinished(
        CallInfo call, int httpStatus, int attempts, Duration duration, ChannelException error) {
      events.add("finished " + httpStatus + " after " + attempts);
    }
  }

  @BeforeEach
  void start() {
    sim = NaverTestSupport.simulator();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private ChannelConfig.Builder config() {
    return sim.configFor()
        .set("naver.http.backoff", "PT0.001S")
        .set("naver.http.max-backoff", "PT0.005S")
        .resource(HttpStack.class, NaverTestSupport.STACK);
  }

  @Test
  void maxAttemptsAndTheListenerFromConfigTakeEffect() {
    Recorder listener = new Recorder();
    ChannelConfig config = config().set("naver.http.max-attempts", "2").listener(listener).build();
    try (CommerceChannel naver = CommerceChannels.open("naver", config)) {
      naver.orders().pull(Checkpoint.initial());
      assertThat(listener.events).anyMatch(e -> e.startsWith("started NaverApi."));
      assertThat(listener.events).anyMatch(e -> e.startsWith("finished 200 after 1"));

      sim.injectFaults(10, Fault.status(503));
      long before = sim.requestCount();
      assertThatThrownBy(() -> naver.orders().pull(Checkpoint.initial()))
          .isInstanceOf(ChannelUnavailableException.class);
      assertThat(sim.requestCount() - before).isEqualTo(2);
      assertThat(listener.events).contains("retried 1 HTTP 503", "finished 503 after 2");
    }
  }

  @Test
  void theRateLimitFromConfigTakesEffectAndTokenRequestsDoNotSpendIt() {
    ChannelConfig config = config().set("naver.http.rate-limit", "1").build();
    try (CommerceChannel naver = CommerceChannels.open("naver", config)) {
      // the first call also fetches a token: that request takes no permit
      naver
          .lives()
          .list(
              sim.now(),
              sim.now().plus(Duration.ofDays(1)),
              CallOptions.timeout(Duration.ofMillis(500)));
      assertThat(sim.tokensIssued()).isEqualTo(1);

      assertThatThrownBy(
              () ->
                  naver
                      .lives()
                      .list(
                          sim.now(),
                          sim.now().plus(Duration.ofDays(1)),
                          CallOptions.timeout(Duration.ofMillis(100))))
          .isInstanceOfSatisfying(
              RateLimitedException.class, e -> assertThat(e.httpStatus()).isZero());
    }
  }

  @Test
  void aLiftedRateLimitLetsCallsThrough() {
    ChannelConfig config = config().set("naver.http.rate-limit", "none").build();
    try (CommerceChannel naver = CommerceChannels.open("naver", config)) {
      for (int i = 0; i < 5; i++) {
        naver
            .lives()
            .list(
                sim.now(),
                sim.now().plus(Duration.ofDays(1)),
                CallOptions.timeout(Duration.ofSeconds(5)));
      }
    }
  }

  /** Failed before the fix: the misspelt key was silently ignored. */
  @Test
  void aMisspeltKeyFailsAtOpenWithoutShowingTheSecret() {
    ChannelConfig config =
        config().set("naver.client-secrte", "$2a$04$zzzzzzzzzzzzzzzzzzzzzz").build();
    assertThatThrownBy(() -> CommerceChannels.open("naver", config))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("'naver.client-secrte'")
        .hasMessageContaining("did you mean 'naver.client-secret'")
        .hasMessageNotContaining("zzzzzzzz")
        .hasMessageNotContaining(NaverSimulator.CLIENT_SECRET);
  }
}
