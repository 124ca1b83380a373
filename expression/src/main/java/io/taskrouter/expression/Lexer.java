package io.taskrouter.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits expression text into {@link Token}s; rejects malformed strings, numbers and keys. */
final class Lexer {

  private static final Map<String, Token.Type> KEYWORDS = new HashMap<>();
  private static final Map<String, Operator> SYMBOLS = new HashMap<>();
  private static final String SYMBOL_CHARS = "=!<>";
  private static final String STRAY_OPERATOR_CHARS = "&|~^%*+/?:";

  static {
    KEYWORDS.put("AND", Token.Type.AND);
    KEYWORDS.put("OR", Token.Type.OR);
    KEYWORDS.put("NOT", Token.Type.NOT);
    KEYWORDS.put("IN", Token.Type.IN);
    KEYWORDS.put("HAS", Token.Type.HAS);
    KEYWORDS.put("CONTAINS", Token.Type.CONTAINS);
    KEYWORDS.put("TRUE", Token.Type.TRUE);
    KEYWORDS.put("FALSE", Token.Type.FALSE);
    KEYWORDS.put("NULL", Token.Type.NULL);
    SYMBOLS.put("==", Operator.EQUALS);
    SYMBOLS.put("=", Operator.EQUALS);
    SYMBOLS.put("!=", Operator.NOT_EQUALS);
    SYMBOLS.put(">", Operator.GREATER);
    SYMBOLS.put(">=", Operator.GREATER_OR_EQUAL);
    SYMBOLS.put("<", Operator.LESS);
    SYMBOLS.put("<=", Operator.LESS_OR_EQUAL);
    SYMBOLS.put(">-", Operator.HAS);
    SYMBOLS.put("<-", Operator.IN);
  }

  private final String source;
  private int pos;

  Lexer(String source) {
    this.source = source;
  }

