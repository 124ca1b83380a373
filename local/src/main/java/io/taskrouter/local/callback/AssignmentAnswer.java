package io.taskrouter.local.callback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What came of one assignment callback: an instruction, "decide later" (the reservation waits for a
 * REST update), or a failure of the callback URL and of its fallback (the reservation waits for its
 * timeout).
 */
public sealed interface AssignmentAnswer {

  /** The receiver's instruction; {@code options} are the answer's other members, as parsed. */
  record Instruction(Kind kind, Map<String, @Nullable Object> options) implements AssignmentAnswer {
    public Instruction {
      Objects.requireNonNull(kind, "kind");
      options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** An option given as a JSON string (for {@code reject}: {@code activity_sid}). */
    public Optional<String> stringOption(String name) {
      Object value = options.get(name);
      return value instanceof String ? Optional.of((String) value) : Optional.empty();
    }

    /** The activity a rejecting worker moves to, when the answer names one. */
    public Optional<String> activitySid() {
      return stringOption("activity_sid");
    }
  }

  /**
   * An empty answer ({@code 2xx} with no body or {@code {}}), or an object without {@code
   * instruction}: then {@code warning} says so (the service's warning 40005).
   */
  record DecideLater(@Nullable String warning) implements AssignmentAnswer {}

  /** Neither the callback URL nor the fallback (when there is one) gave a usable answer. */
  record Failed(String reason) implements AssignmentAnswer {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The instructions TaskRouter documents, by their wire name. */
  enum Kind {
    ACCEPT,
    REJECT,
    DEQUEUE,
    CALL,
    CONFERENCE,
    REDIRECT;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a wire name, or empty when TaskRouter documents no such instruction. */
    public static Optional<Kind> fromWire(String wireName) {
      return Arrays.stream(values()).filter(k -> k.wireName().equals(wireName)).findFirst();
    }
  }
}
