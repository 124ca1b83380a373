package io.taskrouter.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.match.ExpressionAttributeMatcher;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.model.ReservationStatus;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.engine.ReservationLifecycle.CallbackAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seams the outbox plugs into, which HTTP cannot reach until it is connected: the assignment
 * callback handed to the {@link CallbackSink} when a reservation is created, every event handed to
 * it, and the answers coming back as engine commands. Also the Max Assignment Count, whose 1,000
 * rounds are too many for a test through HTTP.
 */
class ReservationSeamsTest {
  private final ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
  private final Engine engine = new Engine(new Store("AC" + "0".repeat(32), 7, new ExpressionAttributeMatcher()), clock);
  private final RecordingSink sink = new RecordingSink();

  /** Copies what it is handed, as an outbox must (the resources change after the call). */
  private static final class RecordingSink implements CallbackSink {
    final List<String> assignments = new ArrayList<>();
    final List<String> eventTypes = new ArrayList<>();

    @Override
    public void assignment(WorkspaceState ws, Reservation reservation, Task task, Worker worker, Workflow workflow) {
      assignments.add(reservation.sid() + " " + task.sid() + " " + worker.friendlyName() + " "
          + workflow.assignmentCallbackUrl());
    }

    @Override
    public void event(WorkspaceState ws, Event event) {
      eventTypes.add(event.type());
    }
  }

  private record Setup(String ws, String task, String jamie, String alex) {}

  @AfterEach
  void stop() {
    engine.close();
  }

