package io.taskrouter.local.wire;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Values derived from a parameter's schema: one that satisfies everything the schema says, and
 * values that break one constraint each. Nothing here names a parameter: the tables are built from
 * the spec.
 */
@SuppressWarnings("rawtypes")
final class Samples {
  static final String HEX = "0123456789abcdef0123456789abcdef";
  private static final Pattern SID = Pattern.compile("\\^([A-Z]{2})\\[0-9a-fA-F\\]\\{32\\}\\$");

  /** A value breaking one constraint, and which one. */
  record Bad(Object value, String breaks) {
    @Override
    public String toString() {
      return breaks;
    }
  }

  private Samples() {}

  /** A valid value of one item (or of a scalar parameter), as it is sent in a form or query. */
  static String valid(Spec.Param param) {
    Schema value = param.value();
    if (value.getEnum() != null && !value.getEnum().isEmpty()) {
      return String.valueOf(value.getEnum().get(0));
    }
    if (value.getDefault() != null) {
      return String.valueOf(value.getDefault());
    }
    switch (type(param)) {
      case "integer":
        return value.getMinimum() != null ? value.getMinimum().toString()
            : value.getMaximum() != null ? value.getMaximum().toString() : "7";
      case "number":
        return "2.5";
      case "boolean":
        return "true";
      default:
        break;
    }
    if ("date-time".equals(value.getFormat())) {
      return "2026-11-24T15:00:00Z";
    }
    if ("uri".equals(value.getFormat())) {
      return "https://example.com/callback";
    }
    if (param.extension("x-sdk-json") != null) {
      return "{\"skills\":[\"support\"]}";
    }
    if (param.extension("x-sdk-expression") != null) {
      return "skills HAS 'support'";
    }
    if (value.getPattern() != null) {
      return sidMatching(value.getPattern());
    }
    return "some text";
  }

  static String sidMatching(String pattern) {
    Matcher sid = SID.matcher(pattern);
    String sample = (sid.matches() ? sid.group(1) : "WK") + HEX;
    if (!Pattern.compile(pattern).matcher(sample).matches()) {
      throw new AssertionError("no sample value for the pattern " + pattern + ": teach Samples one");
    }
    return sample;
  }

  /** The values of a parameter as sent: one item, or as many as its minItems asks for. */
  static List<String> validValues(Spec.Param param) {
    int count = param.isArray() && param.schema().getMinItems() != null ? param.schema().getMinItems() : 1;
    return Collections.nCopies(count, valid(param));
  }

  /** What the decoder must make of {@code raw} for this parameter's type. */
  static Object typed(Spec.Param param, String raw) {
    Schema value = param.value();
    switch (type(param)) {
      case "integer":
        return "int64".equals(value.getFormat()) ? (Object) Long.parseLong(raw) : (Object) Integer.parseInt(raw);
      case "number":
        return Double.parseDouble(raw);
      case "boolean":
        return Boolean.parseBoolean(raw);
      default:
        return "date-time".equals(value.getFormat()) ? Instant.parse(raw) : raw;
    }
  }

  /** The JSON value of a raw sample, for a JSON body. */
  static Object json(Spec.Param param, String raw) {
    Object typed = typed(param, raw);
    return typed instanceof Instant ? raw : typed;
  }

  /** Values that break exactly one thing the schema of one value says. */
  static List<Bad> invalid(Spec.Param param) {
    List<Bad> bad = invalidValues(param);
    if (param.isCommaSeparated()) {
      // Split on commas, each part trimmed and blank parts skipped: " 12" is 12, "" is no item.
      bad.removeIf(b -> String.valueOf(b.value()).isBlank() || !String.valueOf(b.value()).equals(String.valueOf(b.value()).trim()));
    }
    return bad;
  }

