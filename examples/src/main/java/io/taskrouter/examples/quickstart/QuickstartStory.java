package io.taskrouter.examples.quickstart;

import io.taskrouter.examples.SeedExamples;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.ActivityStatistic;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.TasksByStatus;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.sdk.model.WorkspaceCumulativeStatistics;
import io.taskrouter.sdk.model.WorkspaceRealTimeStatistics;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The seed's whole story, step by step, with a line of trace per step: the workspace with its
 * activities, the queues, the "Incoming Call Flow" workflow, the workers Jamie and Alex, a support
 * call routed to Sales by the default filter and accepted by Jamie, then a Gold ticket routed by
 * the Gold filter, declined once and accepted by the next worker; then the statistics.
 */
final class QuickstartStory {
  /** A ticket from a Gold customer: the Gold filter's match (the seed's call, a lowercase "gold", is not). */
  static final String GOLD_TICKET = "{\"type\":\"ticket\",\"customer_value\":\"Gold\",\"subject\":\"Invoice missing\"}";

  private final TaskRouter client;
  private final PrintStream out;
  private final Duration patience;
  private final Map<String, String> workerNames;

  /**
   * @param workerNames filled in with each worker the story creates (the desks print names)
   * @param patience how long to wait for routing to act before giving up with a clear message
   */
  QuickstartStory(TaskRouter client, PrintStream out, Duration patience, Map<String, String> workerNames) {
    this.client = client;
    this.out = out;
    this.patience = patience;
    this.workerNames = workerNames;
  }

  /** The facts a test checks: what happened to each task and what the statistics said. */
  record Outcome(String workspaceSid, Task supportCall, Task goldTicket, String goldQueueSid, List<Offer> offers,
      WorkspaceRealTimeStatistics realTime, WorkspaceCumulativeStatistics cumulative) {}

  /**
   * Runs the story.
   *
   * @param desks makes the desk that answers reservations, given the coffee-break activity the
   *     story's decisions use; its callback URL (if any) goes into the workflow
   */
  Outcome run(Function<Decisions, ReservationDesk> desks) {
    Workspace workspace = SeedExamples.createWorkspace(client);
    String ws = workspace.getSid();
    WorkspaceScope scope = client.workspace(ws);
    step("Workspace", ws, workspace.getFriendlyName() + " (FIFO template: Offline, Available, Unavailable)");

    Activity reserved = scope.activities().create(p -> p.friendlyName("Reserved").available(false));
    Activity busy = scope.activities().create(p -> p.friendlyName("Busy").available(false));
    Activity coffeeBreak = SeedExamples.createActivity(client, ws);
    Activity available = activity(scope, "Available");
    step("Activities", "", "Reserved, Busy and " + coffeeBreak.getFriendlyName() + " (not available)");

    TaskQueue sales = SeedExamples.createTaskQueue(client, ws, reserved.getSid(), busy.getSid());
    TaskQueue gold = scope.taskQueues().create(p -> p.friendlyName("Gold Tickets")
        .reservationActivitySid(reserved.getSid()).assignmentActivitySid(busy.getSid())
        .targetWorkers("languages HAS 'EN'"));
    step("TaskQueue", sales.getSid(), "Sales [" + sales.getTargetWorkers() + "], workers Reserved on offer, Busy on accept");
    step("TaskQueue", gold.getSid(), "Gold Tickets [" + gold.getTargetWorkers() + "]");

    try (ReservationDesk desk = desks.apply(new Decisions(coffeeBreak.getSid(), gold.getSid()))) {
      Workflow flow = createWorkflow(scope, gold.getSid(), sales.getSid(), desk.callbackUrl());
      step("Workflow", flow.getSid(), flow.getFriendlyName() + ": Gold tickets to Gold Tickets (priority 2), "
          + "everything else to Sales");
      step("Answers", "", desk.describe());

      Worker jamie = SeedExamples.createWorker(client, ws);
      workerNames.put(jamie.getSid(), "Jamie");
      step("Worker", jamie.getSid(), "Jamie " + jamie.getAttributes() + ", " + jamie.getActivityName());
      scope.workers().update(jamie.getSid(), p -> p.activitySid(available.getSid()));
      step("Worker", jamie.getSid(), "Jamie is now Available");

      Task call = SeedExamples.createTask(client, ws, flow.getSid());
      step("Task", call.getSid(), "support call created, " + call.getAssignmentStatus());
      Task assignedCall = awaitAssigned(scope, desk, call.getSid());
      reportRouting(assignedCall, desk, sales.getSid());
      Task completedCall = complete(scope, assignedCall);
      scope.workers().update(jamie.getSid(), p -> p.activitySid(available.getSid()));
      step("Worker", jamie.getSid(), "Jamie back to Available (after " + busy.getFriendlyName() + ")");

      Worker alex = scope.workers().create(p -> p.friendlyName("Alex")
          .attributes(Map.of("languages", List.of("EN"))).activitySid(available.getSid()));
      workerNames.put(alex.getSid(), "Alex");
      step("Worker", alex.getSid(), "Alex " + alex.getAttributes() + ", Available");

      Task ticket = scope.tasks().create(p -> p.attributes(GOLD_TICKET).workflowSid(flow.getSid()));
      step("Task", ticket.getSid(), "Gold ticket created, " + ticket.getAssignmentStatus());
      Task assignedTicket = awaitAssigned(scope, desk, ticket.getSid());
      reportRouting(assignedTicket, desk, gold.getSid());
      Task completedTicket = complete(scope, assignedTicket);

      WorkspaceRealTimeStatistics now = scope.statistics().realTime();
      WorkspaceCumulativeStatistics total = scope.statistics().cumulative(p -> p.minutes(60));
      printStatistics(now, total);
      return new Outcome(ws, completedCall, completedTicket, gold.getSid(), desk.offers(), now, total);
    }
  }

