package io.taskrouter.examples;

import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.model.TaskQueueRealTimeStatistics;
import io.taskrouter.sdk.model.WorkspaceCumulativeStatistics;
import io.taskrouter.sdk.model.WorkspaceRealTimeStatistics;
import java.io.PrintStream;
import java.time.OffsetDateTime;

/**
 * The README's examples of reservations and statistics, compiled by the build and run by its
 * tests; the README shows the blocks between the {@code README:} markers.
 */
public final class ReadmeExamples {
  private ReadmeExamples() {}

  /** Accepts every pending reservation of a task. */
  static int acceptPendingReservations(TaskRouter client, String ws, String taskSid) {
    int accepted = 0;
    // README:reservations
    for (TaskReservation reservation : client.workspace(ws).task(taskSid).reservations()
        .list(p -> p.reservationStatus(ReservationStatus.PENDING))) {
      client.workspace(ws).task(taskSid).reservations()
          .update(reservation.getSid(), p -> p.reservationStatus(ReservationStatus.ACCEPTED));
      accepted++;
    }
    // README:end
    return accepted;
  }

  /** Prints what a workspace and one of its queues are doing now and did in the last hour. */
  static WorkspaceRealTimeStatistics printStatistics(TaskRouter client, String ws, String queueSid, PrintStream out) {
    // README:statistics
    WorkspaceRealTimeStatistics now = client.workspace(ws).statistics().realTime();
    out.println(now.getTotalTasks() + " tasks, " + now.getTotalWorkers() + " workers");

    WorkspaceCumulativeStatistics lastHour = client.workspace(ws).statistics()
        .cumulative(p -> p.startDate(OffsetDateTime.now().minusHours(1)).endDate(OffsetDateTime.now()));
    out.println(lastHour.getTasksCreated() + " tasks created, " + lastHour.getTasksCompleted() + " completed");

    TaskQueueRealTimeStatistics queue = client.workspace(ws).taskQueue(queueSid).statistics().realTime();
    out.println(queue.getTotalEligibleWorkers() + " workers can take tasks from this queue");
    // README:end
    return now;
  }
}
