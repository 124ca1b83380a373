package io.taskrouter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.local.junit.TaskRouterLocalHandle;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Workspace;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's "use the local server in tests" example, as a test of its own; the README shows
 * the blocks between the {@code README:} markers (checked by {@link #theReadmeShowsThisExample}).
 */
class LocalServerInTestsTest {
  // README:local-server-test
  @RegisterExtension
  static TaskRouterLocalExtension taskRouter = TaskRouterLocalExtension.newInstance()
      .manualClock("2026-11-24T15:00:00Z")
      .build();

  @Test
  void aTaskWhoseTtlRunsOutIsCanceled(TaskRouterLocalHandle handle) {
    TaskRouter client = handle.client();               // pointed at the server, closed with it
    Workspace ws = client.workspaces().create(p -> p.friendlyName("Test").template("FIFO"));
    Task task = client.workspace(ws.getSid()).tasks().create(p -> p.attributes("{\"type\":\"ticket\"}").timeout(3600));
    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);

    handle.clock().advance(Duration.ofSeconds(3601));  // the TTL runs out: canceled, kept 5 more minutes

    Task later = client.workspace(ws.getSid()).tasks().fetch(task.getSid());
    assertThat(later.getAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
    assertThat(later.getReason()).isEqualTo("Task TTL Exceeded");

    handle.clock().advance(Duration.ofMinutes(5));     // then it is gone
    assertThatThrownBy(() -> client.workspace(ws.getSid()).tasks().fetch(task.getSid()))
        .isInstanceOf(NotFoundException.class);
  }
  // README:end

  @Test
  void eachTestStartsFromAnEmptyServerAtTheClocksStart(TaskRouterLocalHandle handle) {
    assertThat(handle.client().workspaces().list().toList()).isEmpty();
    assertThat(handle.clock().instant().toString()).isEqualTo("2026-11-24T15:00:00Z");
    handle.client().workspaces().create(p -> p.friendlyName("Left behind"));
    handle.clock().advance(Duration.ofHours(2));
  }

  @Test
  void theReadmeShowsThisExample() throws IOException {
    assertThat(ReadmeSnippets.inTestSources()).containsKey("local-server-test");
    ReadmeSnippets.assertReadmeShowsAll(ReadmeSnippets.inTestSources());
  }
}
