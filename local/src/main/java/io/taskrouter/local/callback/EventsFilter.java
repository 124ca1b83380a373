package io.taskrouter.local.callback;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's {@code EventsFilter}: the comma-separated event types its event callback receives;
 * null or blank means every type. Types match exactly (they are lower-case on the wire), blanks
 * around commas are ignored.
 */
public final class EventsFilter {
  private static final EventsFilter EVERYTHING = new EventsFilter(Set.of());

  private final Set<String> types;

  private EventsFilter(Set<String> types) {
    this.types = types;
  }

  public static EventsFilter parse(@Nullable String filter) {
    if (filter == null || filter.isBlank()) {
      return EVERYTHING;
    }
    Set<String> types =
        Arrays.stream(filter.split(","))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return types.isEmpty() ? EVERYTHING : new EventsFilter(types);
  }

  /** Whether a workspace with this filter string receives events of this type. */
  public static boolean passes(@Nullable String filter, String eventType) {
    return parse(filter).passes(eventType);
  }

  public boolean passes(String eventType) {
    return types.isEmpty() || types.contains(eventType);
  }

  @Override
  public String toString() {
    return types.isEmpty() ? "EventsFilter[everything]" : "EventsFilter" + types;
  }
}
