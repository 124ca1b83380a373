package io.taskrouter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Workspace;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "use the local server in tests" example, as a test of its own. */
class LocalServerInTestsTest {
  @RegisterExtension
  static TaskRouterLocalExtension taskRouter = TaskRouterLocalExtension.withManualClock("2026-11-24T15:00:00Z");

  @Test
  void aTaskWhoseTtlRunsOutIsCanceled() {
    try (TaskRouter client = TaskRouter.builder()
        .credentials(taskRouter.server().accountSid(), "any-token")
        .baseUrl(taskRouter.baseUrl())
        .build()) {
      Workspace ws = client.workspaces().create(p -> p.friendlyName("Test").template("FIFO"));
      Task task = client.workspace(ws.getSid()).tasks().create(p -> p.attributes("{\"type\":\"ticket\"}").timeout(3600));
      assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
      assertThat(task.getWorkflowFriendlyName()).isEqualTo("Default Fifo Workflow");

      taskRouter.clock().advance(Duration.ofSeconds(3601));   // canceled tasks are removed 5 minutes later

      Task later = client.workspace(ws.getSid()).tasks().fetch(task.getSid());
      assertThat(later.getAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
      assertThat(later.getReason()).isEqualTo("Task TTL Exceeded");
    }
  }

  @Test
  void eachTestStartsFromAnEmptyServer() {
    try (TaskRouter client = TaskRouter.builder()
        .credentials(taskRouter.server().accountSid(), "any-token")
        .baseUrl(taskRouter.baseUrl())
        .build()) {
      assertThat(client.workspaces().list().toList()).isEmpty();
      client.workspaces().create(p -> p.friendlyName("Left behind"));
    }
  }
}
