package io.taskrouter.local.routing;

import java.util.Comparator;
import java.util.Locale;

/**
 * A queue's {@code task_order}, and the workspace's {@code prioritize_queue_order}.
 *
 * <p>FIFO: higher priority first, then the oldest {@code virtual_start_time}. LIFO: the newest
 * {@code virtual_start_time} first, priority not considered: the service's queue-ordering page says
 * LIFO ordering, unlike FIFO, does not look at task priority. Ties end at the task SID.
 */
public enum TaskOrder {
  FIFO(
      Comparator.comparingInt((TaskKey key) -> -key.priority())
          .thenComparing(TaskKey::virtualStart)
          .thenComparing(TaskKey::sid)),
  LIFO(
      Comparator.comparing(TaskKey::virtualStart, Comparator.reverseOrder())
          .thenComparing(TaskKey::sid));

  private final Comparator<TaskKey> order;

  TaskOrder(Comparator<TaskKey> order) {
    this.order = order;
  }

  /** Which of two tasks of a queue with this order is offered first (negative: {@code a}). */
  int compare(TaskKey a, TaskKey b) {
    return order.compare(a, b);
  }

  /** {@code FIFO} or {@code LIFO}, any case. */
  public static TaskOrder parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "task order must be FIFO or LIFO, but was '" + text + "'", e);
    }
  }

  /** What queue ordering looks at. */
  interface TaskKey {
    String sid();

    int priority();

    java.time.Instant virtualStart();
  }
}
