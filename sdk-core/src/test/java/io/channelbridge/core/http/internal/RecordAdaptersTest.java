package io.channelbridge.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK's record adapters read and write exactly what Moshi's own record adapter does. */
public class RecordAdaptersTest {
  @Retention(RetentionPolicy.RUNTIME)
  @JsonQualifier
  @interface Upper {}

  static final class UpperAdapter {
    @ToJson
    String toJson(@Upper String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    @FromJson
    @Upper
    String fromJson(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }
  }

  public record Line(String sku, int quantity, Long price) {}

  public record Wire(
      @Json(name = "order_id") String orderId,
      @Upper String status,
      Instant at,
      List<Line> lines,
      boolean paid,
      Line first) {
    public Wire {
      if ("bad".equals(orderId)) {
        throw new IllegalArgumentException("bad order id");
      }
    }
  }

  private static final String JSON =
      "{\"order_id\":\"o-1\",\"status\":\"new\",\"unknown\":{\"a\":[1,2]},"
          + "\"at\":\"2026-11-29T10:00:00.250+09:00\",\"lines\":[{\"sku\":\"A\",\"quantity\":2,"
          + "\"price\":null},{\"sku\":\"B\",\"quantity\":1,\"price\":900}],\"paid\":true}";

  private final Moshi sdk =
      SdkJson.install(
              new Moshi.Builder().add(new UpperAdapter()),
              "test",
              ZoneOffset.ofHours(9),
              DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .build();
  private final Moshi moshi = // Moshi's own record adapter, with the same Instant adapter
      new Moshi.Builder()
          .add(new UpperAdapter())
          .add(
              Instant.class,
              new SdkJson.InstantAdapter(
                      "test", ZoneOffset.ofHours(9), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                  .nullSafe())
          .build();

  @Test
  void theSdkAdapterIsUsedAndReadsWhatMoshiReads() throws Exception {
    JsonAdapter<Wire> ours = sdk.adapter(Wire.class);
    assertThat(ours.toString()).contains("Wire").doesNotContain("RecordJsonAdapter");
    Wire read = ours.fromJson(JSON);
    assertThat(read).isEqualTo(moshi.adapter(Wire.class).fromJson(JSON));
    assertThat(read.orderId()).isEqualTo("o-1");
    assertThat(read.status()).isEqualTo("NEW");
    assertThat(read.at()).isEqualTo(Instant.parse("2026-11-29T01:00:00.250Z"));
    assertThat(read.lines()).containsExactly(new Line("A", 2, null), new Line("B", 1, 900L));
    assertThat(read.paid()).isTrue();
    assertThat(read.first()).isNull();
  }

  @Test
  void writesWhatMoshiWrites() throws Exception {
    Wire w = sdk.adapter(Wire.class).fromJson(JSON);
    assertThat(sdk.adapter(Wire.class).toJson(w)).isEqualTo(moshi.adapter(Wire.class).toJson(w));
    assertThat(sdk.adapter(Wire.class).serializeNulls().toJson(w))
        .isEqualTo(moshi.adapter(Wire.class).serializeNulls().toJson(w))
        .contains("\"order_id\":\"o-1\"", "\"price\":null", "\"first\":null");
  }

  @Test
  void anAbsentPrimitiveIsADataErrorNamingIt() {
    assertThatThrownBy(() -> sdk.adapter(Line.class).fromJson("{\"sku\":\"A\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'quantity'")
        .hasMessageContaining("$");
  }

  @Test
  void aCompactConstructorsCheckComesThroughAsItself() {
    assertThatThrownBy(
            () -> sdk.adapter(Wire.class).fromJson("{\"order_id\":\"bad\",\"paid\":false}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad order id");
  }

  public record Pair<T>(T left, T right) {}

  @Test
  void genericRecordsAreLeftToMoshi() {
    assertThat(
            RecordAdapters.FACTORY.create(
                com.squareup.moshi.Types.newParameterizedTypeWithOwner(
                    RecordAdaptersTest.class, Pair.class, String.class),
                java.util.Set.of(),
                sdk))
        .isNull();
    assertThat(RecordAdapters.FACTORY.create(Line.class, java.util.Set.of(), sdk)).isNotNull();
  }
}