  private static List<Bad> invalidValues(Spec.Param param) {
    Schema value = param.value();
    List<Bad> bad = new ArrayList<>();
    if (value.getEnum() != null && !value.getEnum().isEmpty()) {
      bad.add(new Bad(value.getEnum().get(0) + "-not", "off the enum"));
    }
    switch (type(param)) {
      case "integer" -> {
        bad.add(new Bad("twelve", "not a number"));
        bad.add(new Bad("1.5", "not an integer"));
        bad.add(new Bad("\uff11\uff12", "full-width digits"));
        bad.add(new Bad("12\u0000", "a trailing NUL"));
        bad.add(new Bad("+12", "a plus sign"));
        bad.add(new Bad(" 12", "a leading space"));
        bad.add(new Bad("", "empty"));
        boolean int64 = "int64".equals(value.getFormat());
        BigDecimal typeMax = BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE);
        BigDecimal typeMin = BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE);
        BigDecimal max = value.getMaximum() != null ? value.getMaximum() : typeMax;
        BigDecimal min = value.getMinimum() != null ? value.getMinimum() : typeMin;
        bad.add(new Bad(max.add(BigDecimal.ONE).toPlainString(), "just above the maximum"));
        bad.add(new Bad(min.subtract(BigDecimal.ONE).toPlainString(), "just below the minimum"));
      }
      case "number" -> bad.add(new Bad("2,5", "not a number"));
      case "boolean" -> {
        if ("lenient".equals(String.valueOf(param.extension("x-server-boolean")))) {
          // Read as the service reads it: anything but true, 1 or yes is false, nothing is refused.
          return bad;
        }
        bad.add(new Bad("yes", "not true or false"));
        bad.add(new Bad("1", "a digit for a boolean"));
        bad.add(new Bad("", "empty"));
      }
      default -> {
        if ("date-time".equals(value.getFormat())) {
          bad.add(new Bad("yesterday", "not a date"));
          bad.add(new Bad("2026-13-01T00:00:00Z", "month 13"));
        }
        if ("uri".equals(value.getFormat())) {
          bad.add(new Bad("not a url", "not a URL"));
          bad.add(new Bad("ftp://example.com/file", "not http"));
        }
        if (param.extension("x-sdk-json") != null) {
          bad.add(new Bad("[1, 2]", "a JSON array"));
          bad.add(new Bad("{\"a\":", "truncated JSON"));
        }
        if (param.extension("x-sdk-expression") != null) {
          bad.add(new Bad("skills HAS", "a truncated expression"));
          bad.add(new Bad("1 == 1 AND (", "an unclosed parenthesis"));
          bad.add(new Bad("x == 1 OR " + "x == 1 OR ".repeat(ParamSpec.MAX_EXPRESSION_LENGTH / 10) + "x == 1",
              "too long an expression"));
        }
        if (value.getPattern() != null) {
          String good = sidMatching(value.getPattern());
          Pattern pattern = Pattern.compile(value.getPattern());
          // SID mutations; only those the pattern really refuses (a unique-name pattern takes "ZZ…").
          Stream.of(new Bad("ZZ" + good.substring(2), "the wrong prefix"),
                  new Bad(good.substring(0, good.length() - 1), "one character short"),
                  new Bad(good + "\n", "a trailing line break"))
              .filter(mutation -> !pattern.matcher((String) mutation.value()).matches())
              .forEach(bad::add);
        }
        if (value.getMaxLength() != null) {
          bad.add(new Bad("x".repeat(value.getMaxLength() + 1), "one character too long"));
        }
        if (value.getMinLength() != null && value.getMinLength() > 0) {
          bad.add(new Bad("x".repeat(value.getMinLength() - 1), "one character too short"));
        }
      }
    }
    return bad;
  }

  static String type(Schema schema) {
    return schema.getType() != null ? schema.getType() : "string";
  }

  /** The type the server decodes: {@code x-server-boolean} makes a string-typed flag a boolean. */
  static String type(Spec.Param param) {
    return param.extension("x-server-boolean") != null ? "boolean" : type(param.value());
  }
}
