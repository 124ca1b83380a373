package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.PreconditionFailedException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TasksThroughSdkTest extends SdkTest {
  private WorkspaceScope ws;

  @BeforeEach
  void fifo() {
    ws = fifoWorkspace();
  }

  @Test
  void aCreatedTaskReadsBackWithTheValuesSent() {
    Map<String, Object> attributes = Map.of("type", "ticket", "customer", Map.of("name", "Ada", "vip", true),
        "tags", List.of("billing", "urgent"));
    OffsetDateTime anHourAgo = now().minusHours(1);

    Task created = ws.tasks().create(p -> p.attributes(attributes).priority(3).timeout(600).taskChannel("chat")
        .virtualStartTime(anHourAgo));

    Task fetched = ws.tasks().fetch(created.getSid());
    assertThat(fetched.getSid()).matches("WT[0-9a-f]{32}").isEqualTo(created.getSid());
    assertThat(fetched.getAttributesAsMap()).isEqualTo(attributes);
    assertThat(fetched.getPriority()).isEqualTo(3);
    assertThat(fetched.getTimeout()).isEqualTo(600);
    assertThat(fetched.getTaskChannelUniqueName()).isEqualTo("chat");
    assertThat(fetched.getTaskChannelSid()).isEqualTo(ws.taskChannels().fetch("chat").getSid());
    assertThat(fetched.getVirtualStartTime()).isEqualTo(anHourAgo);
    assertThat(fetched.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    assertThat(fetched.getAssignmentStatusValue()).isEqualTo("pending");
    assertThat(fetched.getDateCreated()).isEqualTo(now());
    assertThat(fetched.getTaskQueueEnteredDate()).isEqualTo(now());
    assertThat(fetched.getAge()).isZero();
    assertThat(fetched.getReason()).isNull();
    assertThat(fetched.getTaskQueueFriendlyName()).isEqualTo("Sample Queue");
    assertThat(fetched.getWorkflowFriendlyName()).isEqualTo("Default Fifo Workflow");
    assertThat(fetched.getETag()).isNotBlank();
  }

  @Test
  void aTaskWithoutOptionsGetsTheDefaults() {
    Task task = ws.tasks().create();
    assertThat(task.getAttributesAsMap()).isEmpty();
    assertThat(task.getPriority()).isZero();
    assertThat(task.getTimeout()).isEqualTo(86_400);
    assertThat(task.getTaskChannelUniqueName()).isEqualTo("default");

    SERVER.clock().advanceSeconds(125);
    assertThat(ws.tasks().fetch(task.getSid()).getAge()).isEqualTo(125);
  }

  @Test
  void listsTasksByAssignmentStatus() {
    Task first = ws.tasks().create(p -> p.attributes(Map.of("n", "1")));
    Task second = ws.tasks().create(p -> p.attributes(Map.of("n", "2")));
    Task third = ws.tasks().create(p -> p.attributes(Map.of("n", "3")));
    ws.tasks().update(second.getSid(), p -> p.assignmentStatus(TaskStatus.CANCELED).reason("customer hung up"));

    assertThat(ws.tasks().list(p -> p.assignmentStatus(TaskStatus.PENDING)).toList()).extracting(Task::getSid)
        .containsExactly(first.getSid(), third.getSid());
    List<Task> canceled = ws.tasks().list(p -> p.assignmentStatus(TaskStatus.CANCELED)).toList();
    assertThat(canceled).extracting(Task::getSid).containsExactly(second.getSid());
    assertThat(canceled.get(0).getAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
    assertThat(canceled.get(0).getReason()).isEqualTo("customer hung up");
    assertThat(ws.tasks().list(p -> p.assignmentStatus(TaskStatus.PENDING, TaskStatus.CANCELED)).toList()).hasSize(3);
    assertThat(ws.tasks().list(p -> p.assignmentStatus(TaskStatus.COMPLETED)).toList()).isEmpty();
    assertThat(ws.tasks().list(p -> p.evaluateTaskAttributes("n == '3'")).toList()).extracting(Task::getSid)
        .containsExactly(third.getSid());
  }

  @Test
  void anUpdateWithTheCurrentETagSucceedsAndAStaleOneIsRefusedLeavingTheTaskUnchanged() {
    Task task = ws.tasks().create(p -> p.attributes(Map.of("step", "new")));
    Task current = ws.tasks().fetch(task.getSid());

    Task updated = ws.tasks().update(task.getSid(), p -> p.ifMatch(current.getETag()).priority(9)
        .attributes(Map.of("step", "triaged")));
    assertThat(updated.getPriority()).isEqualTo(9);
    assertThat(updated.getAttributesAsMap()).isEqualTo(Map.of("step", "triaged"));
    assertThat(updated.getETag()).isNotEqualTo(current.getETag());

    PreconditionFailedException refused = assertApiError(() -> ws.tasks().update(task.getSid(), p -> p
        .ifMatch(current.getETag()).priority(1).attributes(Map.of("step", "lost"))),
        PreconditionFailedException.class, 412, 20412, "does not match the current ETag");
    assertThat(refused.operation()).contains("UpdateTask");

    Task unchanged = ws.tasks().fetch(task.getSid());
    assertThat(unchanged.getPriority()).isEqualTo(9);
    assertThat(unchanged.getAttributesAsMap()).isEqualTo(Map.of("step", "triaged"));
    assertThat(unchanged.getETag()).isEqualTo(updated.getETag());
  }

  @Test
  void aCanceledTaskCannotBeCanceledAgainAndKeepsItsReason() {
    Task task = ws.tasks().create();
    Task canceled = ws.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.CANCELED).reason("duplicate"));
    assertThat(canceled.getAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
    assertThat(canceled.getReason()).isEqualTo("duplicate");

    assertApiError(() -> ws.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.CANCELED).reason("again")),
        BadRequestException.class, 400, 20001,
        "Cannot cancel task " + task.getSid() + " because it is not pending or reserved");

    Task unchanged = ws.tasks().fetch(task.getSid());
    assertThat(unchanged.getReason()).isEqualTo("duplicate");
    assertThat(unchanged.getETag()).isEqualTo(canceled.getETag());
  }

  @Test
  void aPendingTaskCannotBeCompleted() {
    Task task = ws.tasks().create();

    assertApiError(() -> ws.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.COMPLETED)),
        BadRequestException.class, 400, 20001, "because it is not assigned or wrapping");

    assertThat(ws.tasks().fetch(task.getSid()).getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void aDeletedTaskIsNotFoundAndAStaleETagDeletesNothing() {
    Task task = ws.tasks().create();
    Task changed = ws.tasks().update(task.getSid(), p -> p.priority(4));

    assertApiError(() -> ws.tasks().delete(task.getSid(), p -> p.ifMatch(task.getETag())),
        PreconditionFailedException.class, 412, 20412, "ETag");
    assertThat(ws.tasks().fetch(task.getSid()).getPriority()).isEqualTo(4);

    ws.tasks().delete(task.getSid(), p -> p.ifMatch(changed.getETag()));

    assertApiError(() -> ws.tasks().fetch(task.getSid()), NotFoundException.class, 404, 20404, "was not found");
    assertThat(ws.tasks().list().toList()).isEmpty();
  }

  @Test
  void theTimeToLiveCancelsAWaitingTask() {
    Task task = ws.tasks().create(p -> p.timeout(60));
    SERVER.clock().advanceSeconds(60);

    Task expired = ws.tasks().fetch(task.getSid());
    assertThat(expired.getAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
    assertThat(expired.getReason()).isEqualTo("Task TTL Exceeded");
  }
}
