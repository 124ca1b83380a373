package io.taskrouter.local.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionAttributeMatcherTest {

  @Test
  void distinctLargeExpressionsNeverGrowTheCachePastItsBound() {
    ExpressionAttributeMatcher matcher = new ExpressionAttributeMatcher();
    Map<String, Object> attributes = Map.of("n", 7);
    int expressions = 3 * ExpressionAttributeMatcher.MAX_CACHED_CHARACTERS / 8_000;
    for (int i = 0; i < expressions; i++) {
      assertThat(matcher.matches(largeExpression(i), attributes)).isTrue();
      assertThat(matcher.cachedCharacters()).isLessThanOrEqualTo(ExpressionAttributeMatcher.MAX_CACHED_CHARACTERS);
    }
    assertThat(matcher.cachedCharacters()).as("the cache still holds what fits")
        .isGreaterThan(ExpressionAttributeMatcher.MAX_CACHED_CHARACTERS / 2);
  }

  @Test
  void theMostRecentlyUsedExpressionSurvivesEviction() {
    ExpressionCache cache = new ExpressionCache(30);
    cache.put("a == 1", io.taskrouter.expression.Expression.parse("a == 1"));
    cache.put("b == 22", io.taskrouter.expression.Expression.parse("b == 22"));
    cache.get("a == 1");
    cache.put("c == 333333333333333", io.taskrouter.expression.Expression.parse("c == 333333333333333"));
    assertThat(cache.get("a == 1")).isNotNull();
    assertThat(cache.get("b == 22")).as("least recently used, evicted").isNull();
    assertThat(cache.weight()).isEqualTo("a == 1".length() + "c == 333333333333333".length());
  }

  /** About 8,000 characters, true for n == 7, and different for each {@code seed}. */
  private static String largeExpression(int seed) {
    StringBuilder text = new StringBuilder("n == 7");
    while (text.length() < 7_980) {
      text.append(" OR n == ").append(seed).append("00");
    }
    return text.toString();
  }
}
