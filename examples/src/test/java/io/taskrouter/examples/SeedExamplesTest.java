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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Every snippet the README shows is the compiled one in SeedExamples, to the character. */
  @Test
  void theReadmeShowsTheCompiledSnippets() throws IOException {
    String readme = Files.readString(repositoryRoot().resolve("README.md"));
    String source = Files.readString(repositoryRoot().resolve(
        "examples/src/main/java/io/taskrouter/examples/SeedExamples.java"))
        + Files.readString(repositoryRoot().resolve("examples/src/main/java/io/taskrouter/examples/ReadmeExamples.java"))
        + Files.readString(repositoryRoot().resolve("examples/src/main/java/io/taskrouter/examples/WebhookExamples.java"));
    Matcher snippet = Pattern.compile("// README:([a-z-]+)\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
    List<String> names = new ArrayList<>();
    while (snippet.find()) {
      names.add(snippet.group(1));
      assertThat(readme).as("README shows the %s snippet", snippet.group(1)).contains(dedent(snippet.group(2)));
    }
    assertThat(names).contains("workspace", "workflow", "workflow-typed", "activity", "worker", "taskqueue", "task",
        "reservations", "statistics", "webhook-handler", "webhook-instruction", "worker-token");
  }

  private static String dedent(String block) {
    String[] lines = block.split("\n");
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static Path repositoryRoot() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("examples")) ? here : here.getParent();
  }
}
