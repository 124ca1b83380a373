package io.taskrouter.local.routing;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The index's record of a waiting task. Its ordering fields (priority, virtual start, queue)
 * change only while it is out of every sorted set.
 */
final class TaskEntry implements TaskOrder.TaskKey {
  RoutingTask task;
  int priority;
  @Nullable QueueEntry queue;
  @Nullable String directWorkerSid;
  @Nullable StepTarget target;
  /** Pending offers out for it. */
  int pending;
  /** Workers that rejected it or let an offer time out: offered again only after the others. */
  private Set<String> declinedBy = Set.of();
  boolean listed;
  boolean dirty;

  TaskEntry(RoutingTask task) {
    this.task = task;
  }

  boolean declinedBy(String workerSid) {
    return !declinedBy.isEmpty() && declinedBy.contains(workerSid);
  }

  void decline(String workerSid) {
    if (declinedBy.isEmpty()) {
      declinedBy = new HashSet<>();
    }
    declinedBy.add(workerSid);
  }

  @Override
  public String sid() {
    return task.sid();
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public Instant virtualStart() {
    return task.virtualStart();
  }

  /** The order of the queue it waits in; a task sent straight to a worker counts as FIFO. */
  TaskOrder kind() {
    return queue == null ? TaskOrder.FIFO : queue.order;
  }

  int offerLimit() {
    return queue == null ? 1 : queue.maxReservedWorkers;
  }
}
