package io.taskrouter.examples;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import java.io.PrintStream;

/**
 * The quickstart: the seed's story, from a workspace to a task, against the local TaskRouter
 * server (no account, no network), or against the real service when TASKROUTER_ACCOUNT_SID and
 * TASKROUTER_AUTH_TOKEN are set.
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    String accountSid = System.getenv("TASKROUTER_ACCOUNT_SID");
    String authToken = System.getenv("TASKROUTER_AUTH_TOKEN");
    if (accountSid != null && authToken != null) {
      System.out.println("Using the real TaskRouter service with account " + accountSid.substring(0, 6) + "...");
      try (TaskRouter client = TaskRouter.builder().credentials(accountSid, authToken).build()) {
        run(client, System.out);
      }
      return;
    }
    try (TaskRouterLocal server = TaskRouterLocal.start()) {
      System.out.println("Started a local TaskRouter server at " + server.baseUrl());
      try (TaskRouter client = TaskRouter.builder()
          .credentials(server.accountSid(), "local-token")
          .baseUrl(server.baseUrl())
          .build()) {
        run(client, System.out);
      }
    }
  }

  /** Runs the story and returns the task; prints each step. */
  static Task run(TaskRouter client, PrintStream out) {
    Workspace workspace = SeedExamples.createWorkspace(client);
    out.println("Workspace   " + workspace.getSid() + "  " + workspace.getFriendlyName());
    String ws = workspace.getSid();

    Activity coffeeBreak = SeedExamples.createActivity(client, ws);
    out.println("Activity    " + coffeeBreak.getSid() + "  " + coffeeBreak.getFriendlyName()
        + " (available: " + coffeeBreak.getAvailable() + ")");

    Worker jamie = SeedExamples.createWorker(client, ws);
    out.println("Worker      " + jamie.getSid() + "  " + jamie.getFriendlyName() + " " + jamie.getAttributes());

    TaskQueue sales = SeedExamples.createTaskQueue(client, ws, coffeeBreak.getSid(), coffeeBreak.getSid());
    out.println("TaskQueue   " + sales.getSid() + "  " + sales.getFriendlyName() + " [" + sales.getTargetWorkers() + "]");

    Workflow workflow = SeedExamples.createWorkflow(client, ws, sales.getSid(), sales.getSid());
    out.println("Workflow    " + workflow.getSid() + "  " + workflow.getFriendlyName());

    Task task = SeedExamples.createTask(client, ws, workflow.getSid());
    out.println("Task        " + task.getSid() + "  " + task.getAssignmentStatus() + " in "
        + task.getTaskQueueFriendlyName());
    return task;
  }
}
