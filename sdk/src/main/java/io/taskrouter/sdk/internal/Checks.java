package io.taskrouter.sdk.internal;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionContext;
import io.taskrouter.expression.ExpressionException;
import io.taskrouter.workflow.WorkflowConfiguration;
import io.taskrouter.workflow.WorkflowConfigurationException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks the SDK runs on arguments before sending anything. Each failure is an
 * {@link IllegalArgumentException} whose message says, in this order, the parameter's wire name,
 * what it must be and what was given ({@code PageSize must be between 1 and 1000, got 0}), the value
 * shown by {@link Shown}.
 */
public final class Checks {
  private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();
  /** Patterns of the form ^XX[0-9a-fA-F]{32}$: a SID, explained as such in messages. */
  private static final Pattern SID_PATTERN = Pattern.compile("\\^([A-Z]{2})\\[0-9a-fA-F\\]\\{32\\}\\$");

  /** What each {@link #expression} context is called in messages. */
  private static final Map<String, String> EXPRESSION_KINDS = new HashMap<>();

  static {
    EXPRESSION_KINDS.put("worker", "expression on worker attributes");
    EXPRESSION_KINDS.put("task", "expression on task attributes");
    EXPRESSION_KINDS.put("target", "target expression");
    EXPRESSION_KINDS.put("skip_if", "skip_if expression");
  }

  private Checks() {}

