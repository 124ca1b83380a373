package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one request (the form body or the query string) with typed, validating
 * accessors. Every refusal names the parameter, so a caller can tell what to fix; nothing is
 * changed before all parameters have been read, so a refusal leaves the state as it was.
 */
public final class Params {
  private final Map<String, List<String>> values;
  private final String location;

  private Params(Map<String, List<String>> values, String location) {
    this.values = values;
    this.location = location;
  }

  public static Params form(Map<String, List<String>> values) {
    return new Params(copy(values), "the post body");
  }

  public static Params query(Map<String, List<String>> values) {
    return new Params(copy(values), "the query string");
  }

  public static Params empty() {
    return form(Map.of());
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  /** Every parameter in the order it was sent. */
  public Map<String, List<String>> all() {
    return values;
  }

  public Set<String> names() {
    return values.keySet();
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The first value sent under {@code name}. */
  public Optional<String> string(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  public String required(String name) {
    return string(name).filter(v -> !v.isBlank())
        .orElseThrow(() -> ApiException.badRequest("Missing required parameter " + name + " in " + location));
  }

  /** A string of at most {@code maxLength} characters. */
  public Optional<String> text(String name, int maxLength) {
    Optional<String> value = string(name);
    value.ifPresent(v -> {
      if (v.length() > maxLength) {
        throw invalid(name, "is longer than " + maxLength + " characters");
      }
    });
    return value;
  }

  /** An optional new name: when given it must not be blank (a name cannot be cleared). */
  public Optional<String> rename(String name, int maxLength) {
    Optional<String> value = text(name, maxLength);
    if (value.isPresent() && value.get().isBlank()) {
      throw invalid(name, "must not be empty");
    }
    return value;
  }

  public Optional<Integer> integer(String name, long min, long max) {
    return string(name).map(raw -> {
      long number;
      try {
        number = Long.parseLong(raw.trim());
      } catch (NumberFormatException e) {
        throw invalid(name, "must be an integer, got '" + raw + "'");
      }
      if (number < min || number > max) {
        throw invalid(name, "must be between " + min + " and " + max + ", got " + number);
      }
      return (int) number;
    });
  }

  /**
   * A boolean: {@code true}/{@code false} in any case. The service's docs also read {@code 1} and
   * {@code yes} as true for some fields, so {@code 1/0} and {@code yes/no} are accepted too;
   * anything else is refused rather than silently taken as false.
   */
  public Optional<Boolean> bool(String name) {
    return string(name).map(raw -> switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw invalid(name, "must be true or false, got '" + raw + "'");
    });
  }

  /** A SID of the given prefix, returned in its stored (lower-case hex) form. */
  public Optional<String> sid(String name, String prefix) {
    return string(name).map(raw -> {
      if (!Sids.hasShape(raw, prefix)) {
        throw invalid(name, "must be a SID of " + prefix + " followed by 32 hex digits, got '" + raw + "'");
      }
      return Sids.normalize(raw);
    });
  }

  /** One of a fixed set of values (compared exactly, as the API's enums are). */
  public Optional<String> oneOf(String name, String... allowed) {
    return string(name).map(raw -> {
      for (String value : allowed) {
        if (value.equals(raw)) {
          return value;
        }
      }
      throw invalid(name, "must be one of " + String.join(", ", allowed) + ", got '" + raw + "'");
    });
  }

  /** Text holding a JSON object of at most {@code maxLength} characters (Attributes). */
  public Optional<String> jsonObject(String name, int maxLength) {
    return text(name, maxLength).map(raw -> {
      try {
        Json.parseObject(raw);
      } catch (Json.InvalidJsonException e) {
        throw invalid(name, "must be a JSON object (" + e.getMessage() + ")");
      }
      return raw;
    });
  }

  /** An absolute http(s) URL; the empty string is returned as is (it clears the field). */
  public Optional<String> url(String name) {
    return string(name).map(raw -> {
      if (raw.isEmpty()) {
        return raw;
      }
      try {
        URI uri = new URI(raw);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return raw;
        }
      } catch (URISyntaxException e) {
        // falls through to the refusal below
      }
      throw invalid(name, "must be an absolute http or https URL, got '" + raw + "'");
    });
  }

  /** An ISO 8601 date-time ({@code 2026-11-24T15:00:00Z}, an offset, or a date alone meaning midnight UTC). */
  public Optional<Instant> dateTime(String name) {
    return string(name).map(raw -> {
      try {
        return OffsetDateTime.parse(raw.trim()).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(raw.trim()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException again) {
          throw invalid(name, "must be an ISO 8601 date-time such as 2026-11-24T15:00:00Z, got '" + raw + "'");
        }
      }
    });
  }

  /** A list parameter: the name repeated, each value possibly comma-separated too. */
  public List<String> list(String name) {
    List<String> result = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
  }

  public static ApiException invalid(String name, String reason) {
    return ApiException.badRequest("Invalid parameter " + name + ": " + reason);
  }
}
