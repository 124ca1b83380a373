package io.taskrouter.local.api;

import io.taskrouter.local.stats.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The query parameters statistics and event lists share: the time window and wait-time splits. */
final class StatisticsParams {
  static final int DEFAULT_MINUTES = 15;
  /** History is kept 30 days. */
  static final int MAX_MINUTES = 43_200;

  private StatisticsParams() {}

  /**
   * {@code Minutes} (a window ending now), or {@code StartDate} and/or {@code EndDate}; not both
   * kinds. Without either, the last 15 minutes.
   */
  static Window window(Params query, Instant now) {
    Optional<Integer> minutes = query.integer("Minutes", 1, MAX_MINUTES);
    Optional<Instant> start = query.dateTime("StartDate");
    Optional<Instant> end = query.dateTime("EndDate");
    if (minutes.isPresent() && (start.isPresent() || end.isPresent())) {
      throw Params.invalid("Minutes", "cannot be combined with StartDate or EndDate");
    }
    // Clients give EndDate to the second; an inclusive end covers that whole second, so that an
    // event at 15:00:00.600 counts in a window ending at 15:00:00.
    Instant windowEnd = end.map(StatisticsParams::endOfSecond).orElse(now);
    Instant windowStart = start.orElse(windowEnd.minus(Duration.ofMinutes(minutes.orElse(DEFAULT_MINUTES))));
    if (windowStart.isAfter(windowEnd)) {
      throw Params.invalid("StartDate", "must not be after EndDate");
    }
    return new Window(windowStart, windowEnd);
  }

  private static Instant endOfSecond(Instant instant) {
    return instant.getNano() == 0 ? instant.plusNanos(999_999_999) : instant;
  }

  /** {@code SplitByWaitTime=5,30}: positive whole seconds, in ascending order. */
  static List<Integer> splits(Params query) {
    List<Integer> thresholds = new ArrayList<>();
    for (String value : query.list("SplitByWaitTime")) {
      try {
        int seconds = Integer.parseInt(value);
        if (seconds <= 0) {
          throw new NumberFormatException();
        }
        thresholds.add(seconds);
      } catch (NumberFormatException e) {
        throw Params.invalid("SplitByWaitTime", "must be a comma-separated list of positive integers (seconds), got '"
            + value + "'");
      }
    }
    thresholds.sort(null);
    return thresholds;
  }
}