  private Setup setUp(Optional<String> callbackUrl, int workers) {
    engine.callbacks(sink);
    return engine.execute(null, store -> {
      WorkspaceState ws = WorkspaceLifecycle.create(store, new WorkspaceLifecycle.NewWorkspace("Seams", null, null,
          false, Optional.of("FIFO"), WorkspaceSetup.TEMPLATE_NONE));
      TaskQueue queue = TaskQueueLifecycle.create(ws, "Sales", TaskQueueLifecycle.QueueSettings.none());
      String configuration = "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + queue.sid + "\"}}}";
      Workflow workflow = WorkflowLifecycle.create(ws, "Sales", configuration,
          WorkflowConfigurationParser.parse(configuration, ws),
          new WorkflowLifecycle.Callbacks(callbackUrl, Optional.empty(), Optional.empty()));
      Activity available = ws.activities.stream().filter(a -> a.available).findFirst().orElseThrow();
      List<String> sids = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        sids.add(WorkerLifecycle.create(ws, new WorkerLifecycle.NewWorker(i == 0 ? "Jamie" : "Alex",
            Optional.of(available), "{}")).sid);
      }
      Task task = TaskLifecycle.create(ws, new TaskLifecycle.NewTask("{}", 3600, 0, ws.taskChannel("default")
          .orElseThrow(), Optional.empty(), Optional.empty(), workflow, null, null));
      return new Setup(ws.sid(), task.sid, sids.get(0), workers > 1 ? sids.get(1) : "");
    });
  }

  private <T> T read(Function<WorkspaceState, T> query, Setup setup) {
    return engine.execute(null, store -> query.apply(store.anyWorkspace(setup.ws()).orElseThrow()));
  }

  private ReservationStatus status(Reservation reservation, Setup setup) {
    return read(ws -> reservation.status, setup);
  }

  private TaskStatus taskStatus(Setup setup) {
    return read(ws -> ws.tasks.find(setup.task()).orElseThrow().status, setup);
  }

  private long eventCount(Setup setup) {
    return read(ws -> ws.events().all().count(), setup);
  }

  private String activityOf(String worker, Setup setup) {
    return read(ws -> ws.workers.find(worker).orElseThrow().activitySid, setup);
  }

  private Reservation pending(Setup setup) {
    return read(ws -> ws.tasks.find(setup.task()).orElseThrow().reservations.stream()
        .filter(r -> r.status == ReservationStatus.PENDING).findFirst().orElseThrow(), setup);
  }

  @Test
  void aReservationOfAWorkflowWithACallbackUrlIsHandedToTheSinkAndItsAnswerApplied() {
    Setup setup = setUp(Optional.of("http://127.0.0.1:9/assign"), 1);
    Reservation reservation = pending(setup);
    assertThat(sink.assignments).containsExactly(reservation.sid + " " + setup.task() + " Jamie "
        + "http://127.0.0.1:9/assign");
    assertThat(sink.eventTypes).contains("task.created", "reservation.created", "worker.created");

    engine.answerAssignment(setup.ws(), reservation.sid, new CallbackAnswer.Later());
    assertThat(status(reservation, setup)).isEqualTo(ReservationStatus.PENDING);
    engine.answerAssignment(setup.ws(), reservation.sid, new CallbackAnswer.Failed("connection refused"));
    assertThat(status(reservation, setup)).isEqualTo(ReservationStatus.PENDING);

    engine.answerAssignment(setup.ws(), reservation.sid, new CallbackAnswer.Accept());
    assertThat(taskStatus(setup)).isEqualTo(TaskStatus.ASSIGNED);
    long events = eventCount(setup);
    // A late answer (here: a second one) finds the reservation answered and changes nothing.
    engine.answerAssignment(setup.ws(), reservation.sid, new CallbackAnswer.Reject(null));
    assertThat(status(reservation, setup)).isEqualTo(ReservationStatus.ACCEPTED);
    assertThat(eventCount(setup)).isEqualTo(events);
  }

  @Test
  void aCallbackRejectionMovesTheWorkerOnlyWhenItNamesAnActivity() {
    Setup setup = setUp(Optional.of("http://127.0.0.1:9/assign"), 2);
    Reservation first = pending(setup);
    // Both became available at the same instant: the first offer goes by SID, the next to the other.
    String other = first.workerSid.equals(setup.jamie()) ? setup.alex() : setup.jamie();
    String availableSid = activityOf(first.workerSid, setup);
    engine.answerAssignment(setup.ws(), first.sid, new CallbackAnswer.Reject(null));
    assertThat(activityOf(first.workerSid, setup)).isEqualTo(availableSid);

    Reservation second = pending(setup);
    assertThat(second.workerSid).as("a rejecting worker comes after the others").isEqualTo(other);
    String offline = read(ws -> ws.workspace.defaultActivitySid, setup).toString();
    engine.answerAssignment(setup.ws(), second.sid, new CallbackAnswer.Reject("WA" + "f".repeat(32)));
    assertThat(status(second, setup)).as("an unknown activity_sid is ignored")
        .isEqualTo(ReservationStatus.PENDING);
    engine.answerAssignment(setup.ws(), second.sid, new CallbackAnswer.Reject(offline));
    assertThat(activityOf(other, setup)).isEqualTo(offline);
  }

  @Test
  void withoutACallbackUrlNothingIsHandedOver() {
    Setup setup = setUp(Optional.empty(), 1);
    pending(setup);
    assertThat(sink.assignments).isEmpty();
  }

  @Test
  void theThousandthUnacceptedReservationCancelsTheTask() {
    Setup setup = setUp(Optional.empty(), 1);
    for (int round = 1; round <= ReservationLifecycle.MAX_RESERVED_MOVES; round++) {
      Reservation reservation = pending(setup);
      boolean last = round == ReservationLifecycle.MAX_RESERVED_MOVES;
      // Each worker rejects into Offline, and a new one comes along to be offered the task next.
      engine.execute(null, store -> {
        WorkspaceState ws = store.anyWorkspace(setup.ws()).orElseThrow();
        Activity offline = ws.activities.find(ws.workspace.defaultActivitySid).orElseThrow();
        ReservationLifecycle.reject(ws, reservation, new ReservationLifecycle.WorkerMove.To(offline));
        if (!last) {
          Activity available = ws.activities.stream().filter(a -> a.available).findFirst().orElseThrow();
          WorkerLifecycle.create(ws, new WorkerLifecycle.NewWorker("W", Optional.of(available), "{}"));
        }
        return null;
      });
      if (!last) {
        assertThat(taskStatus(setup)).isEqualTo(TaskStatus.RESERVED);
      }
    }
    Task task = read(ws -> ws.tasks.find(setup.task()).orElseThrow(), setup);
    assertThat(taskStatus(setup)).isEqualTo(TaskStatus.CANCELED);
    String reason = read(ws -> task.reason, setup);
    assertThat(reason).isEqualTo(ReservationLifecycle.MAX_ASSIGNMENTS_REASON);
    int moves = read(ws -> task.reservedMoves, setup);
    assertThat(moves).isEqualTo(ReservationLifecycle.MAX_RESERVED_MOVES);
  }
}
