package io.taskrouter.local.stats;

import io.taskrouter.local.model.Event;
import java.time.Instant;

/** The interval cumulative statistics and event lists cover; both ends included. */
public record Window(Instant start, Instant end) {

  public boolean contains(Event event) {
    return !event.date().isBefore(start) && !event.date().isAfter(end);
  }
}
