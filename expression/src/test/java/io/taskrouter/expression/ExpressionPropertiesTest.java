package io.taskrouter.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class ExpressionPropertiesTest {

  @Property(tries = 10_000)
  void anyTextParsesOrThrowsExpressionException(@ForAll String text) {
    parseOrExplain(text);
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void alphabetSoupParsesOrThrowsExpressionException(@ForAll("alphabetSoup") String text) {
    parseOrExplain(text);
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void mutatedExpressionsParseOrThrowExpressionException(@ForAll("mutated") String text) {
    parseOrExplain(text);
  }

  @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
  void canonicalTextParsesToAnEqualTree(@ForAll("expressions") String text) {
    Expression parsed = Expression.parse(text);
    String canonical = parsed.toString();
    Expression reparsed = Expression.parse(canonical);

    assertThat(reparsed).isEqualTo(parsed);
    assertThat(reparsed.hashCode()).isEqualTo(parsed.hashCode());
    assertThat(reparsed.toString()).isEqualTo(canonical);
    assertThat(reparsed.keys()).isEqualTo(parsed.keys());
  }

  @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
  void evaluationNeverThrowsAndAgreesWithTheCanonicalForm(
      @ForAll("expressions") String text,
      @ForAll("json") Map<String, Object> attributes,
      @ForAll("json") Map<String, Object> task,
      @ForAll("json") Map<String, Object> worker) {
    Expression expression = Expression.parse(text);
    EvaluationContext plain = EvaluationContext.of(attributes);
    EvaluationContext target =
        EvaluationContext.builder()
            .attributes(attributes)
            .task(task)
            .worker(worker)
            .workerSid("WK1")
            .workerChannel("voice", 2, 1, 50)
            .time(ZonedDateTime.of(2024, 5, 4, 8, 15, 0, 0, ZoneOffset.UTC))
            .build();

    for (EvaluationContext context : new EvaluationContext[] {plain, target}) {
      boolean result = expression.evaluate(context);
      Statistics.label("result").collect(result);
      assertThat(Expression.parse(expression.toString()).evaluate(context)).isEqualTo(result);
      assertThat(Expression.parse("NOT (" + text + ")").evaluate(context)).isEqualTo(!result);
    }
  }

  @Property(tries = 3_000, edgeCases = EdgeCasesMode.NONE)
  void operatorsAgreeWithTheirMirrors(
      @ForAll("keys") String left,
      @ForAll("keys") String right,
      @ForAll("json") Map<String, Object> data) {
    EvaluationContext context = EvaluationContext.of(data);
    String[][] mirrors = {
      {"==", "=="}, {"!=", "!="}, {">", "<"}, {">=", "<="}, {"IN", "HAS"}, {"NOT IN", "NOT HAS"}
    };
    for (String[] mirror : mirrors) {
      boolean forward = eval(left + " " + mirror[0] + " " + right, context);
      boolean backward = eval(right + " " + mirror[1] + " " + left, context);
      assertThat(forward).as("%s %s %s", left, mirror[0], right).isEqualTo(backward);
    }
    boolean equal = eval(left + " == " + right, context);
    assertThat(eval(left + " >= " + right, context))
        .isEqualTo(eval(left + " > " + right, context) || (equal && isOrdered(left, context)));
  }

  private static boolean isOrdered(String key, EvaluationContext context) {
    return eval(key + " >= " + key, context);
  }

  private static boolean eval(String text, EvaluationContext context) {
    return Expression.parse(text).evaluate(context);
  }

  @Provide
  Arbitrary<String> keys() {
    return ExpressionArbitraries.keys();
  }

  @Provide
  Arbitrary<String> expressions() {
    return ExpressionArbitraries.expressions();
  }

  @Provide
  Arbitrary<String> alphabetSoup() {
    return ExpressionArbitraries.alphabetSoup();
  }

  @Provide
  Arbitrary<String> mutated() {
    return ExpressionArbitraries.mutatedExpressions();
  }

  @Provide
  Arbitrary<Map<String, Object>> json() {
    return ExpressionArbitraries.jsonObjects();
  }

  /**
   * Parses {@code text}: success must round-trip through the canonical text, failure must be an
   * ExpressionException pointing inside the text. Any other throwable fails the property.
   */
  private static void parseOrExplain(String text) {
    Expression parsed;
    try {
      parsed = Expression.parse(text);
    } catch (ExpressionException e) {
      Statistics.label("outcome").collect("error");
      assertThat(e.position()).isBetween(0, text.length());
      assertThat(e.expression()).isEqualTo(text);
      assertThat(e.getMessage())
          .startsWith("Invalid expression at position " + e.position() + ": " + e.problem());
      return;
    }
    Statistics.label("outcome").collect("parsed");
    assertThat(Expression.parse(parsed.toString())).isEqualTo(parsed);
  }
}
