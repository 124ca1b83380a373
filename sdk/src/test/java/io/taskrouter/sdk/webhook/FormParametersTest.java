package io.taskrouter.sdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParametersTest {
  @Test
  void aBodyIsDecodedKeepingRepeatedNamesInOrder() {
    FormParameters params = FormParameters.parse("A=x+y&B=%E2%82%AC%3D%26&A=z&Empty=&Bare&&");

    assertThat(params.names()).containsExactly("A", "B", "Empty", "Bare");
    assertThat(params.all("A")).containsExactly("x y", "z");
    assertThat(params.first("B")).isEqualTo("€=&");
    assertThat(params.first("Empty")).isEmpty();
    assertThat(params.first("Bare")).isEmpty();
    assertThat(params.first("Missing")).isNull();
    assertThat(params.all("Missing")).isEmpty();
  }

  @Test
  void aMalformedEscapeIsRefused() {
    assertThatThrownBy(() -> FormParameters.parse("A=%zz"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("body holds a malformed %-escape near '%zz'");
  }

  @Test
  void decodedMapsOfStringsArraysAndListsAreRead() {
    Map<String, Object> decoded = new LinkedHashMap<>();
    decoded.put("One", "1");
    decoded.put("Array", new String[] {"a", "b"});
    decoded.put("List", Arrays.asList("c", "d"));

    FormParameters params = FormParameters.of(decoded);

    assertThat(params.asMap()).containsExactly(
        Map.entry("One", Arrays.asList("1")), Map.entry("Array", Arrays.asList("a", "b")),
        Map.entry("List", Arrays.asList("c", "d")));
    assertThatThrownBy(() -> params.asMap().put("X", Arrays.asList("y"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullValueInsideAListIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> FormParameters.of(Map.of("List", Arrays.asList("a", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("params[List] must be a String, a String[] or an Iterable of strings, got null");
  }

  @Test
  void toStringShowsNamesNotValues() {
    assertThat(FormParameters.parse("TaskAttributes=%7B%22phone%22%3A%22%2B1555%22%7D").toString())
        .isEqualTo("FormParameters[TaskAttributes]");
  }
}
