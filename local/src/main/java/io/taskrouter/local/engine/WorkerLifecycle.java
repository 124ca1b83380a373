package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Workers: created in an activity (the workspace's default unless named) with one channel per task
 * channel; renamed, given new attributes, moved between activities; deleted when no reservation
 * holds them.
 *
 * <p>A worker with pending reservations moves to an unavailable activity only with
 * {@code RejectPendingReservations=true}, which rejects them (the worker then goes where the
 * update says); without it the update is refused. The service's guidance implies that refusal
 * (its exact error is not documented). Between available activities the reservations stay.
 */
public final class WorkerLifecycle {
  private WorkerLifecycle() {}

  public record NewWorker(String friendlyName, Optional<Activity> activity, String attributes) {}

  /** Each field changes only when present. */
  public record WorkerChanges(Optional<String> friendlyName, Optional<Activity> activity,
      Optional<String> attributes, boolean rejectPendingReservations) {}

  public static Worker create(WorkspaceState ws, NewWorker spec) {
    String activitySid = spec.activity().map(a -> a.sid).orElse(ws.workspace.defaultActivitySid);
    if (activitySid == null) {
      throw ApiException.badRequest("Invalid parameter ActivitySid: is required: the workspace has no default activity");
    }
    Worker worker = new Worker(ws.store().newSid(Sids.WORKER), ws.store().nextSequence(), ws.now(), ws.sid(),
        spec.friendlyName(), activitySid, spec.attributes());
    ws.workers.add(worker);
    for (TaskChannel channel : ws.taskChannels.list()) {
      WorkerChannelLifecycle.open(ws, worker, channel);
    }
    ws.record().worker("worker.created", worker, "Worker " + worker.friendlyName + " created", Map.of());
    ws.routing().worker(worker);
    return worker;
  }

  /** Rejecting pending reservations only makes sense when the worker becomes unavailable. */
  public static void checkUpdate(WorkerChanges changes) {
    if (changes.rejectPendingReservations() && changes.activity().map(a -> a.available).orElse(true)) {
      throw ApiException.badRequest("Invalid parameter RejectPendingReservations: is only valid with an ActivitySid"
          + " of an unavailable activity");
    }
  }

  public static void update(WorkspaceState ws, Worker worker, WorkerChanges changes) {
    checkUpdate(changes);
    boolean becomesUnavailable = changes.activity()
        .filter(a -> !a.sid.equals(worker.activitySid) && !a.available).isPresent();
    if (becomesUnavailable && worker.hasPendingReservations()) {
      if (!changes.rejectPendingReservations()) {
        throw ApiException.badRequest("Worker " + worker.sid + " has pending Reservations: to move it to the "
            + "unavailable Activity " + changes.activity().get().friendlyName + " send RejectPendingReservations=true"
            + " (or answer them first)");
      }
      ReservationLifecycle.rejectPending(ws, worker);
    }
    changes.friendlyName().ifPresent(n -> worker.friendlyName = n);
    ws.workers.touch(worker, ws.now());
    changes.attributes().filter(a -> !a.equals(worker.attributes)).ifPresent(a -> {
      worker.attributes = a;
      ws.record().worker("worker.attributes.update", worker, "Worker " + worker.friendlyName + " attributes updated",
          Map.of());
    });
    changes.activity().filter(a -> !a.sid.equals(worker.activitySid)).ifPresent(a -> changeActivity(ws, worker, a));
    ws.routing().worker(worker);
  }

  public static void delete(WorkspaceState ws, Worker worker) {
    ReferenceGuard.checkWorkerDeletable(ws, worker);
    ws.workers.remove(worker.sid);
    ws.routing().workerRemoved(worker.sid);
    ws.record().worker("worker.deleted", worker, "Worker " + worker.friendlyName + " deleted", Map.of());
  }

  /** Routing moving the worker (reservation, assignment and timeout activities): a change of the worker. */
  static void moveTo(WorkspaceState ws, Worker worker, Activity activity) {
    ws.workers.touch(worker, ws.now());
    changeActivity(ws, worker, activity);
  }

  /** The event carries the time spent in the previous activity: worker statistics are computed from it. */
  private static void changeActivity(WorkspaceState ws, Worker worker, Activity activity) {
    String previous = worker.activitySid;
    Duration inPrevious = Duration.between(worker.dateStatusChanged, ws.now());
    worker.activitySid = activity.sid;
    worker.dateStatusChanged = ws.now();
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("worker_previous_activity_sid", previous);
    extra.put("worker_time_in_previous_activity", Long.toString(inPrevious.getSeconds()));
    extra.put("worker_time_in_previous_activity_ms", Long.toString(inPrevious.toMillis()));
    ws.record().worker("worker.activity.update", worker, "Worker " + worker.friendlyName + " updated to "
        + activity.friendlyName + " Activity", extra);
    ws.routing().worker(worker);
  }
}
