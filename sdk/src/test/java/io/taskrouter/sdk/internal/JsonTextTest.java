package io.taskrouter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What can become one JSON object is written as such; refusals and their words are MessagesTest's. */
class JsonTextTest {
  public record Call(String type, List<String> languages) {}

  /** Not public: Moshi's class adapter reads its fields all the same (records are the exception). */
  static final class PackagePrivate {
    final String type = "call";
    final Call nested = new Call("chat", List.of("fr"));
  }

  static Stream<Arguments> accepted() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("type", "call");
    ordered.put("call", new Call("call", List.of("en")));
    return Stream.of(
        Arguments.of("JSON text, unchanged", "{ \"type\" : \"call\" }", "{ \"type\" : \"call\" }"),
        Arguments.of("other text", new StringBuilder("{\"a\":1}"), "{\"a\":1}"),
        Arguments.of("an empty Map: {} on purpose", Map.of(), "{}"),
        Arguments.of("a Map holding a public record", ordered,
            "{\"type\":\"call\",\"call\":{\"type\":\"call\",\"languages\":[\"en\"]}}"),
        Arguments.of("a public record", new Call("call", List.of("en", "es")),
            "{\"type\":\"call\",\"languages\":[\"en\",\"es\"]}"),
        Arguments.of("a class that is not public", new PackagePrivate(),
            "{\"nested\":{\"type\":\"chat\",\"languages\":[\"fr\"]},\"type\":\"call\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void writesOneJsonObject(String kind, Object value, String json) {
    assertThat(JsonText.writeObject("Attributes", value)).isEqualTo(json);
  }
}
