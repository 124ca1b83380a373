package io.taskrouter.local.stats;

import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.render.Dates;
import io.taskrouter.local.render.Fields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cumulative worker statistics, from the event log: time spent in each activity (rebuilt from the
 * worker.created, worker.activity.update and worker.deleted events) and reservation counters.
 */
public final class WorkerStatistics {
  private WorkerStatistics() {}

  /** For the workers in {@code workerSids}: activity durations and reservation counters. */
  public static Fields cumulative(WorkspaceState ws, Window window, Set<String> workerSids) {
    List<Event> reservationEvents = ws.events().between(window.start(), window.end())
        .filter(e -> e.type().startsWith("reservation.") && concerns(e, workerSids))
        .toList();
    Fields fields = new Fields()
        .put("start_time", Dates.format(window.start()))
        .put("end_time", Dates.format(window.end()))
        .put("activity_durations", activityDurations(ws, window, workerSids));
    return ReservationCounts.putInto(fields, reservationEvents);
  }

  /**
   * For each activity of the workspace: the stints workers spent in it within the window (each
   * stint clipped to the window), summarised as avg/min/max/total seconds.
   */
  static List<Map<String, @Nullable Object>> activityDurations(WorkspaceState ws, Window window, Set<String> workerSids) {
    Map<String, List<Long>> stints = new HashMap<>();
    Map<String, Stint> open = new HashMap<>();
    ws.events().all()
        .filter(e -> !e.date().isAfter(window.end()) && concerns(e, workerSids))
        .forEach(e -> {
          String worker = e.refs().workerSid();
          switch (e.type()) {
            case "worker.created" -> open.put(worker, new Stint(e.data().get("worker_activity_sid"), e.date()));
            case "worker.activity.update" -> {
              close(open.remove(worker), e.date(), window, stints);
              open.put(worker, new Stint(e.data().get("worker_activity_sid"), e.date()));
            }
            case "worker.deleted" -> close(open.remove(worker), e.date(), window, stints);
            default -> { }
          }
        });
    open.values().forEach(stint -> close(stint, window.end(), window, stints));
    List<Map<String, @Nullable Object>> result = new ArrayList<>();
    for (Activity activity : ws.activities.list()) {
      Fields fields = new Fields().put("sid", activity.sid()).put("friendly_name", activity.friendlyName());
      result.add(Durations.into(fields, stints.getOrDefault(activity.sid(), List.of())).map());
    }
    return result;
  }

  /** Events without a worker never concern one (and immutable sets refuse to look up null). */
  private static boolean concerns(Event event, Set<String> workerSids) {
    String worker = event.refs().workerSid();
    return worker != null && workerSids.contains(worker);
  }

  private record Stint(String activitySid, Instant since) {}

  private static void close(@Nullable Stint stint, Instant until, Window window, Map<String, List<Long>> stints) {
    if (stint == null) {
      return;
    }
    Instant from = stint.since().isBefore(window.start()) ? window.start() : stint.since();
    Instant to = until.isAfter(window.end()) ? window.end() : until;
    if (to.isAfter(from)) {
      stints.computeIfAbsent(stint.activitySid(), k -> new ArrayList<>()).add(Duration.between(from, to).getSeconds());
    }
  }
}
