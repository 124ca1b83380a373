package io.taskrouter.local.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleAttributeMatcherTest {
  private final SimpleAttributeMatcher matcher = new SimpleAttributeMatcher();
  private final Map<String, Object> attributes = Map.of(
      "type", "ticket",
      "level", 3.0,
      "vip", true,
      "customer", Map.of("tier", "gold", "langs", List.of("en", "fr")));

  @Test
  void constantsOnBothSides() {
    assertThat(matcher.matches("1==1", attributes)).isTrue();
    assertThat(matcher.matches("1 == 0", attributes)).isFalse();
    assertThat(matcher.matches("'a' != \"b\"", attributes)).isTrue();
  }

  @Test
  void keysAgainstValues() {
    assertThat(matcher.matches("type == 'ticket'", attributes)).isTrue();
    assertThat(matcher.matches("type = \"ticket\"", attributes)).isTrue();
    assertThat(matcher.matches("type != 'ticket'", attributes)).isFalse();
    assertThat(matcher.matches("level == 3", attributes)).isTrue();
    assertThat(matcher.matches("vip == true", attributes)).isTrue();
    assertThat(matcher.matches("customer.tier == 'gold'", attributes)).isTrue();
    assertThat(matcher.matches("customer.langs[1] == 'fr'", attributes)).isTrue();
    assertThat(matcher.matches("customer.langs[5] == null", attributes)).isTrue();
    assertThat(matcher.matches("missing == null", attributes)).isTrue();
    assertThat(matcher.matches("level == '3'", attributes)).as("mixed types are never equal").isFalse();
    assertThat(matcher.matches("'ticket' == type", attributes)).isTrue();
  }

  @Test
  void refusesWhatItCannotEvaluate() {
    assertThatThrownBy(() -> matcher.matches("skills HAS 'support'", attributes))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("unsupported expression");
    assertThatThrownBy(() -> matcher.matches("a == 1 AND b == 2", attributes))
        .isInstanceOf(InvalidExpressionException.class);
    assertThatThrownBy(() -> matcher.matches("customer-value == 'gold'", attributes))
        .isInstanceOf(InvalidExpressionException.class).hasMessageContaining("hyphens");
  }
}
