package io.taskrouter.sdk.webhook;

import io.taskrouter.sdk.internal.Checks;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a form POST ({@code application/x-www-form-urlencoded}), a name possibly
 * repeated, in the order received. Immutable.
 *
 * <p>Build it from the raw body ({@link #parse(String)}) or from the map a server framework
 * already decoded ({@link #of(Map)}: a servlet's {@code getParameterMap()}, a Spring
 * {@code MultiValueMap}, or a plain {@code Map<String, String>}).
 */
public final class FormParameters {
  private static final FormParameters EMPTY = new FormParameters(Collections.emptyMap());

  private final Map<String, List<String>> values;

  private FormParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /** @return no parameters (a JSON-bodied webhook, a GET) */
  public static FormParameters empty() {
    return EMPTY;
  }

  /**
   * Decodes a form body: {@code +} is a space, {@code %XX} escapes are UTF-8.
   *
   * @param body the raw request body, e.g. {@code TaskSid=WT...&TaskAge=3}
   * @return the parameters
   * @throws IllegalArgumentException when the body holds a malformed escape
   */
  public static FormParameters parse(String body) {
    Checks.required("body", body);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      out.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return new FormParameters(freeze(out));
  }

  /**
   * @param params parameters a framework already decoded; each value a {@code String}, a
   *     {@code String[]} or an {@code Iterable} of strings (for a repeated name)
   * @return the parameters
   * @throws IllegalArgumentException naming the parameter whose value is of another type or null
   */
  public static FormParameters of(Map<String, ?> params) {
    Checks.required("params", params);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : params.entrySet()) {
      String name = Checks.required("params key", entry.getKey());
      out.put(name, valuesOf(name, entry.getValue()));
    }
    return new FormParameters(freeze(out));
  }

  private static List<String> valuesOf(String name, @Nullable Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof String) {
      list.add((String) value);
    } else if (value instanceof String[]) {
      Collections.addAll(list, (String[]) value);
    } else if (value instanceof Iterable) {
      for (Object each : (Iterable<?>) value) {
        list.add(asString(name, each));
      }
    } else {
      list.add(asString(name, value));
    }
    return list;
  }

  private static String asString(String name, @Nullable Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException("params[" + name + "] must be a String, a String[] or an Iterable of"
        + " strings, got " + (value == null ? "null" : "a value of type " + value.getClass().getName()));
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    map.forEach((name, list) -> frozen.put(name, Collections.unmodifiableList(new ArrayList<>(list))));
    return Collections.unmodifiableMap(frozen);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("UTF-8 is always supported", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("body holds a malformed %-escape near '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * @param name a parameter name, e.g. {@code TaskSid}
   * @return its first value, or null when absent
   */
  public @Nullable String first(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /**
   * @param name a parameter name
   * @return all its values in the order received, empty when absent
   */
  public List<String> all(String name) {
    List<String> list = values.get(name);
    return list == null ? Collections.<String>emptyList() : list;
  }

  /** @return the names, in the order first received */
  public Set<String> names() {
    return values.keySet();
  }

  /** @return every parameter with all its values, unmodifiable */
  public Map<String, List<String>> asMap() {
    return values;
  }

  /** Names only: values may be personal data (attributes, phone numbers). */
  @Override
  public String toString() {
    return "FormParameters" + values.keySet();
  }
}
