package io.taskrouter.androidcheck;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * A small app, shrunk and obfuscated by R8 in the test, that then runs the seed's calls against a
 * server: a workspace from the FIFO template, a worker, a task routed by the template's workflow,
 * paging, an API error and an asynchronous call. It prints one line per result, which the test
 * checks.
 */
public final class ShrunkApp {
  private ShrunkApp() {}

  /** @param args the server's base URL and account SID */
  public static void main(String[] args) throws Exception {
    try (TaskRouter client = TaskRouter.builder().credentials(args[1], "local-token").baseUrl(args[0]).build()) {
      Workspace workspace = client.workspaces().create(p -> p.friendlyName("Shrunk").template("FIFO"));
      WorkspaceScope ws = client.workspace(workspace.getSid());
      Worker worker = ws.workers().create(p -> p.friendlyName("alice")
          .attributes(Collections.singletonMap("languages", Collections.singletonList("en"))));
      TaskQueue queue = ws.taskQueues().list().toList().get(0);
      Workflow workflow = ws.workflows().list().toList().get(0);
      for (int i = 0; i < 3; i++) {
        ws.tasks().create(p -> p.workflowSid(workflow.getSid()).attributes(Collections.singletonMap("type", "ticket")));
      }
      Task task = ws.tasks().create(p -> p.workflowSid(workflow.getSid())
          .attributes(Collections.singletonMap("customer_value", "gold")));
      System.out.println("workspace " + workspace.getSid());
      System.out.println("worker " + worker.getFriendlyName() + " " + worker.getSid());
      System.out.println("queue " + queue.getSid());
      System.out.println("task " + task.getSid() + " " + task.getAssignmentStatusValue() + " "
          + task.getAttributesAsMap().get("customer_value"));
      System.out.println("listed " + ws.tasks().list(p -> p.pageSize(2L)).stream().count());
      try {
        ws.tasks().fetch("WT00000000000000000000000000000000");
      } catch (NotFoundException e) {
        // The code comes from the error body's adapter, the operation's id from the @OperationInfo
        // annotation on the Retrofit method: both must survive R8.
        System.out.println("error " + e.status() + " " + e.code() + " " + e.getClass().getSimpleName() + " "
            + e.operation());
      }
      Task fetched = ws.tasks().fetchAsync(task.getSid()).get(10, TimeUnit.SECONDS);
      System.out.println("async " + fetched.getSid().equals(task.getSid()) + " " + fetched.getETag());
    }
  }
}
