package io.channelbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.Money;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK's Moshi adapters, as a channel's {@link ChannelHttp#moshi()} has them. */
class SdkJsonTest {
  private final Moshi naver =
      ChannelHttp.builder("naver")
          .stack(HttpStack.using(new okhttp3.OkHttpClient()))
          .baseUrl("https://api.commerce.naver.com/external")
          .timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
          .build()
          .moshi();

  /** A DTO as an adapter declares it. */
  public record Row(
      Instant paymentDate, OffsetDateTime lastChangedDate, Money amount, State state) {}

  /** A channel enum with UNKNOWN. */
  public enum State {
    PAYED,
    DELIVERING,
    UNKNOWN
  }

  /** A channel enum without UNKNOWN. */
  public enum Strict {
    A
  }

  /** A DTO with a strict enum. */
  public record StrictRow(Strict value) {}

  private final JsonAdapter<Row> rows = naver.adapter(Row.class);

  @Test
  void readsTheChannelsShapes() throws Exception {
    Row row =
        rows.fromJson(
            "{\"paymentDate\":\"2022-04-11T15:21:44.000+09:00\","
                + "\"lastChangedDate\":\"2022-04-11T15:21:44+05:30\","
                + "\"amount\":12000,\"state\":\"DELIVERING\"}");
    assertThat(row.paymentDate()).isEqualTo(Instant.parse("2022-04-11T06:21:44Z"));
    assertThat(row.lastChangedDate().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(row.amount()).isEqualTo(Money.krw(12000));
    assertThat(row.state()).isEqualTo(State.DELIVERING);
  }

  @Test
  void writesTimesInTheChannelsZoneAndFormat() {
    String json =
        rows.toJson(
            new Row(
                Instant.parse("2026-11-28T03:00:00Z"),
                OffsetDateTime.parse("2026-11-28T03:00:00Z"),
                Money.krw(500),
                State.PAYED));
    assertThat(json)
        .isEqualTo(
            "{\"paymentDate\":\"2026-11-28T12:00:00.000+09:00\","
                + "\"lastChangedDate\":\"2026-11-28T12:00:00.000+09:00\","
                + "\"amount\":500,\"state\":\"PAYED\"}");
  }

  @Test
  void anUnknownEnumValueIsUnknown() throws Exception {
    assertThat(rows.fromJson("{\"state\":\"CANCELED_BY_NOPAYMENT\"}").state())
        .isEqualTo(State.UNKNOWN);
    assertThatThrownBy(() -> naver.adapter(StrictRow.class).fromJson("{\"value\":\"B\"}"))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void moneyInEveryShape() throws Exception {
    JsonAdapter<Money> money = naver.adapter(Money.class);
    assertThat(money.fromJson("12000")).isEqualTo(Money.krw(12000));
    assertThat(money.fromJson("\"12000\"")).isEqualTo(Money.krw(12000));
    assertThat(money.fromJson("{\"currencyCode\":\"KRW\",\"units\":12000,\"nanos\":0}"))
        .isEqualTo(Money.krw(12000));
    assertThat(money.toJson(new Money(5, "USD")))
        .isEqualTo("{\"currencyCode\":\"USD\",\"units\":5,\"nanos\":0}");
    assertThatThrownBy(() -> money.fromJson("\"12,000\""))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("[naver]");
  }

  @Test
  void garbageTimeIsATypedErrorNamingTheChannelAndPath() {
    assertThatThrownBy(() -> rows.fromJson("{\"paymentDate\":\"yesterday at noon\"}"))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> {
              assertThat(e.channelId()).isEqualTo("naver");
              assertThat(e.getMessage())
                  .contains("'yesterday at noon'")
                  .contains("$.paymentDate")
                  .contains("date-time");
              assertThat(e.getCause()).isInstanceOf(java.time.DateTimeException.class);
            });
  }

  /** Upper-cases a string: a qualifier on a record component. */
  @Retention(RetentionPolicy.RUNTIME)
  @JsonQualifier
  public @interface Shout {}

  /** The qualifier's adapter. */
  public static final class ShoutAdapter {
    @com.squareup.moshi.FromJson
    @Shout
    String fromJson(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    @com.squareup.moshi.ToJson
    String toJson(@Shout String s) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A record with what Moshi's record adapter handles: names, qualifiers, primitives, nesting. */
  public record Shape(
      @Json(name = "shape_id") String id,
      @Shout String label,
      int count,
      long total,
      boolean flag,
      Instant at,
      List<Row> rows,
      Row first) {}

  /** A record whose constructor rejects what it is given. */
  public record Picky(String value) {
    /** Rejects "bad". */
    public Picky {
      if ("bad".equals(value)) {
        throw new IllegalArgumentException("bad value");
      }
    }
  }

  private final Moshi sdk =
      ChannelHttp.builder("naver")
          .stack(HttpStack.using(new okhttp3.OkHttpClient()))
          .baseUrl("https://api.commerce.naver.com/external")
          .moshi(b -> b.add(new ShoutAdapter()))
          .build()
          .moshi();

  /** Moshi alone, with the same SDK adapters but its own record adapter. */
  private final Moshi plain =
      new Moshi.Builder()
          .add(new ShoutAdapter())
          .add(Instant.class, sdk.adapter(Instant.class))
          .add(java.time.OffsetDateTime.class, sdk.adapter(java.time.OffsetDateTime.class))
          .add(Money.class, sdk.adapter(Money.class))
          .add(State.class, sdk.adapter(State.class))
          .build();

  private static final String SHAPE =
      "{\"shape_id\":\"s-1\",\"label\":\"box\",\"count\":3,\"total\":9000000000,"
          + "\"flag\":true,\"at\":\"2026-11-28T12:00:00.000+09:00\",\"unknown\":{\"a\":[1,2]},"
          + "\"rows\":[{\"amount\":100,\"state\":\"PAYED\"},null],"
          + "\"first\":{\"state\":\"NEW_ONE\"}}";

  @Test
  void recordsReadAndWriteExactlyAsMoshisOwnAdapterDoes() throws Exception {
    JsonAdapter<Shape> ours = sdk.adapter(Shape.class);
    JsonAdapter<Shape> moshis = plain.adapter(Shape.class);
    assertThat(ours.toString()).isEqualTo(moshis.toString());
    Shape read = ours.fromJson(SHAPE);
    assertThat(read).isEqualTo(moshis.fromJson(SHAPE));
    assertThat(read.id()).isEqualTo("s-1");
    assertThat(read.label()).isEqualTo("BOX");
    assertThat(read.total()).isEqualTo(9_000_000_000L);
    assertThat(read.rows()).hasSize(2).containsNull();
    assertThat(read.first().state()).isEqualTo(State.UNKNOWN);
    assertThat(ours.toJson(read)).isEqualTo(moshis.toJson(read));
    assertThat(ours.fromJson("null")).isNull();
    assertThat(ours.serializeNulls().toJson(new Shape(null, null, 0, 0, false, null, null, null)))
        .isEqualTo(
            moshis.serializeNulls().toJson(new Shape(null, null, 0, 0, false, null, null, null)));
  }

  @Test
  void recordErrorsAreMoshisErrors() {
    JsonAdapter<Shape> ours = sdk.adapter(Shape.class);
    JsonAdapter<Shape> moshis = plain.adapter(Shape.class);
    for (String json :
        List.of(
            "{\"label\":\"x\",\"total\":1,\"flag\":false}", // count (a primitive) missing
            "{\"count\":null,\"total\":1,\"flag\":false}",
            "{\"count\":\"many\",\"total\":1,\"flag\":false}",
            "[]",
            "{\"count\":1,\"total\":1,\"flag\":false")) {
      Throwable expected = catchThrowable(() -> moshis.fromJson(json));
      assertThat(expected).as(json).isNotNull();
      assertThatThrownBy(() -> ours.fromJson(json))
          .as(json)
          .isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
    Throwable picky =
        catchThrowable(() -> plain.adapter(Picky.class).fromJson("{\"value\":\"bad\"}"));
    assertThatThrownBy(() -> sdk.adapter(Picky.class).fromJson("{\"value\":\"bad\"}"))
        .isInstanceOf(picky.getClass())
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readerStateAfterARecordIsMoshis() throws Exception {
    String two = "[{\"amount\":1,\"extra\":[{}]},{\"amount\":2}]";
    JsonReader reader = JsonReader.of(new okio.Buffer().writeUtf8(two));
    JsonAdapter<Row> row = sdk.adapter(Row.class);
    reader.beginArray();
    assertThat(row.fromJson(reader).amount()).isEqualTo(Money.krw(1));
    assertThat(reader.getPath()).isEqualTo("$[1]");
    assertThat(row.fromJson(reader).amount()).isEqualTo(Money.krw(2));
    reader.endArray();
    assertThat(reader.peek()).isEqualTo(JsonReader.Token.END_DOCUMENT);
    okio.Buffer out = new okio.Buffer();
    row.toJson(JsonWriter.of(out), new Row(null, null, Money.krw(3), State.PAYED));
    assertThat(out.readUtf8()).isEqualTo("{\"amount\":3,\"state\":\"PAYED\"}");
  }
}
