package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.Page;
import io.taskrouter.sdk.PreconditionFailedException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.Workspace;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ...Async variants complete their futures with the same results and exceptions as the blocking calls. */
class AsyncThroughSdkTest extends SdkTest {

  @Test
  void createsFetchesUpdatesAndDeletesAsynchronously() throws Exception {
    Workspace workspace = client.workspaces().createAsync(p -> p.friendlyName("Async").template("FIFO"))
        .get(10, TimeUnit.SECONDS);
    WorkspaceScope ws = client.workspace(workspace.getSid());

    Task created = ws.tasks().createAsync(p -> p.attributes(Map.of("via", "async")).priority(2))
        .get(10, TimeUnit.SECONDS);
    Task fetched = ws.tasks().fetchAsync(created.getSid()).get(10, TimeUnit.SECONDS);
    assertThat(fetched.getAttributesAsMap()).isEqualTo(Map.of("via", "async"));
    assertThat(fetched.getPriority()).isEqualTo(2);
    assertThat(fetched.getTaskQueueFriendlyName()).isEqualTo("Sample Queue");

    Task updated = ws.tasks().updateAsync(created.getSid(), p -> p.ifMatch(fetched.getETag()).priority(8))
        .get(10, TimeUnit.SECONDS);
    assertThat(updated.getPriority()).isEqualTo(8);
    assertThat(updated.getETag()).isNotEqualTo(fetched.getETag());

    ws.tasks().deleteAsync(created.getSid()).get(10, TimeUnit.SECONDS);
    assertThat(ws.tasks().list().toList()).isEmpty();
  }

  @Test
  void manyCallsInFlightAtOnceAllComplete() {
    WorkspaceScope ws = fifoWorkspace();

    List<CompletableFuture<Task>> futures = IntStream.range(0, 20)
        .mapToObj(i -> ws.tasks().createAsync(p -> p.attributes(Map.of("n", String.valueOf(i)))))
        .collect(Collectors.toList());
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).orTimeout(20, TimeUnit.SECONDS).join();

    List<String> sids = futures.stream().map(f -> f.join().getSid()).collect(Collectors.toList());
    assertThat(sids).doesNotHaveDuplicates().hasSize(20);
    assertThat(ws.tasks().list().stream().map(Task::getSid)).containsExactlyInAnyOrderElementsOf(sids);
  }

  @Test
  void listsAsynchronouslyPageByPage() throws Exception {
    WorkspaceScope ws = fifoWorkspace();
    for (int i = 0; i < 3; i++) {
      ws.tasks().create();
    }

    Page<Task> first = ws.tasks().listAsync(p -> p.pageSize(2L)).get(10, TimeUnit.SECONDS);
    assertThat(first.items()).hasSize(2);
    assertThat(first.hasNextPage()).isTrue();
    Page<Task> second = first.nextPageAsync().get(10, TimeUnit.SECONDS);
    assertThat(second.items()).hasSize(1);
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  void aFailedCallCompletesTheFutureWithTheApiException() {
    WorkspaceScope ws = fifoWorkspace();
    Task task = ws.tasks().create();
    ws.tasks().update(task.getSid(), p -> p.priority(1));

    assertApiError(() -> ws.tasks().fetchAsync("WT" + "0".repeat(32)).get(10, TimeUnit.SECONDS),
        NotFoundException.class, 404, 20404, "was not found");
    assertApiError(() -> ws.tasks().updateAsync(task.getSid(), p -> p.ifMatch(task.getETag()).priority(9)).join(),
        PreconditionFailedException.class, 412, 20412, "ETag");
    assertThat(ws.tasks().fetch(task.getSid()).getPriority()).isEqualTo(1);
  }
}
