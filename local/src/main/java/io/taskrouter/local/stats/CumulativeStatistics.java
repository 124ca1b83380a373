package io.taskrouter.local.stats;

import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.render.Dates;
import io.taskrouter.local.render.Fields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Cumulative statistics are counted from the workspace's event log, within the window: a task
 * canceled at 10:05 counts in a window that contains 10:05 and in no other. So the figures are
 * exactly what happened: reservation counters from the reservation events, acceptance times from
 * the task's age in each reservation.accepted event.
 */
public final class CumulativeStatistics {

  /** Which resource the figures are for; each names a few counters its own way. */
  public enum Scope {
    WORKSPACE, WORKFLOW, TASK_QUEUE
  }

  private CumulativeStatistics() {}

  /**
   * @param relevant selects the events of the resource (and task channel) asked about
   * @param thresholds SplitByWaitTime in seconds, or empty when not asked for
   */
  public static Fields of(WorkspaceState ws, Scope scope, Window window, Predicate<Event> relevant,
      List<Integer> thresholds) {
    List<Event> events = ws.events().between(window.start(), window.end()).filter(relevant).toList();
    List<Long> acceptedWaits = waits(events, "reservation.accepted", "task_age");
    List<Long> canceledWaits = waits(events, "task.canceled", "task_age");
    Fields fields = new Fields()
        .put("avg_task_acceptance_time", Durations.summary(acceptedWaits).get("avg"))
        .put("start_time", Dates.format(window.start()))
        .put("end_time", Dates.format(window.end()));
    ReservationCounts.putInto(fields, events);
    fields.put("split_by_wait_time", thresholds.isEmpty() ? null : split(thresholds, acceptedWaits, canceledWaits))
        .put("wait_duration_until_accepted", Durations.summary(acceptedWaits))
        .put("wait_duration_until_canceled", Durations.summary(canceledWaits))
        .put("tasks_canceled", count(events, "task.canceled"))
        .put("tasks_completed", count(events, "task.completed"))
        .put("tasks_deleted", count(events, "task.deleted"))
        .put("tasks_moved", count(events, "task-queue.moved"));
    switch (scope) {
      case WORKSPACE -> fields.put("tasks_created", count(events, "task.created"))
          .put("tasks_timed_out_in_workflow", count(events, "workflow.timeout"));
      case WORKFLOW -> fields.put("tasks_entered", count(events, "workflow.entered"))
          .put("tasks_timed_out_in_workflow", count(events, "workflow.timeout"));
      case TASK_QUEUE -> fields.put("tasks_entered", count(events, "task-queue.entered"))
          .put("wait_duration_in_queue_until_accepted", Durations.summary(queueWaits(ws, events)));
    }
    return fields;
  }

  static long count(List<Event> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).count();
  }

  /** The numeric event-data value {@code key} of each event of {@code type} that has it. */
  private static List<Long> waits(List<Event> events, String type, String key) {
    return events.stream()
        .filter(e -> e.type().equals(type) && e.data().containsKey(key))
        .map(e -> Long.parseLong(e.data().get(key)))
        .toList();
  }

  /**
   * For each acceptance among {@code events}: the seconds since its task last entered a queue
   * (the task-queue.entered event before it, which may lie before the window).
   */
  private static List<Long> queueWaits(WorkspaceState ws, List<Event> events) {
    Set<String> accepted = events.stream().filter(e -> e.type().equals("reservation.accepted"))
        .map(Event::sid).collect(Collectors.toSet());
    if (accepted.isEmpty()) {
      return List.of();
    }
    Map<String, Instant> entered = new HashMap<>();
    List<Long> waits = new ArrayList<>();
    ws.events().all().forEach(e -> {
      if (e.type().equals("task-queue.entered")) {
        entered.put(e.resourceSid(), e.date());
      } else if (accepted.contains(e.sid())) {
        Instant since = entered.getOrDefault(e.refs().taskSid(), e.date());
        waits.add(Math.max(0, Duration.between(since, e.date()).getSeconds()));
      }
    });
    return waits;
  }

  /** For each threshold: how many waits were below it (strictly) and how many at or above it. */
  private static Map<String, @Nullable Object> split(List<Integer> thresholds, List<Long> accepted,
      List<Long> canceled) {
    Map<String, @Nullable Object> result = new LinkedHashMap<>();
    for (int threshold : thresholds) {
      result.put(Integer.toString(threshold), new Fields()
          .put("above", new Fields()
              .put("tasks_canceled", canceled.stream().filter(w -> w >= threshold).count())
              .put("reservations_accepted", accepted.stream().filter(w -> w >= threshold).count())
              .map())
          .put("below", new Fields()
              .put("tasks_canceled", canceled.stream().filter(w -> w < threshold).count())
              .put("reservations_accepted", accepted.stream().filter(w -> w < threshold).count())
              .map())
          .map());
    }
    return result;
  }
}
