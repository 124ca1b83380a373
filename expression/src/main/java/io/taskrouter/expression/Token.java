package io.taskrouter.expression;

import org.jspecify.annotations.Nullable;

/** One lexical token: its kind, where it starts, its source text and its parsed value. */
final class Token {

  /** Token kinds. Keywords have their own kinds; symbolic comparison operators share one. */
  enum Type {
    KEY,
    STRING,
    NUMBER,
    TRUE,
    FALSE,
    NULL,
    AND,
    OR,
    NOT,
    IN,
    HAS,
    CONTAINS,
    OPERATOR,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    END
  }

  final Type type;
  final int position;
  final String text;

  /**
   * {@link KeyPath} for a key, {@code String} for a string, {@code BigDecimal} for a number,
   * {@link Operator} for a symbolic operator, otherwise null.
   */
  final @Nullable Object value;

  Token(Type type, int position, String text, @Nullable Object value) {
    this.type = type;
    this.position = position;
    this.text = text;
    this.value = value;
  }

  /** How an error message names this token: {@code end of input}, {@code 'AND'}, ... */
  String describe() {
    if (type == Type.END) {
      return "end of input";
    }
    if (type == Type.STRING) {
      return "the string " + Printer.abbreviate(Printer.literal(value));
    }
    return "'" + Printer.abbreviate(text) + "'";
  }
}
