package io.channelbridge.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

  @Test
  void roundTripsStringsWithEscapes() {
    Map<String, String> in = new LinkedHashMap<>();
    in.put("type", "order.created");
    in.put("quote\"back\\slash", "line\nbreak\ttab \u0001 한글");
    in.put("none", null);
    String json = FlatJson.write(in);
    assertThat(json).startsWith("{\"type\":\"order.created\"");
    assertThat(FlatJson.read(json)).containsExactlyEntriesOf(in);
  }

  @Test
  void readsNumbersBooleansAndWhitespace() {
    Map<String, String> m =
        FlatJson.read(" { \"a\" : 12 , \"b\":-1.5e3,\"c\":true,\"d\":\"\\u00e9\\/\" } ");
    assertThat(m).containsEntry("a", "12").containsEntry("b", "-1.5e3").containsEntry("c", "true");
    assertThat(m).containsEntry("d", "é/");
    assertThat(FlatJson.read("{}")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "[1]",
        "{\"a\":{}}",
        "{\"a\":[1]}",
        "{\"a\":1} x",
        "{\"a\" 1}",
        "{\"a\":01}",
        "{\"a\":\"\\q\"}",
        "{\"a\":\"\\u12\"}",
        "{a:1}",
        "{\"a\":1,}"
      })
  void refusesWhatIsNotAFlatObject(String json) {
    assertThatThrownBy(() -> FlatJson.read(json)).isInstanceOf(IllegalArgumentException.class);
  }
}
