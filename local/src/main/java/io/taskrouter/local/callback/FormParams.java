package io.taskrouter.local.callback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The form parameters of one callback: an immutable, ordered multimap of name to values, in the
 * order they were added.
 *
 * <p>Adding the same name and value twice keeps one pair: the official validators disagree on exact
 * duplicates (twilio-python signs each copy, twilio-node signs one), so a form without them is the
 * only kind whose signature both accept.
 */
public final class FormParams {
  private static final FormParams EMPTY = new FormParams(List.of());

  private final List<Map.Entry<String, String>> entries;

  private FormParams(List<Map.Entry<String, String>> entries) {
    this.entries = entries;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static FormParams empty() {
    return EMPTY;
  }

  /** Every name-value pair, in the order added. */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /** The distinct names, in the order first added. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    entries.forEach(e -> names.add(e.getKey()));
    return Collections.unmodifiableSet(names);
  }

  /** The values of one name, in the order added; empty when the name is absent. */
  public List<String> values(String name) {
    return entries.stream()
        .filter(e -> e.getKey().equals(name))
        .map(Map.Entry::getValue)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The first value of a name, or null when it is absent. */
  public @Nullable String first(String name) {
    for (Map.Entry<String, String> e : entries) {
      if (e.getKey().equals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  public int size() {
    return entries.size();
  }

  /** The {@code application/x-www-form-urlencoded} body, UTF-8. */
  public String encoded() {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : entries) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /** Names only: values can carry customer data (attributes) that has no place in logs. */
  @Override
  public String toString() {
    return "FormParams" + names();
  }

  /** Collects pairs; not thread-safe, build it on one thread. */
  public static final class Builder {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();
    private final Set<Map.Entry<String, String>> seen = new java.util.HashSet<>();

    private Builder() {}

    /** Adds one pair; a pair already added is kept once. */
    public Builder add(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, () -> "value of form parameter " + name);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("form parameter name must not be empty");
      }
      Map.Entry<String, String> pair = Map.entry(name, value);
      if (seen.add(pair)) {
        entries.add(pair);
      }
      return this;
    }

    /** Adds the value's string form, or nothing when it is null (absent fields are not sent). */
    public Builder addIfPresent(String name, @Nullable Object value) {
      return value == null ? this : add(name, String.valueOf(value));
    }

    /** Adds one pair per value, in order (a repeated name). */
    public Builder addAll(String name, Iterable<String> values) {
      values.forEach(v -> add(name, v));
      return this;
    }

    public FormParams build() {
      return entries.isEmpty() ? EMPTY : new FormParams(List.copyOf(entries));
    }
  }
}
