package io.taskrouter.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseTest {

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of("a = 1", "a == 1"),
        Arguments.of("a==1", "a == 1"),
        Arguments.of("1==1", "1 == 1"),
        Arguments.of("\"apple\" != \"orange\"", "'apple' != 'orange'"),
        Arguments.of("skill_rating >= 5.1", "skill_rating >= 5.1"),
        Arguments.of("a>1 and a<10 or a<=0 OR a>=100", "a > 1 AND a < 10 OR a <= 0 OR a >= 100"),
        Arguments.of("skills >- 'x'", "skills HAS 'x'"),
        Arguments.of("x <- ['a',\"b\", 1]", "x IN ['a', 'b', 1]"),
        Arguments.of("language IN [\"en\",\"es\"]", "language IN ['en', 'es']"),
        Arguments.of("x not in [1,2]", "x NOT IN [1, 2]"),
        Arguments.of("x Not   Has 'a'", "x NOT HAS 'a'"),
        Arguments.of("x not contains 'a'", "x NOT CONTAINS 'a'"),
        Arguments.of("name contains 'am'", "name CONTAINS 'am'"),
        Arguments.of("(a==1 or b==2) and c==3", "(a == 1 OR b == 2) AND c == 3"),
        Arguments.of("a==1 or (b==2 and c==3)", "a == 1 OR b == 2 AND c == 3"),
        Arguments.of("a==1 and (b==2 and c==3)", "a == 1 AND b == 2 AND c == 3"),
        Arguments.of("((a == 1))", "a == 1"),
        Arguments.of("not (a==1)", "NOT a == 1"),
        Arguments.of("NOT (a==1 AND b==2)", "NOT (a == 1 AND b == 2)"),
        Arguments.of("not not a == 1", "NOT NOT a == 1"),
        Arguments.of("taskrouter.currentTime > 0800", "taskrouter.currentTime > 800"),
        Arguments.of("\"it's\" == 'say \\\"hi\\\"'", "'it\\'s' == 'say \"hi\"'"),
        Arguments.of("a == 'tab\\there\\\\'", "a == 'tab\\there\\\\'"),
        Arguments.of("a == '\\u0041\\/'", "a == 'A/'"),
        Arguments.of("a.b[2].c == TRUE", "a.b[2].c == true"),
        Arguments.of("a[02][0] == False", "a[2][0] == false"),
        Arguments.of("preferred_agents != NULL", "preferred_agents != null"),
        Arguments.of("x == -1.50", "x == -1.50"),
        Arguments.of("x IN []", "x IN []"),
        Arguments.of("task.requested_agent==worker.agent_id", "task.requested_agent == worker.agent_id"),
        Arguments.of("task.in == worker.not", "task.in == worker.not"),
        Arguments.of("(skills HAS 'support') AND (languages HAS \"english\")",
            "skills HAS 'support' AND languages HAS 'english'"),
        Arguments.of("language in['en']", "language IN ['en']"),
        Arguments.of("\tworker.channel.voice.assigned_tasks\n==\r0 ",
            "worker.channel.voice.assigned_tasks == 0"));
  }

  @ParameterizedTest
  @MethodSource("canonicalForms")
  void printsCanonicalTextThatParsesToTheSameTree(String text, String canonical) {
    Expression expression = Expression.parse(text);

    assertThat(expression.toString()).isEqualTo(canonical);
    assertThat(Expression.parse(canonical)).isEqualTo(expression);
    assertThat(expression.source()).isEqualTo(text);
  }

  @Test
  void andBindsTighterThanOr() {
    LogicalNode root = (LogicalNode) Expression.parse("a == 1 OR b == 2 AND c == 3").root();

    assertThat(root.kind()).isEqualTo(LogicalNode.Kind.OR);
    assertThat(root.operands()).hasSize(2);
    assertThat(root.operands().get(0)).isInstanceOf(ComparisonNode.class);
    LogicalNode and = (LogicalNode) root.operands().get(1);
    assertThat(and.kind()).isEqualTo(LogicalNode.Kind.AND);
    assertThat(and.operands()).extracting(Node::toString).containsExactly("b == 2", "c == 3");
  }

  @Test
  void parenthesesOverridePrecedence() {
    LogicalNode root = (LogicalNode) Expression.parse("(a == 1 OR b == 2) AND c == 3").root();

    assertThat(root.kind()).isEqualTo(LogicalNode.Kind.AND);
    assertThat(((LogicalNode) root.operands().get(0)).kind()).isEqualTo(LogicalNode.Kind.OR);
  }

  @Test
  void chainsAreFlat() {
    LogicalNode root = (LogicalNode) Expression.parse("a==1 AND (b==1 AND c==1) AND d==1").root();

    assertThat(root.operands()).hasSize(4);
  }

  @Test
  void notBindsToTheNextConditionOnly() {
    LogicalNode root = (LogicalNode) Expression.parse("NOT a == 1 AND b == 2").root();

    assertThat(root.kind()).isEqualTo(LogicalNode.Kind.AND);
    assertThat(root.operands().get(0)).isInstanceOf(NotNode.class);
    assertThat(((NotNode) root.operands().get(0)).operand().toString()).isEqualTo("a == 1");
  }

  @Test
  void comparisonExposesOperandsAndOperator() {
    ComparisonNode node = (ComparisonNode) Expression.parse("  a.b[2].c <- [1, 'x', true, null]").root();

    assertThat(node.operator()).isEqualTo(Operator.IN);
    KeyOperand key = (KeyOperand) node.left();
    assertThat(key.position()).isEqualTo(2);
    assertThat(key.path().segments()).containsExactly("a", "b", 2, "c");
    assertThat(key.path().root()).isEqualTo("a");
    assertThat(((LiteralOperand) node.right()).value())
        .isEqualTo(Arrays.asList(new BigDecimal("1"), "x", true, null));
  }

  @Test
  void keywordsAreCaseInsensitiveButKeysAreNot() {
    assertThat(Expression.parse("a in [1] AnD b HAS 2 oR c contains 'x'"))
        .isEqualTo(Expression.parse("a IN [1] AND b HAS 2 OR c CONTAINS 'x'"));
    assertThat(Expression.parse("Skills HAS 'x'")).isNotEqualTo(Expression.parse("skills HAS 'x'"));
  }

  @Test
  void numbersAreComparedByValueInTheTree() {
    assertThat(Expression.parse("a == 1.0")).isEqualTo(Expression.parse("a == 1"));
    assertThat(Expression.parse("a == 1.0").hashCode()).isEqualTo(Expression.parse("a == 01").hashCode());
    assertThat(Expression.parse("a == 1")).isNotEqualTo(Expression.parse("a == '1'"));
    assertThat(Expression.parse("a IN [1, 2]")).isNotEqualTo(Expression.parse("a IN [1]"));
    assertThat(Expression.parse("a IN [1]")).isNotEqualTo(Expression.parse("a == 1"));
  }

  @Test
  void aliasesFoldIntoTheSameOperator() {
    assertThat(Expression.parse("a = 1")).isEqualTo(Expression.parse("a == 1"));
    assertThat(Expression.parse("a >- 1")).isEqualTo(Expression.parse("a HAS 1"));
    assertThat(Expression.parse("a <- b")).isEqualTo(Expression.parse("a IN b"));
    assertThat(Expression.parse("a < -1").toString()).isEqualTo("a < -1");
    // no space: the longer token wins, as in every tokenizer
    assertThat(Expression.parse("a<-1").toString()).isEqualTo("a IN 1");
  }

  @Test
  void listsKeysInOrderOfFirstUse() {
    Expression expression =
        Expression.parse("task.a == worker.b OR worker.b HAS 'x' AND taskrouter.currentHour < x[1].y");

    assertThat(expression.keys())
        .containsExactly("task.a", "worker.b", "taskrouter.currentHour", "x[1].y");
    assertThat(Expression.parse("1 == 1").keys()).isEmpty();
  }

  @Test
  void acceptsUnicodeLettersInKeysAndStrings() {
    Expression expression = Expression.parse("idioma_español == 'ñandú ✓'");

    assertThat(expression.keys()).containsExactly("idioma_español");
    assertThat(Expression.parse(expression.toString())).isEqualTo(expression);
  }

  @Test
  void acceptsNestingUpToTheLimit() {
    String text = "(".repeat(Parser.MAX_DEPTH) + "a == 1" + ")".repeat(Parser.MAX_DEPTH);

    assertThat(Expression.parse(text).toString()).isEqualTo("a == 1");
    assertThat(Expression.parse("NOT ".repeat(Parser.MAX_DEPTH) + "a == 1").root())
        .isInstanceOf(NotNode.class);
  }

  @Test
  void visitorSeesEveryNodeKind() {
    NodeVisitor<Integer> count =
        new NodeVisitor<>() {
          @Override
          public Integer visitLogical(LogicalNode node) {
            return 1 + node.operands().stream().mapToInt(n -> n.accept(this)).sum();
          }

          @Override
          public Integer visitNot(NotNode node) {
            return 1 + node.operand().accept(this);
          }

          @Override
          public Integer visitComparison(ComparisonNode node) {
            return 1;
          }
        };

    assertThat(Expression.parse("a==1 OR NOT (b==1 AND c==1)").root().accept(count)).isEqualTo(6);
  }

  @Test
  void arrayLiteralsAreImmutable() {
    ComparisonNode node = (ComparisonNode) Expression.parse("a IN [1]").root();
    List<?> values = (List<?>) ((LiteralOperand) node.right()).value();

    assertThat(values).isUnmodifiable();
  }
}
