package io.taskrouter.local.engine;

import io.taskrouter.local.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A workspace's events in the order they happened. */
public final class EventLog {
  private final List<Event> events = new ArrayList<>();

  void append(Event event) {
    events.add(event);
  }

  public Optional<Event> find(String sid) {
    String normalized = Sids.normalize(sid);
    return events.stream().filter(e -> e.sid().equals(normalized)).findFirst();
  }

  /** Events with {@code from <= date <= to}, oldest first. */
  public Stream<Event> between(Instant from, Instant to) {
    return events.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to));
  }

  public Stream<Event> all() {
    return events.stream();
  }
}
