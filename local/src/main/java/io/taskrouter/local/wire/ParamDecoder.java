package io.taskrouter.local.wire;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionException;
import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.json.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parameters of one request as their {@link ParamSpec}s describe them. Every refusal is
 * an {@link ApiException#badRequest} (400, code 20001) whose message names the parameter, says what
 * was expected and quotes what was given; the generated decoders read every parameter before the
 * handler runs, so a refused request has changed nothing.
 */
public final class ParamDecoder {
  private static final Pattern SID_PATTERN = Pattern.compile("\\^([A-Z]{2})\\[0-9a-fA-F\\]\\{32\\}\\$");
  private static final Pattern ANY_SID = Pattern.compile("[A-Za-z]{2}[0-9a-fA-F]{32}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  /** Longest part of a refused value quoted back in a message. */
  private static final int QUOTE_LIMIT = 80;

  private final WireRequest request;
  private @Nullable Map<String, Object> jsonBody;

  public ParamDecoder(WireRequest request) {
    this.request = request;
  }

  public Optional<String> string(ParamSpec spec) {
    return single(spec).map(raw -> (String) convert(spec, spec.name, raw));
  }

  public Optional<Integer> int32(ParamSpec spec) {
    return single(spec).map(raw -> (Integer) convert(spec, spec.name, raw));
  }

  public Optional<Long> int64(ParamSpec spec) {
    return single(spec).map(raw -> (Long) convert(spec, spec.name, raw));
  }

  public Optional<Double> number(ParamSpec spec) {
    return single(spec).map(raw -> (Double) convert(spec, spec.name, raw));
  }

  public Optional<Boolean> bool(ParamSpec spec) {
    return single(spec).map(raw -> (Boolean) convert(spec, spec.name, raw));
  }

  public Optional<Instant> dateTime(ParamSpec spec) {
    return single(spec).map(raw -> (Instant) convert(spec, spec.name, raw));
  }

  /**
   * An array parameter: the name repeated on the wire, one value each (or a JSON array). Empty when
   * it was not sent and is optional.
   *
   * @param itemType the Java type the spec's item type maps to
   */
  public <T> List<T> list(ParamSpec spec, Class<T> itemType) {
    List<String> raws = values(spec);
    if (spec.commaSeparated) {
      raws = commaParts(spec, raws);
    }
    if (raws.isEmpty() && spec.defaultValue != null) {
      raws = List.of(spec.defaultValue);
    }
    if (raws.isEmpty() && spec.required) {
      throw spec.missing();
    }
    if (!raws.isEmpty() || spec.required) {
      checkSize(spec, raws.size());
    }
    List<T> out = new ArrayList<>(raws.size());
    for (int i = 0; i < raws.size(); i++) {
      out.add(itemType.cast(convert(spec, spec.name + "[" + i + "]", raws.get(i))));
    }
    return List.copyOf(out);
  }

  private static List<String> commaParts(ParamSpec spec, List<String> raws) {
    if (!spec.repeatable && raws.size() > 1) {
      throw invalid(spec.name + " takes one value (items separated by commas), got " + raws.size());
    }
    List<String> parts = new ArrayList<>();
    for (String raw : raws) {
      for (String part : raw.split(",", -1)) {
        if (!part.isBlank()) {
          parts.add(part.trim());
        }
      }
    }
    return parts;
  }

  private static void checkSize(ParamSpec spec, int size) {
    int min = spec.minItems == null ? 0 : spec.minItems;
    int max = spec.maxItems == null ? Integer.MAX_VALUE : spec.maxItems;
    if (size < min || size > max) {
      throw invalid(spec.name + " must hold " + bounds(min, max, 0, Integer.MAX_VALUE, size > max) + " values, got " + size);
    }
  }

  /** The one value of a scalar parameter, the spec's default when it was not sent. */
  private Optional<String> single(ParamSpec spec) {
    List<String> raws = values(spec);
    if (raws.size() > 1) {
      throw invalid(spec.name + " takes one value, got " + raws.size());
    }
    if (raws.isEmpty()) {
      return Optional.ofNullable(spec.defaultValue);
    }
    String raw = raws.get(0);
    if (spec.required && raw.isBlank()) {
      throw invalid(spec.name + " is required in " + spec.in.description() + " and must not be "
          + (raw.isEmpty() ? "empty" : "blank"));
    }
    return Optional.of(raw);
  }

  /** The values sent where the spec puts the parameter; a value sent in the wrong place is refused. */
  private List<String> values(ParamSpec spec) {
    switch (spec.in) {
      case PATH: {
        String value = request.pathParams().get(spec.name);
        return value == null ? List.of() : List.of(value);
      }
      case HEADER:
        return request.header(spec.name);
      case JSON:
        return jsonValues(spec);
      case QUERY:
        return located(spec, request.query(), request.form(), ParamSpec.In.FORM);
      case FORM:
        return located(spec, request.form(), request.query(), ParamSpec.In.QUERY);
      default:
        throw new IllegalStateException("unknown location " + spec.in);
    }
  }

  private static List<String> located(ParamSpec spec, Map<String, List<String>> home,
      Map<String, List<String>> elsewhere, ParamSpec.In other) {
    List<String> values = home.get(spec.name);
    if (values == null && elsewhere.containsKey(spec.name)) {
      throw invalid(spec.name + " must be sent in " + spec.in.description() + ", not in " + other.description());
    }
    return values == null ? List.of() : values;
  }

  private List<String> jsonValues(ParamSpec spec) {
    Map<String, Object> body = jsonBody();
    if (!body.containsKey(spec.name)) {
      return List.of();
    }
    Object value = body.get(spec.name);
    if (spec.array) {
      if (!(value instanceof List)) {
        throw invalid(spec.name + " must be a JSON array, got " + describe(value));
      }
      List<String> raws = new ArrayList<>();
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        raws.add(jsonScalar(spec, spec.name + "[" + i + "]", items.get(i)));
      }
      return raws;
    }
    return List.of(jsonScalar(spec, spec.name, value));
  }

  /** A JSON scalar as the text it would be in a form, when its JSON type suits the spec's type. */
  private static String jsonScalar(ParamSpec spec, String label, @Nullable Object value) {
    boolean fits = switch (spec.type) {
      case STRING, DATE_TIME -> value instanceof String;
      case INT32, INT64, NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
    };
    if (!fits) {
      throw invalid(label + " must be " + (spec.type == ParamSpec.Type.STRING ? "a JSON string" : spec.type.description())
          + ", got " + describe(value));
    }
    return plain(value);
  }

  /** JSON numbers arrive as doubles: {@code 7}, not {@code 7.0}. */
  private static String plain(@Nullable Object value) {
    return value instanceof Double number ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }

  private static String describe(@Nullable Object value) {
    return value == null ? "null" : value instanceof String text ? quote(text)
        : value instanceof Double ? plain(value) : Json.write(value);
  }

  private Map<String, Object> jsonBody() {
    if (jsonBody == null) {
      String text = request.jsonBody();
      if (text == null || text.isBlank()) {
        throw invalid("The request body must be a JSON object, got an empty body");
      }
      try {
        jsonBody = Json.parseObject(text);
      } catch (Json.InvalidJsonException e) {
        throw invalid("The request body must be a JSON object: " + e.getMessage());
      }
    }
    return jsonBody;
  }

  // ------------------------------------------------------------------ one value

  private static Object convert(ParamSpec spec, String label, String raw) {
    switch (spec.type) {
      case INT32:
        return (int) integer(spec, label, raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case INT64:
        return integer(spec, label, raw, Long.MIN_VALUE, Long.MAX_VALUE);
      case NUMBER:
        return number(spec, label, raw);
      case BOOLEAN:
        return spec.lenientBoolean ? lenient(raw) : bool(label, raw);
      case DATE_TIME:
        return dateTime(label, raw);
      case STRING:
      default:
        return string(spec, label, raw);
    }
  }

  /** ASCII digits, with a leading minus sign; no plus sign, spaces, other scripts' digits or NULs. */
  private static long integer(ParamSpec spec, String label, String raw, long typeMin, long typeMax) {
    long min = spec.minimum == null ? typeMin : Math.max(spec.minimum, typeMin);
    long max = spec.maximum == null ? typeMax : Math.min(spec.maximum, typeMax);
    int start = raw.startsWith("-") ? 1 : 0;
    boolean digits = raw.length() > start;
    for (int i = start; i < raw.length() && digits; i++) {
      char c = raw.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (!digits) {
      throw invalid(label + " must be an integer (ASCII digits, optionally after a minus sign), got " + quote(raw));
    }
    long value;
    try {
      value = Long.parseLong(raw);
    } catch (NumberFormatException tooLong) {
      throw invalid(label + " must be " + bounds(min, max, typeMin, typeMax, !raw.startsWith("-")) + ", got " + raw);
    }
    if (value < min || value > max) {
      throw invalid(label + " must be " + bounds(min, max, typeMin, typeMax, value > max) + ", got " + value);
    }
    return value;
  }

  private static double number(ParamSpec spec, String label, String raw) {
    if (!DECIMAL.matcher(raw).matches()) {
      throw invalid(label + " must be a number, got " + quote(raw));
    }
    double value = Double.parseDouble(raw);
    if ((spec.minimum != null && value < spec.minimum) || (spec.maximum != null && value > spec.maximum)) {
      long min = spec.minimum == null ? Long.MIN_VALUE : spec.minimum;
      long max = spec.maximum == null ? Long.MAX_VALUE : spec.maximum;
      throw invalid(label + " must be " + bounds(min, max, Long.MIN_VALUE, Long.MAX_VALUE, value > max) + ", got " + raw);
    }
    return value;
  }

  /** The bound a value broke, in words: one side when only that side is the spec's, both otherwise. */
  private static String bounds(long min, long max, long typeMin, long typeMax, boolean tooHigh) {
    boolean low = min > typeMin;
    boolean high = max < typeMax;
    if (tooHigh && high && !low) {
      return "at most " + max;
    }
    if (!tooHigh && low && !high) {
      return "at least " + min;
    }
    return "between " + min + " and " + max;
  }

  /**
   * {@code true} or {@code false}. ASCII case is ignored (clients written in Python have sent
   * {@code True}); {@code 1}, {@code yes} and the empty string are refused rather than guessed.
   */
  private static boolean bool(String label, String raw) {
    if (raw.equalsIgnoreCase("true")) {
      return true;
    }
    if (raw.equalsIgnoreCase("false")) {
      return false;
    }
    throw invalid(label + " must be true or false, got " + quote(raw));
  }

  private static boolean lenient(String raw) {
    return raw.equalsIgnoreCase("true") || raw.equals("1") || raw.equalsIgnoreCase("yes");
  }

  /** ISO 8601 with an offset ({@code 2026-11-24T15:00:00Z}), or a date alone meaning midnight UTC. */
  private static Instant dateTime(String label, String raw) {
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(raw).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw invalid(label + " must be an ISO 8601 date-time such as 2026-11-24T15:00:00Z, got " + quote(raw));
      }
    }
  }

  private static String string(ParamSpec spec, String label, String raw) {
    if (spec.enumValues != null && !spec.enumValues.contains(raw)) {
      throw invalid(label + " must be one of " + String.join(", ", spec.enumValues) + ", got " + quote(raw));
    }
    if (spec.pattern != null && !spec.pattern.matcher(raw).matches()) {
      throw invalid(patternMessage(spec.pattern.pattern(), label, raw));
    }
    int length = raw.codePointCount(0, raw.length());
    if (spec.minLength != null && length < spec.minLength) {
      throw invalid(label + " must be at least " + spec.minLength + " characters long, got " + length);
    }
    if (spec.maxLength != null && length > spec.maxLength) {
      throw invalid(label + " must be at most " + spec.maxLength + " characters long, got " + length);
    }
    if (spec.uri) {
      checkUrl(label, raw);
    }
    if (spec.json) {
      try {
        Json.parseObject(raw);
      } catch (Json.InvalidJsonException e) {
        String reason = "expected a JSON object".equals(e.getMessage()) ? "" : " (" + e.getMessage() + ")";
        throw invalid(label + " must be a JSON object" + reason + ", got " + quote(raw));
      }
    }
    if (spec.expression != null) {
      checkExpression(spec, label, raw);
    }
    return raw;
  }

  private static String patternMessage(String regex, String label, String raw) {
    Matcher sid = SID_PATTERN.matcher(regex);
    if (!sid.matches()) {
      return label + " must match " + regex + ", got " + quote(raw);
    }
    String prefix = sid.group(1);
    String expected = label + " must be " + aSid(prefix) + " (\"" + prefix + "\" and 32 hex digits)";
    if (ANY_SID.matcher(raw).matches()) {
      String given = raw.substring(0, 2);
      if (given.equalsIgnoreCase(prefix)) {
        return expected + ", got " + quote(raw) + ", whose prefix must be upper-case \"" + prefix + "\"";
      }
      return expected + ", got " + aSid(given.toUpperCase(Locale.ROOT)) + ": " + quote(raw);
    }
    if (raw.length() != 34) {
      return expected + ", got " + raw.length() + (raw.length() == 1 ? " character: " : " characters: ")
          + quote(raw);
    }
    return expected + ", got " + quote(raw);
  }

  /** "a WT SID", "an AC SID": the article the letters take when spoken (an F, an S, but a W). */
  private static String aSid(String prefix) {
    return ("AEFHILMNORSX".indexOf(prefix.charAt(0)) >= 0 ? "an " : "a ") + prefix + " SID";
  }

  private static void checkUrl(String label, String raw) {
    if (raw.isEmpty()) {
      return;
    }
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw invalid(label + " must be an absolute http or https URL, got " + quote(raw));
  }

  private static void checkExpression(ParamSpec spec, String label, String raw) {
    if (raw.length() > ParamSpec.MAX_EXPRESSION_LENGTH) {
      throw invalid(label + " is " + raw.length() + " characters long; this server takes expressions of at most "
          + ParamSpec.MAX_EXPRESSION_LENGTH + " characters");
    }
    try {
      Expression.parse(raw, spec.expression);
    } catch (ExpressionException e) {
      throw invalid(label + " is not a valid expression: " + e.problem() + " at position " + e.position()
          + ", got " + quote(raw));
    }
  }

  private static ApiException invalid(String message) {
    return ApiException.badRequest(message);
  }

  /** The value in quotes, control characters escaped and long values cut, so a message stays one readable line. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("'");
    int end = Math.min(value.length(), QUOTE_LIMIT);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('\'');
    if (value.length() > QUOTE_LIMIT) {
      out.append("... (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