  /** All tokens of the source, ending with one {@link Token.Type#END}. */
  List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
        pos++;
      }
      if (pos == source.length()) {
        tokens.add(new Token(Token.Type.END, pos, "", null));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = pos;
    char c = source.charAt(pos);
    switch (c) {
      case '(':
        return single(Token.Type.LEFT_PAREN);
      case ')':
        return single(Token.Type.RIGHT_PAREN);
      case '[':
        return single(Token.Type.LEFT_BRACKET);
      case ']':
        return single(Token.Type.RIGHT_BRACKET);
      case ',':
        return single(Token.Type.COMMA);
      case '\'':
      case '"':
        return string(c);
      default:
        break;
    }
    if (isDigit(c) || (c == '-' && isDigit(charAt(pos + 1)))) {
      return number();
    }
    if (isNameStart(c)) {
      return keyOrKeyword();
    }
    if (SYMBOL_CHARS.indexOf(c) >= 0) {
      return symbol();
    }
    if (STRAY_OPERATOR_CHARS.indexOf(c) >= 0) {
      throw unknownOperator(start, run(STRAY_OPERATOR_CHARS));
    }
    throw error(
        start, "a key, a value, an operator or a parenthesis", describeChar(source, start));
  }

  private Token single(Token.Type type) {
    pos++;
    return new Token(type, pos - 1, source.substring(pos - 1, pos), null);
  }

  private Token symbol() {
    int start = pos;
    String text = run(SYMBOL_CHARS);
    if ((text.equals(">") || text.equals("<")) && charAt(pos) == '-') {
      pos++;
      text += "-";
    }
    Operator operator = SYMBOLS.get(text);
    if (operator == null) {
      throw unknownOperator(start, text);
    }
    return new Token(Token.Type.OPERATOR, start, text, operator);
  }

  private String run(String chars) {
    int start = pos;
    while (pos < source.length() && chars.indexOf(source.charAt(pos)) >= 0) {
      pos++;
    }
    return source.substring(start, pos);
  }

  private ExpressionException unknownOperator(int start, String text) {
    String expected;
    if (text.equals("&&")) {
      expected = "AND";
    } else if (text.equals("||")) {
      expected = "OR";
    } else if (text.equals("!")) {
      expected = "NOT";
    } else {
      expected = "one of ==, =, !=, >, >=, <, <=, >-, <-, CONTAINS, HAS, IN, NOT IN, AND, OR";
    }
    return error(start, expected, "unknown operator '" + text + "'");
  }

  private Token string(char quote) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < source.length()) {
      char c = source.charAt(pos++);
      if (c == quote) {
        return new Token(Token.Type.STRING, start, source.substring(start, pos), value.toString());
      }
      if (c == '\\' && pos < source.length()) {
        value.append(escape(source.charAt(pos++)));
      } else {
        value.append(c);
      }
    }
    throw new ExpressionException(
        source,
        start,
        "a closing " + quote,
        "end of input",
        "unterminated string: expected a closing " + quote + " for the string that starts here"
            + " but found end of input");
  }

  private char escape(char c) {
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'u':
        return unicodeEscape();
      default:
        return c; // \\, \', \", \/ and any other escaped character stand for themselves
    }
  }

  private char unicodeEscape() {
    int start = pos - 2;
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(charAt(pos), 16);
      if (digit < 0 || pos >= source.length()) {
        throw error(start, "four hexadecimal digits after \\u", describeChar(source, pos));
      }
      code = code * 16 + digit;
      pos++;
    }
    return (char) code;
  }

  private Token number() {
    int start = pos;
    if (source.charAt(pos) == '-') {
      pos++;
    }
    skipDigits();
    if (charAt(pos) == '.' && isDigit(charAt(pos + 1))) {
      pos++;
      skipDigits();
    }
    char after = charAt(pos);
    if (after == '.' || isNamePart(after)) {
      while (pos < source.length() && (isNamePart(source.charAt(pos)) || charAt(pos) == '.')) {
        pos++;
      }
      String text = source.substring(start, pos);
      throw error(start, "a number like 12 or 1.5", "'" + Printer.abbreviate(text) + "'");
    }
    String text = source.substring(start, pos);
    return new Token(Token.Type.NUMBER, start, text, new BigDecimal(text));
  }

  private void skipDigits() {
    while (isDigit(charAt(pos))) {
      pos++;
    }
  }

  private Token keyOrKeyword() {
    int start = pos;
    String first = name();
    Token.Type keyword = KEYWORDS.get(first.toUpperCase(Locale.ROOT));
    if (keyword != null) {
      return new Token(keyword, start, first, null);
    }
    List<Object> segments = new ArrayList<>();
    segments.add(first);
    while (true) {
      char c = charAt(pos);
      if (c == '.') {
        pos++;
        if (!isNameStart(charAt(pos))) {
          throw error(pos, "a name after '.'", describeChar(source, pos));
        }
        segments.add(name());
      } else if (c == '[') {
        pos++;
        segments.add(index());
      } else {
        break;
      }
    }
    if (charAt(pos) == '-') {
      throw hyphen(start);
    }
    return new Token(Token.Type.KEY, start, source.substring(start, pos), new KeyPath(segments));
  }

  private ExpressionException hyphen(int start) {
    int hyphen = pos;
    int end = pos;
    while (end < source.length()) {
      char c = source.charAt(end);
      if (!isNamePart(c) && c != '-' && c != '.') {
        break;
      }
      end++;
    }
    String key = Printer.abbreviate(source.substring(start, end));
    return new ExpressionException(
        source,
        hyphen,
        "a key without hyphens",
        "'" + key + "'",
        "hyphens are not supported in keys: found '" + key + "'");
  }

  private String name() {
    int start = pos;
    while (isNamePart(charAt(pos))) {
      pos++;
    }
    return source.substring(start, pos);
  }

  private Integer index() {
    int start = pos;
    long value = 0;
    while (isDigit(charAt(pos))) {
      value = value * 10 + (source.charAt(pos) - '0');
      pos++;
      if (value > Integer.MAX_VALUE) {
        throw error(start, "an array index of at most " + Integer.MAX_VALUE, "a larger number");
      }
    }
    if (pos == start) {
      throw error(pos, "an array index (digits) after '['", describeChar(source, pos));
    }
    if (charAt(pos) != ']') {
      throw error(pos, "']' after the array index", describeChar(source, pos));
    }
    pos++;
    return (int) value;
  }

  private ExpressionException error(int position, String expected, String found) {
    return new ExpressionException(source, position, expected, found);
  }

  /** The character at {@code index}, or NUL past the end (NUL is never valid in a token). */
  private char charAt(int index) {
    return index < source.length() ? source.charAt(index) : '\0';
  }

  /** How an error message names the character at {@code index}. */
  static String describeChar(String source, int index) {
    if (index >= source.length()) {
      return "end of input";
    }
    char c = source.charAt(index);
    if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
      return String.format(Locale.ROOT, "character U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isNamePart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
