package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.ReservationStatus;
import io.taskrouter.local.model.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reservations: offered by routing ({@link #offer}), answered by the worker (accept, reject), timed
 * out by the clock, and carried along by their task (canceled with it, wrapping up and completing
 * with it). Each operation checks the transition before it changes anything, moves the task and
 * the worker as the service does, and records the service's event.
 *
 * <p>Single-tasking workspaces move the worker into the queue's reservation activity on an offer
 * and its assignment activity on acceptance; multitasking workspaces never move it on their own:
 * the worker's channel capacity gates offers instead, a pending, accepted or wrapping reservation
 * taking one unit of the task's channel until it ends.
 */
public final class ReservationLifecycle {
  /** The Max Assignment Count: how many times a task may go from pending to reserved. */
  public static final int MAX_RESERVED_MOVES = 1000;
  /** The cancel reason the service is seen writing when the Max Assignment Count is reached. */
  public static final String MAX_ASSIGNMENTS_REASON = "Task TTL Exceeded or Max assignment count exceeded";
  /** A task routed without a workflow has no task_reservation_timeout: the workflow default applies. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 120;
  private static final System.Logger LOG = System.getLogger(ReservationLifecycle.class.getName());

  private ReservationLifecycle() {}

  /** Where the worker goes when a pending reservation of theirs is rejected, rescinded or canceled. */
  public sealed interface WorkerMove {
    /** Into this activity (REST WorkerActivitySid, callback activity_sid, the timeout activity). */
    record To(Activity activity) implements WorkerMove {}

    /** Back to the activity it had before the offer moved it (REST reject without WorkerActivitySid). */
    record Back() implements WorkerMove {}

    /** Nowhere (callback reject without activity_sid; an activity change that rejects its reservations). */
    record Stay() implements WorkerMove {}
  }

  /** What an assignment callback's receiver answered, handed back by the outbox. */
  public sealed interface CallbackAnswer {
    record Accept() implements CallbackAnswer {}

    /** {@code activitySid}: the answer's {@code activity_sid}, or null (the worker stays). */
    record Reject(@Nullable String activitySid) implements CallbackAnswer {}

    /** An empty answer: the reservation is answered later through the REST API. */
    record Later() implements CallbackAnswer {}

    /** No usable answer from the callback nor its fallback: the reservation waits for its timeout. */
    record Failed(String why) implements CallbackAnswer {}
  }

  /**
   * Whether {@code worker} can be offered {@code task} now: in an available activity and, in a
   * single-tasking workspace, holding no reservation; in a multitasking one, with the task's
   * channel enabled and capacity left on it (unless the task ignores capacity).
   */
  public static boolean canTake(WorkspaceState ws, Worker worker, Task task) {
    if (!ws.activityAvailable(worker.activitySid)) {
      return false;
    }
    if (Boolean.TRUE.equals(task.ignoreCapacity)) {
      return true; // neither the single-tasking rule nor channel capacity applies
    }
    if (!ws.workspace.multiTaskEnabled) {
      return worker.held.isEmpty();
    }
    WorkerChannel channel = worker.channels.get(task.taskChannelSid);
    if (channel == null || !channel.available) {
      return false;
    }
    return worker.load(task.taskChannelSid) < channel.capacity;
  }

  /**
   * Offers a pending task to {@code workers} at once: one reservation each, the task reserved (one
   * transition for the batch; a task already reserved, offered to more workers of a queue whose
   * max_reserved_workers leaves room, does not move again), each worker moved into the queue's reservation activity
   * (single-tasking), a timeout per reservation after the workflow's task_reservation_timeout, and
   * an assignment callback when the workflow has a URL for it.
   *
   * @throws IllegalArgumentException if the offer does not hold on the current state (a routing
   *     bug); nothing is changed then
   */
  public static List<Reservation> offer(WorkspaceState ws, Task task, List<Worker> workers, @Nullable TaskQueue queue,
      @Nullable Workflow workflow) {
    checkOffer(ws, task, workers);
    if (task.status == TaskStatus.PENDING) { // a reserved task offered to more workers moves once
      task.reservedMoves++;
      task.status = TaskStatus.RESERVED;
      ws.tasks.touch(task, ws.now());
    }
    int timeout = workflow == null ? DEFAULT_TIMEOUT_SECONDS : workflow.taskReservationTimeout;
    Instant due = ws.now().plusSeconds(timeout);
    Activity reservationActivity = ws.workspace.multiTaskEnabled || queue == null
        || queue.reservationActivitySid == null ? null : ws.activities.find(queue.reservationActivitySid).orElse(null);
    List<Reservation> created = new ArrayList<>();
    for (Worker worker : workers) {
      Reservation reservation = new Reservation(ws.store().newSid(Sids.RESERVATION), ws.store().nextSequence(),
          ws.now(), task, worker.sid, queue == null ? null : queue.sid, due);
      ws.reservations.add(reservation);
      task.reservations.add(reservation);
      worker.held.put(reservation.sid, reservation);
      ws.record().reservation("reservation.created", reservation, task, worker,
          "Reservation " + reservation.sid + " created for Worker " + worker.friendlyName);
      if (reservationActivity != null && !reservationActivity.sid.equals(worker.activitySid)) {
        reservation.activityBeforeOffer = worker.activitySid;
        WorkerLifecycle.moveTo(ws, worker, reservationActivity);
      }
      String workspaceSid = ws.sid();
      String reservationSid = reservation.sid;
      ws.store().schedule(due, () -> timeout(ws.store(), workspaceSid, reservationSid));
      created.add(reservation);
    }
    if (workflow != null && workflow.assignmentCallbackUrl != null) {
      for (int i = 0; i < created.size(); i++) {
        ws.store().callbacks().assignment(ws, created.get(i), task, workers.get(i), workflow);
      }
    }
    return created;
  }

  private static void checkOffer(WorkspaceState ws, Task task, List<Worker> workers) {
    if (!task.status.waiting()) {
      throw new IllegalArgumentException("Task " + task.sid + " is " + task.status.wire() + ", not waiting");
    }
    if (workers.isEmpty()) {
      throw new IllegalArgumentException("an offer of Task " + task.sid + " needs at least one worker");
    }
    Set<String> seen = new HashSet<>();
    for (Worker worker : workers) {
      if (!seen.add(worker.sid)) {
        throw new IllegalArgumentException("Worker " + worker.sid + " is offered Task " + task.sid + " twice");
      }
      if (!canTake(ws, worker, task)) {
        throw new IllegalArgumentException("Worker " + worker.sid + " cannot take Task " + task.sid + " now");
      }
    }
  }

  /**
   * The worker takes the task: the reservation accepted, the task assigned, the task's other
   * pending reservations rescinded; the worker moves to {@code workerActivity} if given, else
   * (single-tasking) to the queue's assignment activity.
   */
  public static void accept(WorkspaceState ws, Reservation reservation, @Nullable Activity workerActivity) {
    checkPending(reservation, ReservationStatus.ACCEPTED);
    Task task = taskOf(ws, reservation);
    Worker worker = workerOf(ws, reservation);
    reservation.status = ReservationStatus.ACCEPTED;
    ws.reservations.touch(reservation, ws.now());
    ws.routing().holdAccepted(reservation);
    task.status = TaskStatus.ASSIGNED;
    ws.tasks.touch(task, ws.now());
    ws.record().reservation("reservation.accepted", reservation, task, worker,
        "Reservation " + reservation.sid + " accepted by Worker " + worker.friendlyName);
    for (Reservation other : task.reservations) {
      if (other.status == ReservationStatus.PENDING) {
        end(ws, other, ReservationStatus.RESCINDED, "rescinded", new WorkerMove.Back());
      }
    }
    Activity target = workerActivity != null ? workerActivity : assignmentActivity(ws, reservation);
    if (target != null && !target.sid.equals(worker.activitySid)) {
      WorkerLifecycle.moveTo(ws, worker, target);
    }
  }

  /** The worker declines: the reservation rejected, the worker moved as {@code move} says. */
  public static void reject(WorkspaceState ws, Reservation reservation, WorkerMove move) {
    checkPending(reservation, ReservationStatus.REJECTED);
    end(ws, reservation, ReservationStatus.REJECTED, "rejected", move);
    afterEnded(ws, taskOf(ws, reservation));
  }

  /**
   * An answer from an assignment callback. It races REST updates and the timeout, so a
   * reservation that is gone or no longer pending is left alone (logged), as is an answer naming
   * an activity the workspace does not have.
   */
  public static void answer(Store store, String workspaceSid, String reservationSid, CallbackAnswer answer) {
    WorkspaceState ws = store.anyWorkspace(workspaceSid).orElse(null);
    Reservation reservation = ws == null ? null : ws.reservations.find(reservationSid).orElse(null);
    if (ws == null || reservation == null || reservation.status != ReservationStatus.PENDING) {
      LOG.log(System.Logger.Level.INFO, "assignment answer " + answer + " for Reservation " + reservationSid
          + " ignored: it is " + (reservation == null ? "gone" : reservation.status.wire()));
      return;
    }
    if (answer instanceof CallbackAnswer.Accept) {
      accept(ws, reservation, null);
    } else if (answer instanceof CallbackAnswer.Reject reject) {
      if (reject.activitySid() == null) {
        reject(ws, reservation, new WorkerMove.Stay());
        return;
      }
      Activity activity = ws.activities.find(reject.activitySid()).orElse(null);
      if (activity == null) {
        LOG.log(System.Logger.Level.WARNING, "assignment answer for Reservation " + reservationSid
            + " ignored: activity_sid " + reject.activitySid() + " is not an Activity of " + workspaceSid);
        return;
      }
      reject(ws, reservation, new WorkerMove.To(activity));
    } else if (answer instanceof CallbackAnswer.Failed failed) {
      LOG.log(System.Logger.Level.INFO, "assignment callback for Reservation " + reservationSid + " failed ("
          + failed.why() + "); it waits for an answer or its timeout");
    }
    // Later: nothing to do; the reservation is answered through the REST API or times out.
  }

  /**
   * The reservation's timer: unanswered, it times out and the worker moves to the workspace's
   * timeout activity. A stale timer (the reservation was answered, or is gone) does nothing.
   */
  private static void timeout(Store store, String workspaceSid, String reservationSid) {
    WorkspaceState ws = store.anyWorkspace(workspaceSid).orElse(null);
    Reservation reservation = ws == null ? null : ws.reservations.find(reservationSid).orElse(null);
    if (reservation == null || reservation.status != ReservationStatus.PENDING) {
      return;
    }
    Activity timeoutActivity = ws.workspace.timeoutActivitySid == null ? null
        : ws.activities.find(ws.workspace.timeoutActivitySid).orElse(null);
    end(ws, reservation, ReservationStatus.TIMEOUT, "timeout",
        timeoutActivity == null ? new WorkerMove.Stay() : new WorkerMove.To(timeoutActivity));
    afterEnded(ws, taskOf(ws, reservation));
  }

  /** A worker moving to an unavailable activity with RejectPendingReservations: each pending one rejected. */
  static void rejectPending(WorkspaceState ws, Worker worker) {
    for (Reservation reservation : new ArrayList<>(worker.held.values())) {
      if (reservation.status == ReservationStatus.PENDING) {
        reject(ws, reservation, new WorkerMove.Stay());
      }
    }
  }

  // ---- the task carries its reservations along ------------------------------------------------

  /** Canceled (API, TTL, Max Assignment Count): its pending reservations are canceled. */
  static void taskCanceled(WorkspaceState ws, Task task) {
    for (Reservation reservation : task.reservations) {
      if (reservation.status == ReservationStatus.PENDING) {
        end(ws, reservation, ReservationStatus.CANCELED, "canceled", new WorkerMove.Back());
      }
    }
  }

  static void taskWrapping(WorkspaceState ws, Task task) {
    for (Reservation reservation : task.reservations) {
      if (reservation.status == ReservationStatus.ACCEPTED) {
        reservation.status = ReservationStatus.WRAPPING;
        ws.reservations.touch(reservation, ws.now());
        ws.routing().holdWrapping(reservation);
        ws.record().reservation("reservation.wrapup", reservation, task, workerOf(ws, reservation),
            "Reservation " + reservation.sid + " wrapping up");
      }
    }
  }

  /** Completed: the accepted reservation completes and frees the worker's capacity. */
  static void taskCompleted(WorkspaceState ws, Task task) {
    for (Reservation reservation : task.reservations) {
      if (reservation.status.assigned()) {
        reservation.status = ReservationStatus.COMPLETED;
        ws.reservations.touch(reservation, ws.now());
        Worker worker = workerOf(ws, reservation);
        worker.held.remove(reservation.sid);
        ws.routing().holdEnded(reservation, false);
        ws.record().reservation("reservation.completed", reservation, task, worker,
            "Reservation " + reservation.sid + " completed");
      }
    }
  }

  /**
   * Deleted through the API: pending reservations are canceled first (with their events), then
   * every reservation goes with the task, freeing what it held of its worker.
   */
  static void taskDeleted(WorkspaceState ws, Task task) {
    taskCanceled(ws, task);
    taskRemoved(ws, task);
  }

  /** The task is gone (deleted, or removed 5 minutes after it ended): its reservations go too. */
  static void taskRemoved(WorkspaceState ws, Task task) {
    for (Reservation reservation : task.reservations) {
      ws.workers.find(reservation.workerSid).ifPresent(worker -> {
        if (worker.held.remove(reservation.sid) != null) {
          ws.routing().holdEnded(reservation, false);
        }
      });
      ws.reservations.remove(reservation.sid);
    }
  }

  // ---- shared steps --------------------------------------------------------------------------

  /**
   * The service's refusal of an update of a reservation that is no longer pending; accepting one
   * that another worker's acceptance rescinded is a 410 (the offer is gone).
   */
  private static void checkPending(Reservation reservation, ReservationStatus target) {
    if (reservation.status == ReservationStatus.PENDING) {
      return;
    }
    String message = "Reservation " + reservation.sid + " is already in state [" + reservation.status.wire()
        + "] and cannot be updated to [" + target.wire() + "]";
    if (reservation.status == ReservationStatus.RESCINDED && target == ReservationStatus.ACCEPTED) {
      throw ApiException.gone(message);
    }
    throw ApiException.badRequest(message);
  }

  /** A pending reservation ends unaccepted: it stops holding the worker, who moves as told. */
  private static void end(WorkspaceState ws, Reservation reservation, ReservationStatus status, String what,
      WorkerMove move) {
    Task task = taskOf(ws, reservation);
    Worker worker = workerOf(ws, reservation);
    reservation.status = status;
    ws.reservations.touch(reservation, ws.now());
    worker.held.remove(reservation.sid);
    ws.routing().holdEnded(reservation,
        status == ReservationStatus.REJECTED || status == ReservationStatus.TIMEOUT);
    ws.record().reservation("reservation." + what, reservation, task, worker,
        "Reservation " + reservation.sid + " " + what);
    Activity target = null;
    if (move instanceof WorkerMove.To to) {
      target = to.activity();
    } else if (move instanceof WorkerMove.Back && reservation.activityBeforeOffer != null) {
      target = ws.activities.find(reservation.activityBeforeOffer).orElse(null);
    }
    if (target != null && !target.sid.equals(worker.activitySid)) {
      WorkerLifecycle.moveTo(ws, worker, target);
    }
  }

  /**
   * When every reservation of a reserved task has ended unaccepted, it waits again and is routed
   * again; unless it has used up the Max Assignment Count, which cancels it.
   */
  private static void afterEnded(WorkspaceState ws, Task task) {
    if (task.status != TaskStatus.RESERVED || task.hasPendingReservation()) {
      return;
    }
    if (task.reservedMoves >= MAX_RESERVED_MOVES) {
      TaskLifecycle.cancel(ws, task, MAX_ASSIGNMENTS_REASON);
      return;
    }
    task.status = TaskStatus.PENDING;
    ws.tasks.touch(task, ws.now());
    ws.routing().requeue(task);
  }

  private static @Nullable Activity assignmentActivity(WorkspaceState ws, Reservation reservation) {
    if (ws.workspace.multiTaskEnabled || reservation.taskQueueSid == null) {
      return null;
    }
    return ws.taskQueues.find(reservation.taskQueueSid)
        .flatMap(queue -> Optional.ofNullable(queue.assignmentActivitySid))
        .flatMap(ws.activities::find)
        .orElse(null);
  }

  /** A live reservation's task and worker always exist: deleting either takes or is refused with it. */
  private static Task taskOf(WorkspaceState ws, Reservation reservation) {
    return ws.tasks.find(reservation.taskSid).orElseThrow(() ->
        new IllegalStateException("Reservation " + reservation.sid + " outlived Task " + reservation.taskSid));
  }

  private static Worker workerOf(WorkspaceState ws, Reservation reservation) {
    return ws.workers.find(reservation.workerSid).orElseThrow(() ->
        new IllegalStateException("Reservation " + reservation.sid + " outlived Worker " + reservation.workerSid));
  }
}
