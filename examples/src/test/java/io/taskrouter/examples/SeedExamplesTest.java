package io.taskrouter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's seed examples and snippets, run against the local server. */
class SeedExamplesTest {
  private TaskRouterLocal server;
  private TaskRouter client;

  @BeforeEach
  void start() {
    server = TaskRouterLocal.start();
    client = TaskRouter.builder().credentials(server.accountSid(), "local-token").baseUrl(server.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void theFifoTemplateGivesAQueueAndAWorkflowAndTheTypedConfigurationIsAccepted() {
    String ws = SeedExamples.createWorkspace(client).getSid();
    String queue = client.workspace(ws).taskQueues().list().toList().get(0).getSid();

    var workflow = SeedExamples.createWorkflowTyped(client, ws, queue, queue);

    assertThat(client.workspace(ws).workflows().fetch(workflow.getSid()).getConfiguration())
        .contains("\"filter_friendly_name\":\"Gold Tickets\"");
  }

  @Test
  void theStatisticsExampleReportsWhatTheServerHolds() {
    Task task = seedTask();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    var now = ReadmeExamples.printStatistics(client, task.getWorkspaceSid(), task.getTaskQueueSid(),
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(now.getTotalTasks()).isEqualTo(1);
    assertThat(now.getTotalWorkers()).isEqualTo(1);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("1 tasks, 1 workers").contains("1 tasks created");
  }

  @Test
  void theReservationsExampleAcceptsWhatIsPending() {
    Task task = seedTask();
    String ws = task.getWorkspaceSid();
    String available = client.workspace(ws).activities().list(p -> p.friendlyName("Available")).toList().get(0).getSid();
    client.workspace(ws).workers().list().forEach(w -> client.workspace(ws).workers().update(w.getSid(),
        p -> p.activitySid(available)));

    assertThat(ReadmeExamples.acceptPendingReservations(client, ws, task.getSid())).isEqualTo(1);
    assertThat(client.workspace(ws).tasks().fetch(task.getSid()).getAssignmentStatus()).isEqualTo(TaskStatus.ASSIGNED);
  }

  /** The seed's calls in order: a workspace, an activity, a worker, a queue, a workflow, a task. */
  private Task seedTask() {
    String ws = SeedExamples.createWorkspace(client).getSid();
    String coffeeBreak = SeedExamples.createActivity(client, ws).getSid();
    SeedExamples.createWorker(client, ws);
    String sales = SeedExamples.createTaskQueue(client, ws, coffeeBreak, coffeeBreak).getSid();
    String flow = SeedExamples.createWorkflow(client, ws, sales, sales, "http://127.0.0.1:9/callback").getSid();
    return SeedExamples.createTask(client, ws, flow);
  }

  /** Every snippet the README shows is the compiled one, to the character. */
  @Test
  void theReadmeShowsTheCompiledSnippets() throws IOException {
    Map<String, String> snippets = ReadmeSnippets.inMainSources();
    assertThat(snippets).containsKeys("workspace", "workflow", "workflow-typed", "activity", "worker", "taskqueue",
        "task", "reservations", "statistics", "webhook-handler", "webhook-instruction", "worker-token");
    ReadmeSnippets.assertReadmeShowsAll(snippets);
  }
}