  private Workflow createWorkflow(WorkspaceScope scope, String goldQueue, String salesQueue,
      @Nullable String callbackUrl) {
    if (callbackUrl != null) {
      return SeedExamples.createWorkflow(client, scope.workspaceSid(), goldQueue, salesQueue, callbackUrl);
    }
    return scope.workflows().create(p -> p.friendlyName("Incoming Call Flow")
        .configuration(SeedExamples.seedConfiguration(goldQueue, salesQueue)));
  }

  /** Waits until routing and the desk have made the task assigned. */
  private Task awaitAssigned(WorkspaceScope scope, ReservationDesk desk, String taskSid) {
    return await("task " + taskSid + " to be assigned", () -> {
      desk.answerPending(scope.workspaceSid(), taskSid);
      Task task = scope.tasks().fetch(taskSid);
      return task.getAssignmentStatus() == TaskStatus.ASSIGNED ? task : null;
    });
  }

  private void reportRouting(Task task, ReservationDesk desk, String expectedQueue) {
    step("  routed", task.getSid(), "to " + task.getTaskQueueFriendlyName() + " with priority " + task.getPriority()
        + (expectedQueue.equals(task.getTaskQueueSid()) ? "" : " (unexpected queue!)"));
    for (Offer offer : desk.offers()) {
      if (offer.taskSid().equals(task.getSid())) {
        step("  offered", offer.reservationSid(), "to " + offer.workerName() + ", answered " + offer.answer());
      }
    }
    step("  assigned", task.getSid(), "assigned");
  }

  private Task complete(WorkspaceScope scope, Task task) {
    Task done = scope.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.COMPLETED).reason("resolved"));
    step("  completed", done.getSid(), String.valueOf(done.getAssignmentStatus()).toLowerCase(java.util.Locale.ROOT));
    return done;
  }

  private void printStatistics(WorkspaceRealTimeStatistics now, WorkspaceCumulativeStatistics total) {
    TasksByStatus byStatus = now.getTasksByStatus();
    StringBuilder activities = new StringBuilder();
    List<ActivityStatistic> perActivity = now.getActivityStatistics();
    for (ActivityStatistic activity : perActivity == null ? List.<ActivityStatistic>of() : perActivity) {
      if (activity.getWorkers() > 0) {
        activities.append(activities.length() == 0 ? "" : ", ").append(activity.getWorkers()).append(' ')
            .append(activity.getFriendlyName());
      }
    }
    step("Real time", "", now.getTotalTasks() + " tasks open"
        + (byStatus == null ? "" : " (" + byStatus.getPending() + " pending, " + byStatus.getAssigned() + " assigned)")
        + "; workers: " + activities);
    step("Last hour", "", total.getTasksCreated() + " tasks created, " + total.getTasksCompleted() + " completed; "
        + total.getReservationsCreated() + " reservations: " + total.getReservationsAccepted() + " accepted, "
        + total.getReservationsRejected() + " rejected; average acceptance " + total.getAvgTaskAcceptanceTime() + " s");
  }

  private static Activity activity(WorkspaceScope scope, String name) {
    for (Activity activity : scope.activities().list(p -> p.friendlyName(name))) {
      return activity;
    }
    throw new IllegalStateException("the workspace has no activity named " + name);
  }

  private <T> T await(String what, Supplier<@Nullable T> probe) {
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("gave up after " + patience.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  private void step(String label, String sid, String text) {
    out.printf("%-11s %-34s %s%n", label, sid, text);
  }
}
