package io.taskrouter.local.stats;

import io.taskrouter.local.model.Event;
import io.taskrouter.local.render.Fields;
import java.util.List;

/** The six reservation counters every cumulative statistic has, counted from reservation events. */
final class ReservationCounts {
  private ReservationCounts() {}

  static Fields putInto(Fields fields, List<Event> events) {
    return fields
        .put("reservations_created", CumulativeStatistics.count(events, "reservation.created"))
        .put("reservations_accepted", CumulativeStatistics.count(events, "reservation.accepted"))
        .put("reservations_rejected", CumulativeStatistics.count(events, "reservation.rejected"))
        .put("reservations_timed_out", CumulativeStatistics.count(events, "reservation.timeout"))
        .put("reservations_canceled", CumulativeStatistics.count(events, "reservation.canceled"))
        .put("reservations_rescinded", CumulativeStatistics.count(events, "reservation.rescinded"));
  }
}
