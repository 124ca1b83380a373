package io.taskrouter.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the property tests: valid expression text with varied spelling (keyword case,
 * aliases, whitespace, quotes, escapes), fuzz text built from the language's own alphabet, and
 * JSON-like data whose keys overlap the expressions' keys.
 */
final class ExpressionArbitraries {

  /** Names used both as key segments in expressions and as map keys in the data. */
  private static final String[] NAMES = {
    "a", "b", "skills", "task", "worker", "x", "y", "c_1", "channel", "voice", "assigned_tasks",
    "taskrouter", "currentTime", "workers", "available", "idioma_español"
  };

  private static final String[] KEYS = {
    "a", "b", "skills", "a.b", "a.b[0]", "skills[1]", "task.a", "task.skills", "worker.a",
    "worker.skills[0]", "worker.channel.voice.assigned_tasks", "x.y", "c_1", "a[0][1].b",
    "taskrouter.currentTime", "workers.available", "idioma_español"
  };

  /** Pieces of the language, joined at random by the fuzz generators. */
  private static final String[] FRAGMENTS = {
    "AND", "and", "Or", "NOT", "not", "IN", "in", "HAS", "has", "CONTAINS", "true", "FALSE",
    "null", "'", "\"", "\\", "\\u", "\\u00", "\\n", "(", ")", "[", "]", ",", "==", "=", "!=",
    ">", ">=", "<", "<=", ">-", "<-", "!", "&&", "||", "-", ".", "0", "1", "9", "08", "1.5",
    "-2", "99999999999", "a", "b", "task.", "worker.", "x[1]", "[0]", " ", " ", " ", "\t", "\n",
    "é", "\u0000", "#", "customer-value", "'x'", "\"y\"", "skills", "a == 1", "b IN [1, 'x']"
  };

  private ExpressionArbitraries() {}

  /** Valid expression text, nested up to four levels deep. */
  static Arbitrary<String> expressions() {
    return Arbitraries.recursive(
        ExpressionArbitraries::comparison, ExpressionArbitraries::compound, 0, 4);
  }

  /** Keys that the data of {@link #jsonObjects()} often has. */
  static Arbitrary<String> keys() {
    return Arbitraries.of(KEYS);
  }

  /** Text made of the language's fragments, touching or spaced. */
  static Arbitrary<String> alphabetSoup() {
    return Combinators.combine(
            Arbitraries.of(FRAGMENTS).list().ofMaxSize(40), Arbitraries.of("", " "))
        .as((parts, separator) -> String.join(separator, parts));
  }

  /** Valid expressions with one random edit: an insertion, a deletion or a truncation. */
  static Arbitrary<String> mutatedExpressions() {
    return Combinators.combine(
            expressions(),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(1, 5),
            Arbitraries.of(FRAGMENTS),
            Arbitraries.of("insert", "delete", "truncate"))
        .as(
            (text, at, length, fragment, edit) -> {
              int from = at % (text.length() + 1);
              int to = Math.min(text.length(), from + length);
              switch (edit) {
                case "insert":
                  return text.substring(0, from) + fragment + text.substring(from);
                case "delete":
                  return text.substring(0, from) + text.substring(to);
                default:
                  return text.substring(0, from);
              }
            });
  }

  /** A map of JSON-like values of every Java shape the evaluator may meet. */
  static Arbitrary<Map<String, Object>> jsonObjects() {
    return Arbitraries.maps(Arbitraries.of(NAMES), jsonValues().injectNull(0.1)).ofMaxSize(6);
  }

  private static Arbitrary<String> compound(Arbitrary<String> inner) {
    Arbitrary<String> connective = Arbitraries.oneOf(keyword("AND"), keyword("OR"));
    return Arbitraries.oneOf(
        inner,
        Combinators.combine(inner, space(), connective, space(), inner)
            .as((l, s1, op, s2, r) -> l + s1 + op + s2 + r),
        Combinators.combine(optionalSpace(), inner, optionalSpace())
            .as((s1, c, s2) -> "(" + s1 + c + s2 + ")"),
        Combinators.combine(keyword("NOT"), space(), inner).as((not, s, c) -> not + s + c));
  }

