package io.taskrouter.examples.quickstart;

import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers reservations through the REST API, for when TaskRouter cannot reach a callback
 * endpoint (the real service without a public URL): each pending reservation of the task is
 * accepted, or rejected with the worker's new activity, by updating it.
 */
final class RestDesk implements ReservationDesk {
  private final TaskRouter client;
  private final Decisions decisions;
  private final Map<String, String> workerNames;
  private final List<Offer> offers = new ArrayList<>();

  RestDesk(TaskRouter client, Decisions decisions, Map<String, String> workerNames) {
    this.client = client;
    this.decisions = decisions;
    this.workerNames = workerNames;
  }

  @Override
  public String callbackUrl() {
    return null;
  }

  @Override
  public String describe() {
    return "reservations answered through the REST API (no callback URL the service can reach)";
  }

  @Override
  public void answerPending(String workspaceSid, String taskSid) {
    Task task = client.workspace(workspaceSid).tasks().fetch(taskSid);
    for (TaskReservation reservation : client.workspace(workspaceSid).task(taskSid).reservations()
        .list(p -> p.reservationStatus(ReservationStatus.PENDING))) {
      AssignmentInstruction answer = decisions.decide(taskSid, task.getTaskQueueSid());
      String workerSid = reservation.getWorkerSid();
      if ("reject".equals(answer.getInstruction())) {
        String activity = String.valueOf(answer.toMap().get("activity_sid"));
        client.workspace(workspaceSid).task(taskSid).reservations().update(reservation.getSid(),
            p -> p.reservationStatus(ReservationStatus.REJECTED).workerActivitySid(activity));
      } else {
        client.workspace(workspaceSid).task(taskSid).reservations().update(reservation.getSid(),
            p -> p.reservationStatus(ReservationStatus.ACCEPTED));
      }
      offers.add(new Offer(reservation.getSid(), taskSid, workerSid, workerNames.getOrDefault(workerSid, workerSid),
          answer.toJson()));
    }
  }

  @Override
  public List<Offer> offers() {
    return new ArrayList<>(offers);
  }

  @Override
  public void close() {
    // Nothing to release: the client belongs to the caller.
  }
}
