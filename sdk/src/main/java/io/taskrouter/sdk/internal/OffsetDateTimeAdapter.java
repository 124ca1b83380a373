package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Dates as TaskRouter writes them: ISO 8601 ({@code 2026-11-24T15:00:00Z}). The RFC 1123 form of
 * Twilio's older APIs is read too, so that a date never breaks parsing for want of a format.
 */
final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
  @Override
  public OffsetDateTime fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    OffsetDateTime utc = parseUtcSeconds(text);
    if (utc != null) {
      return utc;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notIso) {
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      } catch (DateTimeParseException notRfc) {
        throw new JsonDataException("Expected an ISO 8601 date-time but was '" + text + "' at path "
            + reader.getPath());
      }
    }
  }

  /**
   * The form the API writes every date in, {@code 2026-11-24T15:00:00Z}, read without a formatter
   * (a DateTimeFormatter parse costs a microsecond or more, several per model); null for any other
   * form, which the formatters then read.
   */
  static @Nullable OffsetDateTime parseUtcSeconds(String text) {
    if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(WireFormat.dateTime(value));
  }
}
