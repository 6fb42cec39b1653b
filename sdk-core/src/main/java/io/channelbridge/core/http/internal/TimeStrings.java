package io.channelbridge.core.http.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Writes {@link Instant} and {@link OffsetDateTime} parameters of {@code @Query}, {@code @Path} and
 * {@code @Header} in the channel's zone and format (OkHttp then encodes {@code +} as {@code %2B}).
 */
public final class TimeStrings extends Converter.Factory {
  private final ZoneId zone;
  private final DateTimeFormatter format;

  /**
   * Creates the factory.
   *
   * @param zone the channel's zone
   * @param format the channel's date-time format
   */
  public TimeStrings(ZoneId zone, DateTimeFormatter format) {
    this.zone = zone;
    this.format = format;
  }

  @Override
  public Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == Instant.class) {
      return (Converter<Instant, String>) v -> format.format(v.atZone(zone));
    }
    if (type == OffsetDateTime.class) {
      return (Converter<OffsetDateTime, String>) v -> format.format(v.atZoneSameInstant(zone));
    }
    return null;
  }
}
