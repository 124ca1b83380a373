package io.taskrouter.local.stats;

import io.taskrouter.local.engine.Task;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.render.Fields;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Real-time task figures counted from the tasks as they are now: by status, by priority, and the
 * longest-waiting one (pending or reserved, oldest first).
 */
final class TaskCounts {
  private final List<Task> active;
  private final Instant now;

  TaskCounts(List<Task> tasks, Instant now) {
    this.active = tasks.stream().filter(t -> t.status().active()).toList();
    this.now = now;
  }

  void putInto(Fields fields) {
    Optional<Task> longest = longestWaiting(t -> t.dateCreated());
    fields.put("longest_task_waiting_age", longest.map(t -> t.ageAt(now)).orElse(0L))
        .put("longest_task_waiting_sid", longest.map(t -> t.sid()).orElse(null))
        .put("tasks_by_priority", byPriority())
        .put("tasks_by_status", byStatus())
        .put("total_tasks", active.size());
  }

  /** The waiting task that entered earliest by {@code entered}. */
  Optional<Task> longestWaiting(Function<Task, Instant> entered) {
    return active.stream()
        .filter(t -> t.status().waiting())
        .min(Comparator.comparing(entered).thenComparing(t -> t.dateCreated()));
  }

  private Map<String, Integer> byStatus() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TaskStatus status : List.of(TaskStatus.PENDING, TaskStatus.RESERVED, TaskStatus.ASSIGNED, TaskStatus.WRAPPING)) {
      counts.put(status.wire(), (int) active.stream().filter(t -> t.status() == status).count());
    }
    return counts;
  }

  /** Highest priority first, as the keys are what a reader scans for. */
  private Map<String, Integer> byPriority() {
    Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
    for (Task task : active) {
      counts.merge(task.priority(), 1, Integer::sum);
    }
    Map<String, Integer> result = new LinkedHashMap<>();
    counts.forEach((priority, count) -> result.put(Integer.toString(priority), count));
    return result;
  }
}
