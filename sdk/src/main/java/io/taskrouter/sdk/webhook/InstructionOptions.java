package io.taskrouter.sdk.webhook;

import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.Shown;
import io.taskrouter.sdk.model.HttpMethod;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The options of an instruction, in the snake_case the service reads. Each setter checks its
 * value at once; {@link #option(String, Object)} sets one this SDK has no setter for.
 *
 * @param <O> the concrete options, for chaining
 */
public abstract class InstructionOptions<O extends InstructionOptions<O>> {
  final Map<String, Object> fields = new LinkedHashMap<>();
  private final Set<String> typedKeys;

  InstructionOptions(String... typedKeys) {
    this.typedKeys = new HashSet<>(Arrays.asList(typedKeys));
  }

  @SuppressWarnings("unchecked")
  private O self() {
    return (O) this;
  }

  /**
   * Sets an option this SDK has no setter for, written as given.
   *
   * @param name its name in the instruction's JSON, e.g. {@code jitter_buffer_size}
   * @param value a String, Number, Boolean, List or Map (written as JSON)
   * @return these options
   * @throws IllegalArgumentException when the name has a setter of its own, is
   *     {@code instruction}, or the value cannot be written as JSON
   */
  public O option(String name, Object value) {
    Checks.notBlank("option name", name);
    if (name.equals("instruction")) {
      throw new IllegalArgumentException("option 'instruction' cannot be set: the AssignmentInstruction factory"
          + " (accept(), dequeue(...), conference(...), ...) chooses it");
    }
    if (typedKeys.contains(name)) {
      throw new IllegalArgumentException("option '" + name + "' has a typed setter: use it instead of option(...)");
    }
    Checks.required("option " + name, value);
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Collection || value instanceof Map)) {
      throw new IllegalArgumentException("option " + name + " must be a String, Number, Boolean, List or Map, got a value of type "
          + value.getClass().getName());
    }
    fields.put(name, value);
    return self();
  }

  final O put(String name, Object value) {
    fields.put(name, value);
    return self();
  }

  final O text(String name, String value) {
    return put(name, Checks.notBlank(name, value));
  }

  final O sid(String name, String value, String prefix) {
    Checks.required(name, value);
    return put(name, Checks.pattern(name, value, "^" + prefix + "[0-9a-fA-F]{32}$"));
  }

  final O seconds(String name, int value) {
    return atLeast(name, value, 1);
  }

  final O atLeast(String name, int value, int min) {
    Checks.range(name, (long) value, min, Long.MAX_VALUE);
    return put(name, value);
  }

  final O method(String name, HttpMethod method) {
    Checks.known(name, Checks.required(name, method));
    return put(name, String.valueOf(method.value()));
  }

  final O url(String name, String value) {
    return put(name, checkedUrl(name, value));
  }

  static String checkedUrl(String name, String value) {
    Checks.notBlank(name, value);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL, got " + shownUrl(value) + ": "
          + e.getReason(), e);
    }
    throw new IllegalArgumentException(name + " must be an absolute http(s) URL, got " + shownUrl(value));
  }

  private static String shownUrl(String value) {
    return Shown.text(java.util.Objects.requireNonNull(Checks.maskUserInfo(value)));
  }

  /**
   * Writes a list of events comma-separated: the form the service documents for a dequeue's
   * {@code status_callback_events}.
   */
  final <E extends Enum<E>> O events(String name, E[] events, Function<E, @Nullable String> wireValue) {
    Checks.required(name, events);
    if (events.length == 0) {
      throw new IllegalArgumentException(name + " needs at least one event, got none");
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < events.length; i++) {
      E event = Checks.known(name + "[" + i + "]", Checks.required(name + "[" + i + "]", events[i]));
      joined.append(i == 0 ? "" : ",").append(wireValue.apply(event));
    }
    return put(name, joined.toString());
  }
}
