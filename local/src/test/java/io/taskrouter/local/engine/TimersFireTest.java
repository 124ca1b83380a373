package io.taskrouter.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.match.ExpressionAttributeMatcher;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.model.ReservationStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Timers fire on time without a request: on the wall clock the scheduler wakes the engine; on a
 * manual clock a move runs every timer then due before it returns. A failing timer is logged and
 * leaves the next command alone.
 */
class TimersFireTest {
  private static final String ACCOUNT = "AC" + "0".repeat(32);

  /** Remembers the events the engine hands to the outbox, from the engine thread. */
  private static final class EventSink implements CallbackSink {
    final List<String> types = new CopyOnWriteArrayList<>();
    final CountDownLatch timedOut = new CountDownLatch(1);

    @Override
    public void assignment(WorkspaceState ws, Reservation reservation, Task task, Worker worker, Workflow workflow) {}

    @Override
    public void event(WorkspaceState ws, Event event) {
      types.add(event.type());
      if (event.type().equals("reservation.timeout")) {
        timedOut.countDown();
      }
    }
  }

  /** A workspace whose only worker is offered a task whose reservation times out after one second. */
  private static String offerWithOneSecondTimeout(Engine engine) {
    return engine.execute(null, store -> {
      WorkspaceState ws = WorkspaceLifecycle.create(store, new WorkspaceLifecycle.NewWorkspace("Timers", null, null,
          false, Optional.of("FIFO"), WorkspaceSetup.TEMPLATE_NONE));
      TaskQueue queue = TaskQueueLifecycle.create(ws, "Sales", TaskQueueLifecycle.QueueSettings.none());
      String configuration = "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + queue.sid + "\"}}}";
      Workflow workflow = WorkflowLifecycle.create(ws, "Sales", configuration,
          WorkflowConfigurationParser.parse(configuration, ws),
          new WorkflowLifecycle.Callbacks(Optional.empty(), Optional.empty(), Optional.of(1)));
      Activity available = ws.activities.stream().filter(a -> a.available).findFirst().orElseThrow();
      WorkerLifecycle.create(ws, new WorkerLifecycle.NewWorker("Jamie", Optional.of(available), "{}"));
      TaskLifecycle.create(ws, new TaskLifecycle.NewTask("{}", 3600, 0, ws.taskChannel("default").orElseThrow(),
          Optional.empty(), Optional.empty(), workflow, null, null));
      return ws.sid();
    });
  }

  private static List<ReservationStatus> statuses(Engine engine, String workspaceSid) {
    return engine.execute(null, store -> store.anyWorkspace(workspaceSid).orElseThrow().reservations.stream()
        .map(r -> r.status).toList());
  }

  @Test
  void onTheWallClockADueTimerRunsWithNoRequest() throws InterruptedException {
    EventSink sink = new EventSink();
    try (Engine engine = new Engine(new Store(ACCOUNT, 3, new ExpressionAttributeMatcher()), Clock.systemUTC())) {
      engine.callbacks(sink);
      String ws = offerWithOneSecondTimeout(engine);
      assertThat(sink.types).contains("reservation.created");
      // No command is sent while waiting: only the scheduler can make the timeout happen.
      assertThat(sink.timedOut.await(10, TimeUnit.SECONDS)).as("reservation.timeout within the liveness bound")
          .isTrue();
      assertThat(statuses(engine, ws)).startsWith(ReservationStatus.TIMEOUT);
    }
  }

  @Test
  void aManualClockMoveRunsEveryDueTimerBeforeItReturns() {
    EventSink sink = new EventSink();
    ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
    try (Engine engine = new Engine(new Store(ACCOUNT, 3, new ExpressionAttributeMatcher()), clock)) {
      engine.callbacks(sink);
      offerWithOneSecondTimeout(engine);
      clock.advance(Duration.ofMillis(999));
      assertThat(sink.types).doesNotContain("reservation.timeout");
      clock.advance(Duration.ofMillis(1));
      assertThat(sink.types).as("seen by the outbox before advance returned, with no request since")
          .contains("reservation.timeout");
    }
  }

  @Test
  void aFailingTimerIsLoggedAndTheTimersAfterItAndTheNextCommandStillRun() {
    ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
    AtomicBoolean laterTimerRan = new AtomicBoolean();
    try (Engine engine = new Engine(new Store(ACCOUNT, 3, new ExpressionAttributeMatcher()), clock)) {
      engine.execute(null, store -> {
        store.schedule(store.now().plusSeconds(1), () -> {
          throw new IllegalStateException("a broken timer");
        });
        store.schedule(store.now().plusSeconds(1), () -> laterTimerRan.set(true));
        return null;
      });
      clock.advanceSeconds(1);
      assertThat(laterTimerRan).as("ran in the same tick, after the failing one").isTrue();
      String answer = engine.execute(null, store -> "answered");
      assertThat(answer).isEqualTo("answered");
    }
  }
}
