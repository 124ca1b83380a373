package io.taskrouter.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseErrorTest {

  static Stream<Arguments> invalidExpressions() {
    return Stream.of(
        Arguments.of("", 0, "expected a condition but found end of input"),
        Arguments.of("   ", 3, "expected a condition but found end of input"),
        Arguments.of("(a == 1", 7,
            "expected AND, OR or ')' to close the '(' at position 0 but found end of input"),
        Arguments.of("((a == 1)", 9,
            "expected AND, OR or ')' to close the '(' at position 0 but found end of input"),
        Arguments.of("(a == 1 b == 2)", 8, "expected AND, OR or ')' but found 'b'"),
        Arguments.of("a == 1)", 6, "expected AND, OR or end of input but found ')'"),
        Arguments.of("a == 1 b", 7, "expected AND, OR or end of input but found 'b'"),
        Arguments.of("a == 1 == 2", 7, "expected AND, OR or end of input but found '=='"),
        Arguments.of("a == 1 AND", 10,
            "expected a condition after 'AND' but found end of input"),
        Arguments.of("a == 1 or OR b == 1", 10, "expected a condition after 'or' but found 'OR'"),
        Arguments.of("a ==", 4, "expected a value after '==' but found end of input"),
        Arguments.of("a = ", 4, "expected a value after '=' but found end of input"),
        Arguments.of("== 1", 0, "expected a condition but found '=='"),
        Arguments.of("a IN", 4, "expected a value after 'IN' but found end of input"),
        Arguments.of("a not  in", 9, "expected a value after 'not  in' but found end of input"),
        Arguments.of("a", 1, "expected a comparison operator after 'a' but found end of input"),
        Arguments.of("a 'x'", 2,
            "expected a comparison operator after 'a' but found the string 'x'"),
        Arguments.of("[1, 2] 3", 7,
            "expected a comparison operator after '[1, 2]' but found '3'"),
        Arguments.of("a NOT == 1", 6, "expected IN, HAS or CONTAINS after 'NOT' but found '=='"),
        Arguments.of("NOT", 3, "expected a condition after 'NOT' but found end of input"),
        Arguments.of("()", 1, "expected a condition after '(' but found ')'"),
        Arguments.of("a == (1)", 5, "expected a value after '==' but found '('"),
        Arguments.of("name == 'Jamie", 8,
            "unterminated string: expected a closing ' for the string that starts here but"
                + " found end of input"),
        Arguments.of("name == \"Jamie\\\"", 8,
            "unterminated string: expected a closing \" for the string that starts here but"
                + " found end of input"),
        Arguments.of("customer-value == 'gold'", 8,
            "hyphens are not supported in keys: found 'customer-value'"),
        Arguments.of("task.customer-value.x == 1", 13,
            "hyphens are not supported in keys: found 'task.customer-value.x'"),
        Arguments.of("a <> 1", 2, "expected one of ==, =, !=, >, >=, <, <=, >-, <-, CONTAINS,"
            + " HAS, IN, NOT IN, AND, OR but found unknown operator '<>'"),
        Arguments.of("a === 1", 2, "but found unknown operator '==='"),
        Arguments.of("a ! 1", 2, "expected NOT but found unknown operator '!'"),
        Arguments.of("a == 1 && b == 2", 7, "expected AND but found unknown operator '&&'"),
        Arguments.of("a == 1 || b == 2", 7, "expected OR but found unknown operator '||'"),
        Arguments.of("a ~ 1", 2, "but found unknown operator '~'"),
        Arguments.of("a # 1", 2,
            "expected a key, a value, an operator or a parenthesis but found '#'"),
        Arguments.of("a == 1\u0001", 6,
            "expected a key, a value, an operator or a parenthesis but found character U+0001"),
        Arguments.of("a IN ['x',]", 10,
            "expected a string, number, true, false or null after ',' but found ']'"),
        Arguments.of("a IN ['x' 'y']", 10, "expected ',' or ']' but found the string 'y'"),
        Arguments.of("a IN ['x'", 9,
            "expected ',' or ']' to close the '[' at position 5 but found end of input"),
        Arguments.of("a IN [b]", 6,
            "expected a string, number, true, false, null or ']' but found 'b'"),
        Arguments.of("a IN [[1]]", 6,
            "expected a string, number, true, false, null or ']' but found '['"),
        Arguments.of("a IN [,]", 6,
            "expected a string, number, true, false, null or ']' but found ','"),
        Arguments.of("a. == 1", 2, "expected a name after '.' but found character U+0020"),
        Arguments.of("a.1 == 1", 2, "expected a name after '.' but found '1'"),
        Arguments.of("a[x] == 1", 2, "expected an array index (digits) after '[' but found 'x'"),
        Arguments.of("a[1 == 1", 3, "expected ']' after the array index but found character U+0020"),
        Arguments.of("a[99999999999] == 1", 2,
            "expected an array index of at most 2147483647 but found a larger number"),
        Arguments.of("a == 1.5.2", 5, "expected a number like 12 or 1.5 but found '1.5.2'"),
        Arguments.of("a == 1e5", 5, "expected a number like 12 or 1.5 but found '1e5'"),
        Arguments.of("a == 1.", 5, "expected a number like 12 or 1.5 but found '1.'"),
        Arguments.of("a == .5", 5,
            "expected a key, a value, an operator or a parenthesis but found '.'"),
        Arguments.of("a == '\\u00zz'", 6,
            "expected four hexadecimal digits after \\u but found 'z'"));
  }

  @ParameterizedTest
  @MethodSource("invalidExpressions")
  void reportsPositionAndWhatWasExpected(String text, int position, String problem) {
    ExpressionException error = parseError(text);

    assertThat(error.position()).isEqualTo(position);
    assertThat(error.problem()).contains(problem);
    assertThat(error.expression()).isEqualTo(text);
    assertThat(error.getMessage())
        .startsWith("Invalid expression at position " + position + ": " + error.problem());
  }

  @Test
  void messageHasTheExpressionAndACaretLine() {
    ExpressionException error = parseError("a ==");

    assertThat(error.getMessage())
        .isEqualTo(
            "Invalid expression at position 4: expected a value after '==' but found end of"
                + " input\n  a ==\n      ^");
    assertThat(error.expected()).isEqualTo("a value after '=='");
    assertThat(error.found()).isEqualTo("end of input");
    assertThat(error).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void caretPointsIntoAWindowOfLongExpressions() {
    String text = "a == 1 AND ".repeat(20) + "b === 2" + " AND c == 3".repeat(20);
    ExpressionException error = parseError(text);
    String[] lines = error.getMessage().split("\n");

    assertThat(error.position()).isEqualTo(222);
    assertThat(lines[1]).startsWith("  ...").endsWith("...");
    assertThat(lines[1].length()).isLessThan(140);
    assertThat(lines[1].charAt(lines[2].length() - 1)).isEqualTo('=');
    assertThat(lines[1].substring(lines[2].length() - 3)).startsWith("b ===");
  }

  @Test
  void controlCharactersDoNotBreakTheCaretLine() {
    ExpressionException error = parseError("a\t==\n");
    String[] lines = error.getMessage().split("\n");

    assertThat(lines).hasSize(3);
    assertThat(lines[2]).isEqualTo("       ^");
  }

  @Test
  void nullIsAnExpressionException() {
    ExpressionException error = parseError(null);

    assertThat(error.position()).isZero();
    assertThat(error.expression()).isEmpty();
    assertThat(error.problem()).isEqualTo("expected an expression but found null");
  }

  @Test
  void refusesNestingBeyondTheLimit() {
    int depth = Parser.MAX_DEPTH + 1;
    ExpressionException parens = parseError("(".repeat(depth) + "a == 1" + ")".repeat(depth));
    ExpressionException nots = parseError("NOT ".repeat(depth) + "a == 1");

    assertThat(parens.position()).isEqualTo(Parser.MAX_DEPTH);
    assertThat(parens.problem()).contains("nested too deeply");
    assertThat(nots.position()).isEqualTo(4 * Parser.MAX_DEPTH);
  }

  @Test
  void longTokensAreAbbreviatedInMessages() {
    ExpressionException error = parseError("a == 1 " + "x".repeat(100));

    assertThat(error.found()).isEqualTo("'" + "x".repeat(37) + "...'");
  }

  private static ExpressionException parseError(String text) {
    ExpressionException error =
        catchThrowableOfType(ExpressionException.class, () -> Expression.parse(text));
    assertThat(error).as("parse error for %s", text).isNotNull();
    return error;
  }
}
