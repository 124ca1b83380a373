package io.taskrouter.local.match;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in until the project's expression module is connected: it understands exactly one
 * comparison {@code <operand> (==|=|!=) <operand>}, where an operand is a quoted string, a number,
 * {@code true}, {@code false}, {@code null} or an attribute key ({@code a.b}, {@code list[0]}).
 * That covers the documented match-all {@code 1==1}, match-none {@code 1==0} and simple
 * {@code key == 'value'} equality. Anything else is refused with {@link InvalidExpressionException}
 * rather than guessed at.
 */
public final class SimpleAttributeMatcher implements AttributeMatcher {
  private static final String OPERAND = "('(?:[^'])*'|\"(?:[^\"])*\"|[A-Za-z0-9_.$\\[\\]-]+)";
  private static final Pattern COMPARISON =
      Pattern.compile("\\s*" + OPERAND + "\\s*(==|!=|=)\\s*" + OPERAND + "\\s*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\[\\d+])*"
      + "(\\.[A-Za-z_$][A-Za-z0-9_$]*(\\[\\d+])*)*");
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  @Override
  public boolean matches(String expression, Map<String, ?> attributes) {
    Matcher m = COMPARISON.matcher(expression);
    if (!m.matches()) {
      throw new InvalidExpressionException("unsupported expression '" + expression
          + "': this server only evaluates a single comparison such as 1==1 or key == 'value'");
    }
    Object left = operand(m.group(1), attributes);
    Object right = operand(m.group(3), attributes);
    boolean equal = equal(left, right);
    return m.group(2).equals("!=") ? !equal : equal;
  }

  private static @Nullable Object operand(String token, Map<String, ?> attributes) {
    if (token.length() >= 2 && (token.startsWith("'") && token.endsWith("'")
        || token.startsWith("\"") && token.endsWith("\""))) {
      return token.substring(1, token.length() - 1);
    }
    if (NUMBER.matcher(token).matches()) {
      return Double.parseDouble(token);
    }
    switch (token.toLowerCase(java.util.Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        break;
    }
    if (!KEY.matcher(token).matches()) {
      throw new InvalidExpressionException("invalid key '" + token + "' (hyphens are not allowed in keys)");
    }
    return lookup(token, attributes);
  }

  /** Walks {@code a.b[1].c}; a missing key is null, as in TaskRouter. */
  private static @Nullable Object lookup(String path, Map<String, ?> attributes) {
    Object current = attributes;
    for (String part : path.split("\\.")) {
      Matcher segment = SEGMENT.matcher(part);
      if (!segment.matches() || !(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(segment.group(1));
      Matcher index = INDEX.matcher(segment.group(2));
      while (index.find()) {
        int i = Integer.parseInt(index.group(1));
        if (!(current instanceof List) || i >= ((List<?>) current).size()) {
          return null;
        }
        current = ((List<?>) current).get(i);
      }
    }
    return current;
  }

  private static boolean equal(@Nullable Object left, @Nullable Object right) {
    if (left instanceof Number && right instanceof Number) {
      return ((Number) left).doubleValue() == ((Number) right).doubleValue();
    }
    // Mixed types never compare equal (the service advises against them; the notes say false).
    return Objects.equals(left, right);
  }
}
