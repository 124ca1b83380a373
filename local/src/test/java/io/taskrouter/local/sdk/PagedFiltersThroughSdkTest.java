package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.ResourceList;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Event;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskChannel;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.TaskQueuesStatistics;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.WorkerChannel;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every list of the API read in pages of 2 through the SDK gives the same items, in the same order, as
 * one big page: the filters and the window travel with next_page_url.
 */
class PagedFiltersThroughSdkTest extends SdkTest {

  @Test
  void filteredTasksPageLikeOneBigPage() {
    WorkspaceScope ws = fifoWorkspace();
    for (int i = 0; i < 9; i++) {
      int n = i;
      Task task = ws.tasks().create(p -> p.priority(n % 3).attributes(Map.of("n", n, "even", n % 2 == 0)));
      if (n % 3 == 0) {
        ws.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.CANCELED));
      }
      SERVER.clock().advanceSeconds(1);
    }

    assertSamePaged(size -> ws.tasks().list(p -> p.pageSize(size).assignmentStatus(TaskStatus.PENDING)), Task::getSid, 6);
    assertSamePaged(size -> ws.tasks().list(p -> p.pageSize(size).evaluateTaskAttributes("even == true")),
        Task::getSid, 5);
    assertSamePaged(size -> ws.tasks().list(p -> p.pageSize(size).priority(1)), Task::getSid, 3);
    assertSamePaged(size -> ws.tasks().list(p -> p.pageSize(size).ordering("Priority:desc,DateCreated:asc")),
        Task::getSid, 9);
  }

  @Test
  void filteredWorkersPageLikeOneBigPage() {
    WorkspaceScope ws = emptyWorkspace();
    for (int i = 0; i < 7; i++) {
      int n = i;
      ws.workers().create(p -> p.friendlyName("W" + n)
          .attributes(Map.of("skills", n % 2 == 0 ? List.of("en", "sales") : List.of("fr"))));
      SERVER.clock().advanceSeconds(1);
    }

    assertSamePaged(size -> ws.workers().list(p -> p.pageSize(size).targetWorkersExpression("skills HAS 'en'")),
        Worker::getSid, 4);
    assertSamePaged(size -> ws.workers().list(p -> p.pageSize(size).ordering("DateCreated:desc")), Worker::getSid, 7);
  }

  @Test
  void queuesActivitiesWorkflowsChannelsAndWorkspacesPageLikeOneBigPage() {
    WorkspaceScope ws = emptyWorkspace();
    for (int i = 0; i < 5; i++) {
      int n = i;
      ws.activities().create(p -> p.friendlyName("A" + n).available(n % 2 == 0));
      String queue = ws.taskQueues().create(p -> p.friendlyName("Q" + n).targetWorkers(n % 2 == 0 ? "1==1" : "1==0"))
          .getSid();
      ws.workflows().create(p -> p.friendlyName("F" + n).configuration(WorkflowConfiguration.builder()
          .defaultQueue(queue).build()));
      ws.taskChannels().create(p -> p.friendlyName("C" + n).uniqueName("c" + n));
      createWorkspace("Other " + n, "NONE");
    }
    String worker = ws.workers().create(p -> p.friendlyName("Jamie")).getSid();

    assertSamePaged(size -> ws.activities().list(p -> p.pageSize(size).available(false)), Activity::getSid, 4);
    assertSamePaged(size -> ws.taskQueues().list(p -> p.pageSize(size).evaluateWorkerAttributes("{}")),
        TaskQueue::getSid, 3);
    assertSamePaged(size -> ws.taskQueuesStatistics().list(p -> p.pageSize(size)),
        TaskQueuesStatistics::getTaskQueueSid, 5);
    assertSamePaged(size -> ws.workflows().list(p -> p.pageSize(size)), Workflow::getSid, 5);
    assertSamePaged(size -> ws.taskChannels().list(p -> p.pageSize(size)), TaskChannel::getSid, 10);
    assertSamePaged(size -> ws.worker(worker).channels().list(p -> p.pageSize(size)), WorkerChannel::getSid, 10);
    assertSamePaged(size -> client.workspaces().list(p -> p.pageSize(size)), Workspace::getSid, 6);
  }

  @Test
  void eventsOfAWindowPageLikeOneBigPage() {
    WorkspaceScope ws = fifoWorkspace(); // 11 events: the workspace, 3 activities, 5 channels, a queue, a workflow
    SERVER.clock().advanceSeconds(20 * 60);
    for (int i = 0; i < 4; i++) {
      ws.tasks().create(); // 4 events each: created, workflow entered, target matched, queue entered
      SERVER.clock().advanceSeconds(1);
    }

    assertSamePaged(size -> ws.events().list(p -> p.pageSize(size).eventType("task.created")), Event::getSid, 4);
    assertSamePaged(size -> ws.events().list(p -> p.pageSize(size)), Event::getSid, 16);
    assertSamePaged(size -> ws.events().list(p -> p.pageSize(size).minutes(60)), Event::getSid, 16 + 11);
  }

  private <T> void assertSamePaged(Function<Long, ResourceList<T>> list, Function<T, String> sid, int expected) {
    List<String> onePage = list.apply(1000L).stream().map(sid).collect(Collectors.toList());
    List<String> inPagesOfTwo = list.apply(2L).stream().map(sid).collect(Collectors.toList());
    assertThat(onePage).hasSize(expected).doesNotHaveDuplicates();
    assertThat(inPagesOfTwo).containsExactlyElementsOf(onePage);
  }
}
