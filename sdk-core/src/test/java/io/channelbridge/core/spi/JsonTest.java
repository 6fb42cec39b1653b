package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void numbersStayExactAndUnknownMembersRoundTrip() {
    String text =
        "{\"originProductNo\":9007199254740993,\"rate\":0.1,\"seo\":{\"t\":\"제주\"},"
            + "\"tags\":[1,\"a\",true,null],\"n\":null}";
    Map<String, Object> tree = Json.parseObject(text);
    assertThat(tree.get("originProductNo")).isEqualTo(9007199254740993L);
    assertThat(tree.get("rate")).isEqualTo(new BigDecimal("0.1"));
    assertThat(Json.write(tree))
        .isEqualTo(
            "{\"originProductNo\":9007199254740993,\"rate\":0.1,\"seo\":{\"t\":\"제주\"},"
                + "\"tags\":[1,\"a\",true,null]}");
  }

  @Test
  void accessorsAreLenientAndPathsAreCreated() {
    Map<String, Object> tree = Json.parseObject("{\"a\":{\"b\":7},\"s\":\"x\",\"l\":[1]}");
    assertThat(Json.number(Json.object(tree, "a"), "b")).isEqualTo(7L);
    assertThat(Json.string(tree, "s")).isEqualTo("x");
    assertThat(Json.string(Json.object(tree, "a"), "b")).isEqualTo("7");
    assertThat(Json.number(tree, "s")).isNull();
    assertThat(Json.object(tree, "missing")).isNull();
    assertThat(Json.string(null, "s")).isNull();
    assertThat(Json.list(tree, "l")).containsExactly(1L);
    Json.objectAt(tree, "x", "y").put("z", 1);
    assertThat(Json.write(tree)).endsWith("\"x\":{\"y\":{\"z\":1}}}");
    assertThat(Json.of("k", 1, "v", List.of("a"))).containsEntry("k", 1).hasSize(2);
  }

  @Test
  void malformedTextIsAnIllegalArgument() {
    assertThatThrownBy(() -> Json.parse("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{} {}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parseObject("[1]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
