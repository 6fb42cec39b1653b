package io.channelbridge.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FastTimeTest {
  private static final ZoneId KST = ZoneId.of("Asia/Seoul");

  @ParameterizedTest
  @CsvSource({
    "2022-04-11T15:21:44.000+09:00, 2022-04-11T06:21:44Z", // Naver, millis
    "2026-11-28T12:00:00+09:00, 2026-11-28T03:00:00Z", // delivery-app, no millis
    "2026-11-28T03:00:00Z, 2026-11-28T03:00:00Z",
    "2026-11-28T03:00:00.5Z, 2026-11-28T03:00:00.500Z",
    "2025-07-15T10:00:00.123456+09:00, 2025-07-15T01:00:00.123456Z", // Coupang v5, micros
    "2025-07-15T10:00:00.123456789+09:00, 2025-07-15T01:00:00.123456789Z",
    "2026-11-28T12:00:00+05:30, 2026-11-28T06:30:00Z",
    "2026-11-28T12:00:00-03:00, 2026-11-28T15:00:00Z",
    "2026-11-28T12:00:00+0900, 2026-11-28T03:00:00Z",
    "2026-11-28T12:00:00+09, 2026-11-28T03:00:00Z",
    "2025-07-15T10:00:00, 2025-07-15T01:00:00Z", // Coupang v4, local KST
    "2025-07-15 10:00:00, 2025-07-15T01:00:00Z",
    "2024-02-29T23:59:59+09:00, 2024-02-29T14:59:59Z", // leap day
    "2000-02-29T00:00:00Z, 2000-02-29T00:00:00Z",
    "1970-01-01T09:00:00+09:00, 1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z",
  })
  void parsesTheShapesChannelsSend(String text, String expected) {
    assertThat(FastTime.parseInstant(text, KST)).isEqualTo(Instant.parse(expected));
    assertThat(FastTime.parseOffsetDateTime(text, KST).toInstant())
        .isEqualTo(Instant.parse(expected));
  }

  @Test
  void keepsTheOffsetItReads() {
    assertThat(FastTime.parseOffsetDateTime("2026-11-28T12:00:00-03:00", KST).getOffset())
        .isEqualTo(ZoneOffset.ofHours(-3));
  }

  @Test
  void aTextWithoutOffsetInAZoneWithDaylightSavingFollowsJavaTime() {
    ZoneId ny = ZoneId.of("America/New_York");
    for (String local :
        List.of(
            "2026-07-01T12:00:00",
            "2026-12-01T12:00:00",
            "2026-03-08T02:30:00", // in the spring-forward gap
            "2026-11-01T01:30:00")) { // in the fall-back overlap
      assertThat(FastTime.parseInstant(local, ny))
          .as(local)
          .isEqualTo(LocalDateTime.parse(local).atZone(ny).toInstant());
      assertThat(FastTime.parseOffsetDateTime(local, ny))
          .as(local)
          .isEqualTo(LocalDateTime.parse(local).atZone(ny).toOffsetDateTime());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2026-13-01T00:00:00Z",
        "2026-11-31T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2026-11-28T24:00:00Z",
        "2026-11-28T12:60:00Z",
        "2026-11-28T12:00:60Z",
        "2026-11-28T12:00:00.1234567890Z",
        "2026-11-28T12:00:00+19:00",
        "2026-11-28T12:00:00+09:0",
        "2026-11-28T12:00:00 +09:00",
        "2026-11-28",
        "2026/11/28T12:00:00Z",
        "１２３４-11-28T12:00:00Z"
      })
  void rejectsGarbageWithAParseException(String text) {
    assertThatThrownBy(() -> FastTime.parseInstant(text, KST))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> FastTime.parseOffsetDateTime(text, KST))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void agreesWithJavaTimeOnRandomValues() {
    Random random = new Random(20261128L);
    List<DateTimeFormatter> formats =
        List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_INSTANT);
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(-2_000_000_000L, 4_000_000_000L);
      int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
      OffsetDateTime value = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
      String text = formats.get(random.nextInt(formats.size())).format(value);
      Instant expected = OffsetDateTime.parse(text).toInstant();
      assertThat(FastTime.parseInstant(text, KST)).as(text).isEqualTo(expected);
      assertThat(FastTime.parseOffsetDateTime(text, KST))
          .as(text)
          .isEqualTo(OffsetDateTime.parse(text));
      String local = LocalDateTime.ofInstant(expected, KST).toString();
      assertThat(FastTime.parseInstant(local, KST))
          .as(local)
          .isEqualTo(LocalDateTime.parse(local).atZone(KST).toInstant());
    }
  }
}
