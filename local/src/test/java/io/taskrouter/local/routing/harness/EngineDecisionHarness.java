package io.taskrouter.local.routing.harness;

import io.taskrouter.local.clock.ManualClock;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.engine.ReservationLifecycle;
import io.taskrouter.local.engine.Store;
import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.TaskLifecycle;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.TaskQueueLifecycle;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkflowConfigurationParser;
import io.taskrouter.local.engine.WorkflowLifecycle;
import io.taskrouter.local.engine.WorkerLifecycle;
import io.taskrouter.local.engine.WorkspaceLifecycle;
import io.taskrouter.local.engine.WorkspaceSetup;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.match.ExpressionAttributeMatcher;
import io.taskrouter.local.model.TaskStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * The routing core as the engine drives it (no HTTP): each cycle is one engine command that
 * creates a task (routed through its workflow, offered to the one free worker of its queue at
 * settle), then one that accepts the reservation and completes the task. Run with 0, 10,000 and
 * 50,000 extra workers in a queue no task goes to: the cost per cycle must stay flat. Not part of
 * the build; see README.md.
 */
public final class EngineDecisionHarness {
  private EngineDecisionHarness() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    for (int extra : new int[] {0, 10_000, 50_000}) {
      double[] rates = new double[5];
      ManualClock clock = ManualClock.at("2026-11-24T15:00:00Z");
      try (Engine engine = new Engine(new Store("AC" + "0".repeat(32), 1, new ExpressionAttributeMatcher()), clock)) {
        Setup setup = setUp(engine, extra);
        run(engine, setup, (long) (seconds * 1e9)); // warm-up
        for (int i = 0; i < rates.length; i++) {
          rates[i] = run(engine, setup, (long) (seconds * 1e9));
        }
      }
      Arrays.sort(rates);
      System.out.printf("extra workers %,7d: %,10.0f cycles/s (median of 5)%n", extra, rates[2]);
    }
  }

  private record Setup(String workspaceSid, String workflowSid) {}

  private static Setup setUp(Engine engine, int extraWorkers) {
    return engine.execute(null, store -> {
      WorkspaceState ws = WorkspaceLifecycle.create(store, new WorkspaceLifecycle.NewWorkspace("Harness", null, null,
          false, Optional.of("FIFO"), WorkspaceSetup.TEMPLATE_NONE));
      TaskQueue sales = TaskQueueLifecycle.create(ws, "Sales", new TaskQueueLifecycle.QueueSettings(
          Optional.of("team == 'sales'"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      TaskQueueLifecycle.create(ws, "Other", new TaskQueueLifecycle.QueueSettings(
          Optional.of("team == 'other'"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      String configuration = "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + sales.sid() + "\"}}}";
      Workflow workflow = WorkflowLifecycle.create(ws, "Sales", configuration,
          WorkflowConfigurationParser.parse(configuration, ws), WorkflowLifecycle.Callbacks.none());
      Activity available = ws.activities.stream().filter(Activity::available).findFirst().orElseThrow();
      WorkerLifecycle.create(ws, new WorkerLifecycle.NewWorker("Seller", Optional.of(available),
          "{\"team\":\"sales\"}"));
      for (int i = 0; i < extraWorkers; i++) {
        WorkerLifecycle.create(ws, new WorkerLifecycle.NewWorker("Other " + i, Optional.of(available),
            "{\"team\":\"other\"}"));
      }
      return new Setup(ws.sid(), workflow.sid());
    });
  }

  /** Cycles per second for {@code nanos}. */
  private static double run(Engine engine, Setup setup, long nanos) {
    long start = System.nanoTime();
    long cycles = 0;
    while (System.nanoTime() - start < nanos) {
      String taskSid = engine.execute(null, store -> {
        WorkspaceState ws = store.workspace(setup.workspaceSid()).orElseThrow();
        Workflow workflow = ws.workflows.find(setup.workflowSid()).orElseThrow();
        return TaskLifecycle.create(ws, new TaskLifecycle.NewTask("{}", 3600, 0,
            ws.taskChannel("default").orElseThrow(), Optional.empty(), Optional.empty(), workflow, null, null)).sid();
      });
      engine.execute(null, store -> {
        WorkspaceState ws = store.workspace(setup.workspaceSid()).orElseThrow();
        Task task = ws.tasks.find(taskSid).orElseThrow();
        Reservation offer = task.reservations().get(0);
        ReservationLifecycle.accept(ws, offer, null);
        TaskLifecycle.update(ws, task, TaskLifecycle.TaskChanges.status(TaskStatus.COMPLETED, null));
        return null;
      });
      cycles++;
    }
    return cycles / ((System.nanoTime() - start) / 1e9);
  }
}
