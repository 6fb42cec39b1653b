package io.channelbridge.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
}
