package io.taskrouter.local.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void stringsAreEscapedAsRfc8259RequiresAndReadBackUnchanged() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      every.append(c);
    }
    String text = every + "\"\\/\u007f é 中 \ud83d\ude00 \u2028\u2029";

    String json = new JsonWriter().value(text).toString();

    assertThat(json).doesNotContainPattern("[\\x00-\\x1f\\u2028\\u2029]");
    assertThat(json).startsWith("\"\\u0000\\u0001").contains("\\b\\t\\n\\u000b\\f\\r").contains("\\\"\\\\/")
        .contains("é 中 \ud83d\ude00").endsWith("\\u2028\\u2029\"");
    assertThat(Json.parse(json)).isEqualTo(text);
  }

  @Test
  void anUnpairedSurrogateIsEscapedSoTheOutputStaysValidUtf8() {
    assertThat(new JsonWriter().value("a\ud800b\udc00").toString()).isEqualTo("\"a\\ud800b\\udc00\"");
  }

  @Test
  void objectsArraysAndValuesGetTheirSeparators() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("list", List.of(1, "two", false));
    data.put("none", null);
    data.put("map", Map.of("k", 2.5));

    String json = new JsonWriter().beginObject()
        .name("a").value(1L)
        .name("b").value((String) null)
        .name("c").beginArray().value(true).nullValue().value(Instant.parse("2026-11-24T15:00:00.789Z")).endArray()
        .name("d").any(data)
        .name("e").array(List.of("x", "y"), JsonWriter::value)
        .name("f").object(Map.of("k", 3), JsonWriter::value)
        .endObject().toString();

    assertThat(json).isEqualTo("{\"a\":1,\"b\":null,\"c\":[true,null,\"2026-11-24T15:00:00Z\"],"
        + "\"d\":{\"list\":[1,\"two\",false],\"none\":null,\"map\":{\"k\":2.5}},\"e\":[\"x\",\"y\"],\"f\":{\"k\":3}}");
  }

  @Test
  void whatJsonCannotHoldIsRefused() {
    assertThatThrownBy(() -> new JsonWriter().value(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonWriter().name("outside")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().any(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.present(null, "ListMeta.url")).hasMessageContaining("ListMeta.url");
  }
}
