package io.taskrouter.local.api;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.engine.ReservationLifecycle;
import io.taskrouter.local.engine.ReservationLifecycle.WorkerMove;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reservations, seen from a task or from a worker. Only routing creates them; an update answers a
 * pending one ({@code ReservationStatus} accepted or rejected, or an {@code Instruction}), and is
 * refused as the service refuses it once the reservation is no longer pending.
 *
 * <p>Instructions without telephony: {@code accept} and {@code reject} do what they say;
 * {@code conference} and {@code dequeue} accept (the call they would set up is taken as
 * connected); {@code call} and {@code redirect} accept when {@code CallAccept} /
 * {@code RedirectAccept} is true, and are refused otherwise, as only the call's own TwiML would
 * then answer the reservation and the server places no calls. Their telephony parameters are
 * ignored.
 */
final class ReservationHandlers {
  private static final String[] INSTRUCTIONS = {"accept", "reject", "dequeue", "call", "redirect", "conference"};
  private static final String[] STATUSES =
      {"pending", "accepted", "rejected", "timeout", "canceled", "rescinded", "wrapping", "completed"};

  /** The two places reservations are reached from. */
  private enum Scope {
    TASK("Tasks", "TaskSid", Sids.TASK, "Task"),
    WORKER("Workers", "WorkerSid", Sids.WORKER, "Worker");

    final String segment;
    final String param;
    final String prefix;
    final String noun;

    Scope(String segment, String param, String prefix, String noun) {
      this.segment = segment;
      this.param = param;
      this.prefix = prefix;
      this.noun = noun;
    }

    /** Checks the parent exists (404 otherwise) and selects its reservations. */
    Predicate<Reservation> owner(Call call, WorkspaceState ws) {
      String sid = call.pathSid(param, prefix);
      if (this == TASK) {
        call.found(ws.tasks.find(sid));
      } else {
        call.found(ws.workers.find(sid));
      }
      return r -> sid.equals(this == TASK ? r.taskSid() : r.workerSid());
    }
  }

  private ReservationHandlers() {}

  static void register(Registry registry) {
    for (Scope scope : Scope.values()) {
      String collection = "/v1/Workspaces/{WorkspaceSid}/" + scope.segment + "/{" + scope.param + "}/Reservations";
      registry.register("GET", collection, "List" + scope.noun + "Reservation", call -> list(call, scope));
      registry.register("GET", collection + "/{Sid}", "Fetch" + scope.noun + "Reservation", call -> {
        WorkspaceState ws = call.workspace();
        Reservation reservation = find(call, ws, scope);
        return ApiResponse.ok(call.render().reservation(ws, reservation, scope == Scope.WORKER))
            .withETag(reservation.revision());
      });
      registry.register("POST", collection + "/{Sid}", "Update" + scope.noun + "Reservation",
          call -> update(call, scope));
    }
  }

  private static ApiResponse list(Call call, Scope scope) {
    WorkspaceState ws = call.workspace();
    Predicate<Reservation> owner = scope.owner(call, ws);
    Optional<String> status = call.query().oneOf("ReservationStatus", STATUSES);
    Optional<String> workerSid = scope == Scope.TASK ? call.query().sid("WorkerSid", Sids.WORKER) : Optional.empty();
    return ApiResponse.ok(ListPage.render(call, "reservations", ws.reservations.stream()
            .filter(owner)
            .filter(r -> status.isEmpty() || r.status().wire().equals(status.get()))
            .filter(r -> workerSid.isEmpty() || r.workerSid().equals(workerSid.get())),
        ListOrder.creation(),
        r -> call.render().reservation(ws, r, scope == Scope.WORKER)))
        .withETag(ws.reservations.version());
  }

  private static ApiResponse update(Call call, Scope scope) {
    WorkspaceState ws = call.workspace();
    Reservation reservation = find(call, ws, scope);
    Params form = call.form();
    Optional<Answer> answer = answer(form);
    Optional<Activity> activity = References.activity(form, "WorkerActivitySid", ws);
    call.checkIfMatch(reservation);
    answer.ifPresent(a -> {
      if (a == Answer.ACCEPT) {
        ReservationLifecycle.accept(ws, reservation, activity.orElse(null));
      } else {
        ReservationLifecycle.reject(ws, reservation, activity.<WorkerMove>map(WorkerMove.To::new)
            .orElseGet(WorkerMove.Back::new));
      }
    });
    return ApiResponse.ok(call.render().reservation(ws, reservation, scope == Scope.WORKER))
        .withETag(reservation.revision());
  }

  private enum Answer { ACCEPT, REJECT }

  /** What the update asks for: from ReservationStatus or Instruction (they must agree), if either is given. */
  private static Optional<Answer> answer(Params form) {
    Optional<Answer> byStatus = form.oneOf("ReservationStatus", STATUSES).map(status -> switch (status) {
      case "accepted" -> Answer.ACCEPT;
      case "rejected" -> Answer.REJECT;
      default -> throw Params.invalid("ReservationStatus", "a reservation can only be set to accepted or rejected"
          + ", got '" + status + "'" + (status.equals("wrapping") || status.equals("completed")
          ? "; wrap up or complete its Task (AssignmentStatus) instead" : ""));
    });
    Optional<Answer> byInstruction = form.oneOf("Instruction", INSTRUCTIONS).map(instruction -> switch (instruction) {
      case "accept", "conference", "dequeue" -> Answer.ACCEPT;
      case "reject" -> Answer.REJECT;
      case "call" -> acceptOnlyIf(form, "CallAccept", instruction);
      default -> acceptOnlyIf(form, "RedirectAccept", instruction);
    });
    if (byStatus.isPresent() && byInstruction.isPresent() && byStatus.get() != byInstruction.get()) {
      throw Params.invalid("Instruction", "contradicts ReservationStatus; send one of them");
    }
    return byStatus.or(() -> byInstruction);
  }

  private static Answer acceptOnlyIf(Params form, String flag, String instruction) {
    if (form.bool(flag).orElse(false)) {
      return Answer.ACCEPT;
    }
    throw Params.invalid("Instruction", instruction + " without " + flag + "=true leaves the reservation to the call's"
        + " TwiML, and the local server places no calls; send " + flag + "=true to accept it");
  }

  private static Reservation find(Call call, WorkspaceState ws, Scope scope) {
    Predicate<Reservation> owner = scope.owner(call, ws);
    String sid = call.pathSid("Sid", Sids.RESERVATION);
    return call.found(ws.reservations.find(sid).filter(owner));
  }
}
