package io.channelbridge.core.http.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.squareup.moshi.adapters.EnumJsonAdapter;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.Money;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The SDK's Moshi adapters: {@link Instant} and {@link OffsetDateTime} in the channel's zone and
 * format (read through {@link FastTime}), {@link Money}, enums with an {@code UNKNOWN} constant
 * that read any unknown value as {@code UNKNOWN}, and records read as Moshi reads them without its
 * per-object reflective constructor call ({@link RecordAdapter}).
 */
public final class SdkJson {
  private SdkJson() {}

  /**
   * Adds the SDK adapters to a Moshi builder.
   *
   * @param builder the builder
   * @param channelId the channel, named in errors
   * @param zone the channel's zone
   * @param format how the channel writes date-times
   * @return the builder
   */
  public static Moshi.Builder install(
      Moshi.Builder builder, String channelId, ZoneId zone, DateTimeFormatter format) {
    return builder
        .add(Instant.class, new InstantAdapter(channelId, zone, format).nullSafe())
        .add(OffsetDateTime.class, new OffsetDateTimeAdapter(channelId, zone, format).nullSafe())
        .add(Money.class, new MoneyAdapter(channelId).nullSafe())
        .add(UNKNOWN_ENUMS)
        .add(RecordAdapter.FACTORY);
  }

  static ProtocolException badValue(
      String channelId, String what, String value, String path, Throwable cause) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return new ProtocolException(
        channelId, "cannot read '" + shown + "' at " + path + " as " + what, 0, null, null, cause);
  }

  static final class InstantAdapter extends JsonAdapter<Instant> {
    private final String channelId;
    private final ZoneId zone;
    private final DateTimeFormatter format;

    InstantAdapter(String channelId, ZoneId zone, DateTimeFormatter format) {
      this.channelId = channelId;
      this.zone = zone;
      this.format = format;
    }

    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NUMBER) {
        return Instant.ofEpochMilli(reader.nextLong());
      }
      String text = reader.nextString();
      try {
        return FastTime.parseInstant(text, zone);
      } catch (DateTimeException e) {
        throw badValue(channelId, "a date-time", text, reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(format.format(value.atZone(zone)));
    }
  }

  static final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
    private final String channelId;
    private final ZoneId zone;
    private final DateTimeFormatter format;

    OffsetDateTimeAdapter(String channelId, ZoneId zone, DateTimeFormatter format) {
      this.channelId = channelId;
      this.zone = zone;
      this.format = format;
    }

    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return FastTime.parseOffsetDateTime(text, zone);
      } catch (DateTimeException e) {
        throw badValue(channelId, "a date-time", text, reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writer.value(format.format(value.atZoneSameInstant(zone)));
    }
  }

  /**
   * Money as channels send it: a plain integer of won ({@code 12000}), a numeric string, or an
   * object {@code {"currencyCode": "KRW", "units": 12000, "nanos": 0}} (Coupang v5). Written as a
   * plain integer for KRW and as the object for other currencies.
   */
  static final class MoneyAdapter extends JsonAdapter<Money> {
    private static final JsonReader.Options FIELDS =
        JsonReader.Options.of("currencyCode", "units", "nanos", "amount", "currency");
    private final String channelId;

    MoneyAdapter(String channelId) {
      this.channelId = channelId;
    }

    @Override
    public Money fromJson(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case NUMBER:
        case STRING:
          {
            String text = reader.nextString();
            try {
              return Money.krw(Long.parseLong(text));
            } catch (NumberFormatException e) {
              throw badValue(channelId, "an amount of won", text, reader.getPath(), e);
            }
          }
        case BEGIN_OBJECT:
          {
            String currency = Money.KRW;
            Long units = null;
            long nanos = 0;
            String path = reader.getPath();
            reader.beginObject();
            while (reader.hasNext()) {
              switch (reader.selectName(FIELDS)) {
                case 0, 4 -> currency = reader.nextString();
                case 1, 3 -> units = reader.nextLong();
                case 2 -> nanos = reader.nextLong();
                default -> {
                  reader.skipName();
                  reader.skipValue();
                }
              }
            }
            reader.endObject();
            if (units == null || nanos != 0 || !currency.matches("[A-Z]{3}")) {
              throw badValue(channelId, "an amount of money", "{...}", path, null);
            }
            return new Money(units, currency);
          }
        default:
          throw new JsonDataException("Expected an amount of money at " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, Money value) throws IOException {
      if (Money.KRW.equals(value.currency())) {
        writer.value(value.amount());
        return;
      }
      writer.beginObject();
      writer.name("currencyCode").value(value.currency());
      writer.name("units").value(value.amount());
      writer.name("nanos").value(0);
      writer.endObject();
    }
  }

  /** Enums that declare {@code UNKNOWN} read any value they do not know as {@code UNKNOWN}. */
  static final JsonAdapter.Factory UNKNOWN_ENUMS =
      new JsonAdapter.Factory() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonAdapter<?> create(
            Type type, Set<? extends Annotation> annotations, Moshi moshi) {
          if (!annotations.isEmpty()) {
            return null;
          }
          Class<?> raw = Types.getRawType(type);
          if (!raw.isEnum()) {
            return null;
          }
          for (Object constant : raw.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals("UNKNOWN")) {
              return EnumJsonAdapter.create((Class) raw)
                  .withUnknownFallback((Enum) constant)
                  .nullSafe();
            }
          }
          return null;
        }
      };
}
