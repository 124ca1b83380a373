package io.taskrouter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetDateTimeAdapterTest {
  private final OffsetDateTimeAdapter adapter = new OffsetDateTimeAdapter();

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-24T15:00:00Z", "2024-02-29T23:59:59Z", "2026-11-24T15:00:00.250Z",
      "2026-11-24T16:00:00+01:00", "Tue, 24 Nov 2026 15:00:00 GMT"})
  void everyFormReadsAsTheInstantItNames(String text) throws Exception {
    OffsetDateTime read = adapter.fromJson("\"" + text + "\"");

    OffsetDateTime expected = text.contains(",")
        ? OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
        : OffsetDateTime.parse(text);
    assertThat(read).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-24T15:00:00Z", "2025-02-29T10:00:00Z", "2026-11-24T15:0a:00Z", "yesterday"})
  void aDateThatIsNoDateIsRefusedNamingIt(String text) {
    assertThatThrownBy(() -> adapter.fromJson("\"" + text + "\"")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining(text);
  }
}
