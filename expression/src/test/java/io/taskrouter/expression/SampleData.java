package io.taskrouter.expression;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attribute maps shared by the tests, shaped like decoded JSON. */
final class SampleData {

  private SampleData() {}

  /** A worker's attributes with every JSON type, numbers of several Java classes, a null. */
  static Map<String, Object> worker() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("skills", List.of("support", "sales"));
    attributes.put("languages", List.of("english", "spanish"));
    attributes.put("language", "en");
    attributes.put("skill_rating", 5.5d);
    attributes.put("level", 3);
    attributes.put("big", 10_000_000_000L);
    attributes.put("price", new BigDecimal("9.99"));
    attributes.put("ratings", List.of(1, 2.5d, 3L));
    attributes.put("name", "Jamie");
    attributes.put("vip", true);
    attributes.put("nothing", null);
    attributes.put("mixed", Arrays.asList("a", 1, true, null));
    attributes.put("address", Map.of("city", "Paris", "zips", List.of("75001", "75002", "75003")));
    attributes.put(
        "orders", List.of(Map.of("id", 1), Map.of("id", 2, "items", List.of("a", "b", "c"))));
    attributes.put("agent_id", "WK1");
    return attributes;
  }

  static boolean eval(String expression, Map<String, ?> attributes) {
    return Expression.parse(expression).evaluate(EvaluationContext.of(attributes));
  }
}