  /**
   * @param name the parameter's wire name
   * @param value its value
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException when the value is null
   */
  public static <T> T required(String name, @Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required, got null");
    }
    if (value instanceof String && ((String) value).isEmpty()) {
      throw new IllegalArgumentException(name + " is required and must not be empty, got \"\"");
    }
    return value;
  }

  /**
   * Refuses null given to an option's setter: an option that is not set sends nothing, so null
   * would only hide a mistake (a value the caller expected to have, and sent nothing instead).
   *
   * @param name the parameter's wire name
   * @param value the value given
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException when the value is null
   */
  public static <T> T given(String name, @Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null; to send no " + name
          + ", leave the option unset");
    }
    return value;
  }

  /**
   * The refusal of {@code extraParam} for a parameter the operation has a setter for: the setter
   * checks the value, and sending it both ways would send the name twice.
   *
   * @param name the wire name given to extraParam
   * @param setter the builder method that sets it
   * @return the exception to throw
   */
  public static IllegalArgumentException knownParam(String name, String setter) {
    return new IllegalArgumentException(name + " is a parameter this SDK knows: set it with " + setter
        + "(...), which checks it; extraParam is only for parameters the SDK does not know yet");
  }

  /**
   * The refusal of {@code extraParam} for a parameter the SDK keeps to itself ({@code Page}: lists
   * follow the API's paging URLs, and the service refuses a page jump).
   *
   * @param name the wire name given to extraParam
   * @return the exception to throw
   */
  public static IllegalArgumentException internalParam(String name) {
    return new IllegalArgumentException(name + " is not an option: the SDK pages through lists by the API's paging"
        + " URLs; use pageSize(...) and limit(...) on the list instead");
  }

  /**
   * @param name the parameter's wire name
   * @param values the numbers of a list parameter (none null)
   * @param min the smallest item allowed
   * @param max the largest item allowed
   * @param <T> the item type
   * @return the values
   */
  public static <T extends Number> List<T> itemRange(String name, List<T> values, long min, long max) {
    for (int i = 0; i < values.size(); i++) {
      range(name + "[" + i + "]", values.get(i).longValue(), min, max);
    }
    return values;
  }

  /**
   * The wire form of a list sent as one value ({@code style: form, explode: false}):
   * {@code [5, 30]} becomes {@code 5,30}.
   *
   * @param values the items, or null
   * @return the items joined by commas, or null (nothing sent) when there are none
   */
  public static @Nullable String commaJoined(@Nullable List<?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Object value : values) {
      out.append(out.length() == 0 ? "" : ",").append(value);
    }
    return out.toString();
  }

  /**
   * @param name the parameter's wire name
   * @param value its value
   * @return the value
   * @throws IllegalArgumentException when the value is null or blank
   */
  public static String notBlank(String name, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required, got null");
    }
    if (value.trim().isEmpty()) {
      // A blank value gives nothing away, even for a secret: it is shown, escaped.
      throw new IllegalArgumentException(name + " must not be blank, got " + Shown.text(value));
    }
    return value;
  }

  /**
   * Checks a value against the spec's regular expression; a SID gets a message about SIDs.
   *
   * @param name the parameter's wire name
   * @param value its value (null passes: absence is checked by {@link #required})
   * @param regex the spec's pattern
   * @return the value
   */
  public static @Nullable String pattern(String name, @Nullable String value, String regex) {
    if (value == null) {
      return null;
    }
    Shape shape = SHAPES.get(regex);
    if (shape == null) {
      shape = SHAPES.computeIfAbsent(regex, Shape::of);
    }
    if (shape.matches(value)) {
      return value;
    }
    if (shape.sidPrefix != null) {
      throw new IllegalArgumentException(Sids.refusal(name, value, shape.sidPrefix));
    }
    throw new IllegalArgumentException(name + " must match " + regex + ", got " + shown(name, value));
  }

  /**
   * A spec pattern, compiled once. SID patterns ({@code ^XX[0-9a-fA-F]{32}$}), the most checked,
   * are matched by hand: no Matcher per check.
   */
  private static final class Shape {
    final @Nullable String sidPrefix;
    final @Nullable Pattern pattern;

    private Shape(@Nullable String sidPrefix, @Nullable Pattern pattern) {
      this.sidPrefix = sidPrefix;
      this.pattern = pattern;
    }

    static Shape of(String regex) {
      Matcher sid = SID_PATTERN.matcher(regex);
      return sid.matches() ? new Shape(sid.group(1), null) : new Shape(null, Pattern.compile(regex));
    }

    boolean matches(String value) {
      if (sidPrefix == null) {
        // matches(), not find(): with find(), "$" would accept a value ending in a line break.
        return java.util.Objects.requireNonNull(pattern).matcher(value).matches();
      }
      return value.length() == 34 && value.startsWith(sidPrefix) && Sids.isHex(value, 2);
    }
  }

  /**
   * Parses an expression before it is sent, so that a typo fails here, with its position, and not
   * as an API error (or, for a queue's target_workers, as a queue that silently matches nobody).
   *
   * @param name the parameter's wire name
   * @param value the expression (null passes)
   * @param context where it is used: {@code worker} (worker attributes), {@code task} (task
   *     attributes), {@code target}, {@code skip_if}
   * @return the value
   * @throws IllegalArgumentException naming the parameter, caused by the parser's
   *     {@link ExpressionException} (position, expected, found)
   */
  public static @Nullable String expression(String name, @Nullable String value, String context) {
    if (value == null) {
      return null;
    }
    try {
      Expression.parse(value, ExpressionContext.valueOf(context.toUpperCase(Locale.ROOT)));
      return value;
    } catch (ExpressionException e) {
      String message = String.valueOf(e.getMessage());
      int caret = message.indexOf('\n');
      throw new IllegalArgumentException(name + " must be a valid " + EXPRESSION_KINDS.get(context)
          + ", got an error at position " + e.position() + ": " + e.problem()
          + (caret < 0 ? "" : message.substring(caret)), e);
    }
  }

  /**
   * Checks a text's length the way the service counts it: in characters (code points), so that a
   * character outside the Basic Multilingual Plane counts once, not as its two UTF-16 halves.
   *
   * @param name the parameter's wire name
   * @param value its value (null passes)
   * @param max the most characters allowed (the spec's {@code maxLength})
   * @return the value
   */
  public static @Nullable String maxLength(String name, @Nullable String value, int max) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      throw new IllegalArgumentException(name + " must be at most " + max + " characters, got " + length
          + " characters: " + shown(name, value));
    }
    return value;
  }

  /**
   * Checks a JSON document against the model the spec names for it ({@code x-sdk-check}), with the
   * same rules the server applies, so that a wrong configuration fails here whatever form it came in.
   *
   * @param name the parameter's wire name
   * @param json the document, already known to be a JSON object
   * @param kind the spec's {@code x-sdk-check} value
   * @return the document, unchanged
   * @throws IllegalArgumentException naming the parameter, caused by the model's refusal (which
   *     names the JSON path and, for an expression, the position)
   */
  public static String document(String name, String json, String kind) {
    if (!"workflow-configuration".equals(kind)) {
      throw new IllegalStateException("the spec asks " + name + " to be checked as '" + kind
          + "', which this SDK does not know");
    }
    try {
      WorkflowConfiguration.parse(json);
      return json;
    } catch (WorkflowConfigurationException e) {
      throw new IllegalArgumentException(name + " is not a valid workflow configuration: " + e.getMessage(), e);
    }
  }

  /**
   * @param name the parameter's wire name
   * @param value its value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the value
   */
  public static int range(String name, int value, long min, long max) {
    range(name, (long) value, min, max);
    return value;
  }

  /**
   * @param name the parameter's wire name
   * @param value its value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the value
   */
  public static long range(String name, long value, long min, long max) {
    if (value < min || value > max) {
      String bounds = max == Long.MAX_VALUE ? "at least " + min
          : min == Long.MIN_VALUE ? "at most " + max : "between " + min + " and " + max;
      throw new IllegalArgumentException(name + " must be " + bounds + ", got " + value);
    }
    return value;
  }

  /**
   * Refuses the {@code UNKNOWN} constant of a generated enum: it stands for values the SDK cannot
   * name, so it has no wire value.
   *
   * @param name the parameter's wire name
   * @param value the constant
   * @param <E> the enum
   * @return the constant
   */
  public static <E extends Enum<E>> @Nullable E known(String name, @Nullable E value) {
    if (value != null && "UNKNOWN".equals(value.name())) {
      StringBuilder known = new StringBuilder();
      for (E constant : value.getDeclaringClass().getEnumConstants()) {
        if (constant != value) {
          known.append(known.length() == 0 ? "" : ", ").append(constant);
        }
      }
      throw notOneOf(name, known.toString(), value);
    }
    return value;
  }

  /**
   * Refuses a constant of a shared enum that this parameter does not take ({@code x-sdk-allowed-values}
   * in the spec): {@code TaskStatus} names every status a Task has, but an update can only set three.
   *
   * @param name the parameter's wire name
   * @param value the constant (null passes: absence is checked by {@link #required})
   * @param allowed the wire values the parameter takes
   * @param <E> the enum
   * @return the constant
   */
  public static <E extends Enum<E>> @Nullable E oneOf(String name, @Nullable E value, String... allowed) {
    if (value == null) {
      return null;
    }
    for (String candidate : allowed) {
      if (!"UNKNOWN".equals(value.name()) && candidate.equals(value.toString())) {
        return value;
      }
    }
    throw notOneOf(name, String.join(", ", allowed), value);
  }

  /** The refusal of an enum constant the parameter does not take; UNKNOWN says why it never can. */
  private static IllegalArgumentException notOneOf(String name, String allowed, Enum<?> value) {
    boolean unknown = "UNKNOWN".equals(value.name());
    return new IllegalArgumentException(name + " must be one of " + allowed + ", got " + value.name()
        + (unknown ? ", which stands for values this SDK does not know and cannot be sent" : ""));
  }

  /**
   * Refuses an empty list given to a list option's setter: an option that is not set sends nothing,
   * so an empty list would only hide a mistake (a filter the caller expected to narrow the answer).
   *
   * @param name the parameter's wire name
   * @param values the values given
   * @param <T> the item type
   * @return the values
   */
  public static <T> List<T> atLeastOne(String name, List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " must have at least one value, got none; give at least one value,"
          + " or leave it unset");
    }
    return values;
  }

  /**
   * @param name the parameter's wire name
   * @param values the values of a list parameter
   * @param <T> the item type
   * @return the values
   */
  public static <T> List<T> listItems(String name, List<T> values) {
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (value == null) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be null");
      }
      if (value instanceof Enum) {
        known(name + "[" + i + "]", (Enum) value);
      }
    }
    return values;
  }

  /** A value refused for a parameter that holds a secret shows only its length and first characters. */
  private static String shown(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean secret = lower.contains("password") || lower.contains("secret") || lower.contains("authtoken");
    return secret ? Shown.hidden(value) : Shown.text(value);
  }

  /**
   * Appends {@code name=value} for a set option, for parameter classes' {@code toString}. Values of
   * parameters that hold secrets (their name mentions a password) are masked.
   *
   * @param out the text being built
   * @param name the wire name
   * @param value the value, skipped when null
   */
  public static void appendIfSet(StringBuilder out, String name, @Nullable Object value) {
    if (value == null) {
      return;
    }
    if (out.charAt(out.length() - 1) != '{') {
      out.append(", ");
    }
    boolean secret = name.toLowerCase(Locale.ROOT).contains("password");
    out.append(name).append('=').append(secret ? "****" : value);
  }

  /**
   * Masks the credentials a URL may carry ({@code https://user:pass@host/...}), for toString.
   *
   * @param url a URL, or null
   * @return the URL with its user info replaced by {@code ****}, or null
   */
  public static @Nullable String maskUserInfo(@Nullable String url) {
    return url == null ? null : url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1****@");
  }
}
