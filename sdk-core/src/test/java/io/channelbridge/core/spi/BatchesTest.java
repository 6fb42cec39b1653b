package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchesTest {
  private final List<List<String>> sent = new ArrayList<>();

  private static List<String> items(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("o" + i);
    }
    return out;
  }

  private static List<String> outcome(BatchResult<String> r) {
    List<String> out = new ArrayList<>();
    r.items()
        .forEach(
            i ->
                out.add(
                    i.item()
                        + (i.succeeded() ? ":ok" : ":" + i.error().getClass().getSimpleName())));
    return out;
  }

  @Test
  void splitsByTheLimitAndKeepsOrderAndPerUnitFailures() {
    BatchResult<String> r =
        Batches.run(
            items(5),
            2,
            units -> {
              sent.add(List.copyOf(units));
              return units.contains("o3")
                  ? Map.of(units.indexOf("o3"), new NotFoundException("x", "o3 not found"))
                  : Map.of();
            });
    assertThat(sent).containsExactly(List.of("o0", "o1"), List.of("o2", "o3"), List.of("o4"));
    assertThat(outcome(r))
        .containsExactly("o0:ok", "o1:ok", "o2:ok", "o3:NotFoundException", "o4:ok");
  }

  @Test
  void aMalformedReplyFailsOnlyItsRequestsItems() {
    BatchResult<String> r =
        Batches.run(
            items(5),
            2,
            units -> {
              sent.add(List.copyOf(units));
              if (units.contains("o2")) {
                throw new ProtocolException("x", "reply without data");
              }
              return Map.of();
            });
    assertThat(sent).hasSize(3);
    assertThat(outcome(r))
        .containsExactly("o0:ok", "o1:ok", "o2:ProtocolException", "o3:ProtocolException", "o4:ok");
  }

  @Test
  void aWholeCallFailureAfterAnAnswerKeepsTheKnownResults() {
    BatchResult<String> r =
        Batches.run(
            items(5),
            2,
            units -> {
              sent.add(List.copyOf(units));
              if (sent.size() == 2) {
                throw new ChannelUnavailableException("x", "503 after retries");
              }
              return Map.of();
            });
    assertThat(sent).as("nothing sent after the failure").hasSize(2);
    assertThat(outcome(r))
        .containsExactly(
            "o0:ok",
            "o1:ok",
            "o2:ChannelUnavailableException",
            "o3:ChannelUnavailableException",
            "o4:ChannelUnavailableException");
  }

  @Test
  void aWholeCallFailureBeforeAnyAnswerIsThrown() {
    assertThatThrownBy(
            () ->
                Batches.run(
                    items(3),
                    2,
                    units -> {
                      throw new AuthenticationException("x", "token refused");
                    }))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void unitsExpandAndAnItemsLookupFailureIsItsOwn() {
    BatchResult<String> r =
        Batches.run(
            items(3),
            o -> {
              if (o.equals("o1")) {
                throw new NotFoundException("x", "no lines");
              }
              return List.of(o + "-a", o + "-b");
            },
            3,
            units -> {
              sent.add(List.copyOf(units));
              Map<Integer, ChannelException> f = new java.util.HashMap<>();
              int i = units.indexOf("o2-b");
              if (i >= 0) {
                f.put(i, new NotFoundException("x", "line gone"));
              }
              return f;
            });
    assertThat(sent).containsExactly(List.of("o0-a", "o0-b", "o2-a"), List.of("o2-b"));
    assertThat(outcome(r)).containsExactly("o0:ok", "o1:NotFoundException", "o2:NotFoundException");
  }
}
