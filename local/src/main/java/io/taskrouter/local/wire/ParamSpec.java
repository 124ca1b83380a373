package io.taskrouter.local.wire;

import io.taskrouter.expression.ExpressionContext;
import io.taskrouter.local.api.ApiException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the spec says about one parameter of one operation: where it is sent, its type and every
 * constraint on it. Instances are built once, as constants of the generated request records, and
 * read by {@link ParamDecoder}; nothing here is written by hand per parameter.
 *
 * <p>For an array parameter the value constraints (type, pattern, enum, bounds...) apply to each
 * item and {@code minItems}/{@code maxItems} to the list.
 */
public final class ParamSpec {
  /**
   * No bound on expressions is documented; this one is generous (real expressions are a few dozen
   * characters) and only keeps a client from making the server parse megabytes per request.
   */
  public static final int MAX_EXPRESSION_LENGTH = 8192;

  /** Where a parameter travels. */
  public enum In {
    PATH("the path"), QUERY("the query string"), HEADER("the headers"), FORM("the post body"), JSON("the JSON body");

    private final String description;

    In(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The value's type, from the schema's {@code type} and {@code format}. */
  public enum Type {
    STRING("a string"), INT32("an integer"), INT64("an integer"), NUMBER("a number"), BOOLEAN("true or false"),
    DATE_TIME("an ISO 8601 date-time");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  final String name;
  final In in;
  final Type type;
  boolean required;
  boolean array;
  @Nullable Pattern pattern;
  @Nullable List<String> enumValues;
  @Nullable Long minimum;
  @Nullable Long maximum;
  @Nullable Integer minLength;
  @Nullable Integer maxLength;
  @Nullable Integer minItems;
  @Nullable Integer maxItems;
  @Nullable String defaultValue;
  @Nullable ExpressionContext expression;
  boolean json;
  boolean uri;
  boolean lenientBoolean;
  boolean commaSeparated;
  boolean repeatable = true;

  private ParamSpec(String name, In in, Type type) {
    this.name = name;
    this.in = in;
    this.type = type;
  }

  public static ParamSpec of(String name, In in, Type type) {
    return new ParamSpec(name, in, type);
  }

  public ParamSpec required() {
    this.required = true;
    return this;
  }

  public ParamSpec array() {
    this.array = true;
    return this;
  }

  public ParamSpec pattern(String regex) {
    this.pattern = Pattern.compile(regex);
    return this;
  }

  public ParamSpec oneOf(String... values) {
    this.enumValues = List.of(values);
    return this;
  }

  public ParamSpec minimum(long minimum) {
    this.minimum = minimum;
    return this;
  }

  public ParamSpec maximum(long maximum) {
    this.maximum = maximum;
    return this;
  }

  public ParamSpec minLength(int minLength) {
    this.minLength = minLength;
    return this;
  }

  public ParamSpec maxLength(int maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  /**
   * A list whose items may also arrive in one value, separated by commas: {@code explode: false}
   * (only that: the name is sent once, as {@code SplitByWaitTime=5,30}) or
   * {@code x-server-comma-joined} (the name repeated too, as the service reads {@code AssignmentStatus}).
   * Parts are trimmed and blank parts skipped.
   *
   * @param repeatable whether the name may be sent more than once
   */
  public ParamSpec commaSeparated(boolean repeatable) {
    this.commaSeparated = true;
    this.repeatable = repeatable;
    return this;
  }

  public ParamSpec minItems(int minItems) {
    this.minItems = minItems;
    return this;
  }

  public ParamSpec maxItems(int maxItems) {
    this.maxItems = maxItems;
    return this;
  }

  /** The spec's default, as it would be sent: it is decoded (and checked) like a sent value. */
  public ParamSpec defaultValue(String value) {
    this.defaultValue = value;
    return this;
  }

  /** {@code x-sdk-expression}: a TaskRouter expression, parsed at decode time for this context. */
  public ParamSpec expression(String context) {
    this.expression = ExpressionContext.valueOf(context.toUpperCase(java.util.Locale.ROOT));
    return this;
  }

  /** {@code x-sdk-json}: text that must hold one JSON object. */
  public ParamSpec jsonObject() {
    this.json = true;
    return this;
  }

  /** {@code format: uri}: an absolute http(s) URL, or empty (which clears the value). */
  public ParamSpec uri() {
    this.uri = true;
    return this;
  }

  /**
   * {@code x-server-boolean: lenient}: {@code true}, {@code 1} or {@code yes} (any case) is true and
   * anything else false, as the service reads Activity {@code Available}.
   */
  public ParamSpec lenientBoolean() {
    this.lenientBoolean = true;
    return this;
  }

  /** The wire name, as the API spells it. */
  public String name() {
    return name;
  }

  public In in() {
    return in;
  }

  public Type type() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isArray() {
    return array;
  }

  public @Nullable List<String> enumValues() {
    return enumValues;
  }

  public @Nullable String defaultValue() {
    return defaultValue;
  }

  /** The refusal of a required parameter that was not sent. */
  public ApiException missing() {
    return ApiException.badRequest(name + " is required in " + in.description());
  }

  @Override
  public String toString() {
    return name + " (" + in.description() + ")";
  }
}
