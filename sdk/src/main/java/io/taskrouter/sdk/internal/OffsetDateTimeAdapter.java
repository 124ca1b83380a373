package io.taskrouter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as TaskRouter writes them: ISO 8601 ({@code 2026-11-24T15:00:00Z}). The RFC 1123 form of
 * Twilio's older APIs is read too, so that a date never breaks parsing for want of a format.
 */
final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
  @Override
  public OffsetDateTime fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
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

  @Override
  public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(WireFormat.dateTime(value));
  }
}
