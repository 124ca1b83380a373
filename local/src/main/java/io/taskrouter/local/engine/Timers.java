package io.taskrouter.local.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Work the engine owes at a given instant (a task's TTL, removing finished tasks, a reservation's
 * timeout). Nothing runs on its own thread: before each command
 * the engine runs every timer due by the clock's current time, in due order, each seeing its own
 * due instant as "now". So a test that moves the clock sees exactly the state the service would
 * have reached, and the result never depends on thread timing.
 *
 * <p>Actions must re-check what they act on (the task may be gone or changed): timers are never
 * cancelled, they just find nothing to do.
 */
public final class Timers {
  private record Timer(Instant due, long order, Consumer<Instant> action) {}

  private final PriorityQueue<Timer> queue = new PriorityQueue<>(
      Comparator.comparing(Timer::due).thenComparingLong(Timer::order));
  private long scheduled;

  public void schedule(Instant due, Consumer<Instant> action) {
    queue.add(new Timer(due, scheduled++, action));
  }

  /** Runs every timer due at or before {@code now}, including ones scheduled by those timers. */
  void runDue(Instant now) {
    while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
      Timer timer = queue.poll();
      timer.action().accept(timer.due());
    }
  }

  /** When the next timer is due, or null when none is waiting. */
  @Nullable Instant nextDue() {
    Timer next = queue.peek();
    return next == null ? null : next.due();
  }

  void clear() {
    queue.clear();
  }
}
