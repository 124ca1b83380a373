package io.taskrouter.local.api;

import io.taskrouter.local.stats.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time window statistics and event lists share, and the wait-time splits. The spec bounds
 * {@code Minutes} (1 to 43200); what is left is the rule between the parameters, which is behaviour.
 */
final class StatisticsParams {
  /**
   * Without Minutes or dates the window is the last 15 minutes. This cannot be the spec's default
   * for {@code Minutes}: a Minutes the client did not send must not clash with StartDate/EndDate.
   */
  private static final int DEFAULT_MINUTES = 15;

  private StatisticsParams() {}

  /** The window parameters of one request, as its record decoded them. */
  record WindowParams(Optional<Integer> minutes, Optional<Instant> startDate, Optional<Instant> endDate) {}

  /** {@code Minutes} (a window ending now), or {@code StartDate} and/or {@code EndDate}; not both kinds. */
  static Window window(WindowParams params, Instant now) {
    Optional<Integer> minutes = params.minutes();
    if (minutes.isPresent() && (params.startDate().isPresent() || params.endDate().isPresent())) {
      throw ApiException.badRequest("Invalid parameter Minutes: cannot be combined with StartDate or EndDate");
    }
    // Clients give EndDate to the second; an inclusive end covers that whole second, so that an
    // event at 15:00:00.600 counts in a window ending at 15:00:00.
    Instant windowEnd = params.endDate().map(StatisticsParams::endOfSecond).orElse(now);
    Instant windowStart = params.startDate()
        .orElse(windowEnd.minus(Duration.ofMinutes(minutes.orElse(DEFAULT_MINUTES))));
    if (windowStart.isAfter(windowEnd)) {
      throw ApiException.badRequest("Invalid parameter StartDate: must not be after EndDate");
    }
    return new Window(windowStart, windowEnd);
  }

  private static Instant endOfSecond(Instant instant) {
    return instant.getNano() == 0 ? instant.plusNanos(999_999_999) : instant;
  }

  /**
   * {@code SplitByWaitTime}, in ascending order. The decoder has split {@code 5,30} and checked each
   * threshold against the spec (a positive whole number of seconds).
   */
  static List<Integer> splits(List<Integer> thresholds) {
    List<Integer> sorted = new ArrayList<>(thresholds);
    sorted.sort(null);
    return sorted;
  }
}