  private static Arbitrary<String> comparison() {
    return Combinators.combine(operand(), space(), operator(), space(), operand())
        .as((l, s1, op, s2, r) -> l + s1 + op + s2 + r);
  }

  private static Arbitrary<String> operator() {
    return Arbitraries.oneOf(
        Arbitraries.of("==", "=", "!=", ">", ">=", "<", "<=", ">-", "<-"),
        keyword("CONTAINS"),
        keyword("HAS"),
        keyword("IN"),
        Combinators.combine(
                keyword("NOT"),
                space(),
                Arbitraries.oneOf(keyword("IN"), keyword("HAS"), keyword("CONTAINS")))
            .as((not, s, op) -> not + s + op));
  }

  private static Arbitrary<String> operand() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(KEYS)),
        net.jqwik.api.Tuple.of(4, scalarLiteral()),
        net.jqwik.api.Tuple.of(1, arrayLiteral()));
  }

  private static Arbitrary<String> arrayLiteral() {
    return Combinators.combine(scalarLiteral().list().ofMaxSize(4), optionalSpace())
        .as((elements, s) -> "[" + s + String.join("," + s, elements) + s + "]");
  }

  private static Arbitrary<String> scalarLiteral() {
    return Arbitraries.oneOf(
        stringLiteral(), number(), keyword("true"), keyword("false"), keyword("null"));
  }

  private static Arbitrary<String> stringLiteral() {
    Arbitrary<String> content =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab '\"\\\n\t✓").ofMaxLength(6),
            Arbitraries.strings().all().ofMaxLength(4),
            Arbitraries.of("support", "Jamie", "en", ""));
    return Combinators.combine(content, Arbitraries.of('\'', '"'))
        .as(
            (text, quote) -> {
              StringBuilder literal = new StringBuilder().append(quote);
              for (char c : text.toCharArray()) {
                if (c == '\\' || c == quote) {
                  literal.append('\\');
                }
                literal.append(c);
              }
              return literal.append(quote).toString();
            });
  }

  private static Arbitrary<String> number() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-1_000_000, 1_000_000).map(String::valueOf),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1000"), new BigDecimal("1000"))
            .ofScale(3)
            .map(BigDecimal::toPlainString),
        Arbitraries.integers().between(0, 2359).map(i -> "0" + i));
  }

  private static Arbitrary<String> keyword(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Arbitraries.of(word, lower, Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  private static Arbitrary<String> space() {
    return Arbitraries.of(" ", "  ", "\t", "\n", " \r\n ");
  }

  private static Arbitrary<String> optionalSpace() {
    return Arbitraries.of("", " ", "\n");
  }

  private static Arbitrary<Object> jsonValues() {
    return Arbitraries.recursive(
        ExpressionArbitraries::jsonScalars,
        inner ->
            Arbitraries.oneOf(
                inner,
                inner.injectNull(0.1).list().ofMaxSize(4).map(list -> (Object) list),
                Arbitraries.maps(Arbitraries.of(NAMES), inner.injectNull(0.1))
                    .ofMaxSize(4)
                    .map(map -> (Object) map)),
        0,
        3);
  }

  private static Arbitrary<Object> jsonScalars() {
    return Arbitraries.oneOf(
        Arbitraries.of("support", "Jamie", "en", "", "a", "WK1", "Mon"),
        Arbitraries.integers().between(-5, 2400),
        Arbitraries.longs(),
        Arbitraries.doubles(),
        Arbitraries.floats(),
        Arbitraries.bigDecimals(),
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-10), BigInteger.TEN),
        Arbitraries.of(true, false),
        Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY, -0.0d, Float.NaN),
        Arbitraries.of('c', (short) 1, (byte) 2, new Object(), List.of(List.of(1))));
  }
}
