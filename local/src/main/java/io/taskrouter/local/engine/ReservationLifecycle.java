package io.taskrouter.local.engine;

/**
 * Reservations: only routing creates them and moves them through their statuses (accepted,
 * rejected, timeout, ...), which the routing issue adds here. Today the one change is the cascade:
 * a deleted task takes its reservations with it.
 */
public final class ReservationLifecycle {
  private ReservationLifecycle() {}

  static void removeForTask(WorkspaceState ws, Task task) {
    ws.reservations.stream().filter(r -> r.taskSid.equals(task.sid)).map(r -> r.sid).toList()
        .forEach(ws.reservations::remove);
  }
}
