package io.taskrouter.local.routing;

import io.taskrouter.expression.EvaluationContext;
import io.taskrouter.expression.Expression;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The index's record of a queue: members, ready workers and offerable tasks, all sorted. */
final class QueueEntry {
  final String sid;
  @Nullable Expression targetWorkers;
  TaskOrder order;
  int maxReservedWorkers;
  final TreeMap<String, WorkerEntry> members = new TreeMap<>();
  /** Members that can take a task now, by channel key, longest idle first. */
  final Map<String, TreeSet<WorkerEntry>> ready = new HashMap<>();
  /** Tasks with offers still to make, by channel key, in queue order. */
  final Map<String, TreeSet<TaskEntry>> offerable = new HashMap<>();
  /** Tasks with offers still to make that ignore capacity, in queue order. */
  final TreeSet<TaskEntry> offerableIgnoringCapacity;
  final Comparator<TaskEntry> taskOrder;
  int availableMembers;
  final TreeMap<String, Integer> membersByActivity = new TreeMap<>();
  /** The tasks placed in this queue (offerable or not): what an update of the queue re-lists. */
  final Set<TaskEntry> placed = new HashSet<>();

  QueueEntry(QueueSpec spec, Comparator<TaskEntry> taskOrder) {
    this.sid = spec.sid();
    this.taskOrder = taskOrder;
    this.offerableIgnoringCapacity = new TreeSet<>(taskOrder);
    apply(spec);
  }

  void apply(QueueSpec spec) {
    this.targetWorkers = spec.targetWorkers();
    this.order = spec.taskOrder();
    this.maxReservedWorkers = spec.maxReservedWorkers();
  }

  boolean admits(WorkerEntry worker) {
    return targetWorkers != null && targetWorkers.evaluate(EvaluationContext.of(worker.attributes));
  }

  TreeSet<WorkerEntry> readyFor(String key) {
    return ready.computeIfAbsent(key, k -> new TreeSet<>(WorkerEntry.LONGEST_IDLE));
  }

  TreeSet<TaskEntry> offerableFor(String key) {
    return offerable.computeIfAbsent(key, k -> new TreeSet<>(taskOrder));
  }

  /** Adds or removes a member's contribution to the skip_if counters. */
  void count(WorkerEntry worker, int delta) {
    if (worker.available) {
      availableMembers += delta;
    }
    membersByActivity.merge(worker.activitySid, delta, Integer::sum);
    membersByActivity.remove(worker.activitySid, 0);
  }
}
