package io.taskrouter.sdk.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * How values are written into query strings and form bodies. Retrofit writes most values with
 * {@code toString()}: numbers, {@code true}/{@code false}, and the generated enums (whose
 * {@code toString()} is the wire value). Dates need a fixed ISO 8601 form in UTC with seconds,
 * which {@link OffsetDateTime#toString()} does not guarantee.
 */
public final class WireFormat extends Converter.Factory {
  /**
   * Built on first use, not with the client: a formatter's pattern parsing and the two dozen
   * java.time.format classes it loads cost milliseconds of a cold start, for the few parameters
   * that are dates.
   */
  private static final class IsoSeconds {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
  }

  /**
   * @param value a date-time
   * @return the date-time in UTC, as {@code 2026-11-24T15:00:00Z}
   */
  public static String dateTime(OffsetDateTime value) {
    return IsoSeconds.FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC));
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return (Converter<OffsetDateTime, String>) WireFormat::dateTime;
    }
    return null;
  }
}
