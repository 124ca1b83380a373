package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.Worker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskQueuesThroughSdkTest extends SdkTest {

  @Test
  void createsAQueueAndReadsItBack() {
    WorkspaceScope ws = emptyWorkspace();
    String available = activitySid(ws, "Available");
    String unavailable = activitySid(ws, "Unavailable");

    TaskQueue created = ws.taskQueues().create(p -> p
        .friendlyName("Sales")
        .targetWorkers("languages HAS 'en'")
        .reservationActivitySid(unavailable)
        .assignmentActivitySid(available)
        .maxReservedWorkers(3)
        .taskOrder(QueueOrder.LIFO));

    TaskQueue fetched = ws.taskQueues().fetch(created.getSid());
    assertThat(fetched.getSid()).matches("WQ[0-9a-f]{32}").isEqualTo(created.getSid());
    assertThat(fetched.getFriendlyName()).isEqualTo("Sales");
    assertThat(fetched.getTargetWorkers()).isEqualTo("languages HAS 'en'");
    assertThat(fetched.getReservationActivitySid()).isEqualTo(unavailable);
    assertThat(fetched.getReservationActivityName()).isEqualTo("Unavailable");
    assertThat(fetched.getAssignmentActivitySid()).isEqualTo(available);
    assertThat(fetched.getAssignmentActivityName()).isEqualTo("Available");
    assertThat(fetched.getMaxReservedWorkers()).isEqualTo(3);
    assertThat(fetched.getTaskOrder()).isEqualTo(QueueOrder.LIFO);
    assertThat(fetched.getDateCreated()).isEqualTo(now());
  }

  @Test
  void updatesAQueue() {
    WorkspaceScope ws = emptyWorkspace();
    TaskQueue queue = ws.taskQueues().create(p -> p.friendlyName("Sales"));

    TaskQueue updated = ws.taskQueues().update(queue.getSid(), p -> p
        .friendlyName("Inside Sales")
        .targetWorkers("team == 'sales'")
        .taskOrder(QueueOrder.LIFO)
        .maxReservedWorkers(5));

    assertThat(updated.getFriendlyName()).isEqualTo("Inside Sales");
    assertThat(updated.getTargetWorkers()).isEqualTo("team == 'sales'");
    assertThat(updated.getTaskOrder()).isEqualTo(QueueOrder.LIFO);
    assertThat(updated.getMaxReservedWorkers()).isEqualTo(5);
    assertThat(ws.taskQueues().fetch(queue.getSid()).getFriendlyName()).isEqualTo("Inside Sales");
  }

  @Test
  void listsTheQueuesAWorkerWithGivenAttributesWouldServe() {
    WorkspaceScope ws = emptyWorkspace();
    TaskQueue english = ws.taskQueues().create(p -> p.friendlyName("English").targetWorkers("languages HAS 'en'"));
    TaskQueue everyone = ws.taskQueues().create(p -> p.friendlyName("Everyone").targetWorkers("1==1"));
    TaskQueue nobody = ws.taskQueues().create(p -> p.friendlyName("Nobody").targetWorkers("1==0"));
    Worker sam = ws.workers().create(p -> p.friendlyName("Sam").attributes(Map.of("languages", List.of("en"))));

    assertThat(sids(ws.taskQueues().list(p -> p.evaluateWorkerAttributes("{\"languages\":[\"en\",\"fr\"]}")),
        TaskQueue::getSid))
        .containsExactly(english.getSid(), everyone.getSid());
    assertThat(sids(ws.taskQueues().list(p -> p.evaluateWorkerAttributes("{\"languages\":[\"de\"]}")),
        TaskQueue::getSid))
        .containsExactly(everyone.getSid());
    assertThat(sids(ws.taskQueues().list(p -> p.workerSid(sam.getSid())), TaskQueue::getSid))
        .containsExactly(english.getSid(), everyone.getSid()).doesNotContain(nobody.getSid());
    assertThat(sids(ws.taskQueues().list(p -> p.friendlyName("Nobody")), TaskQueue::getSid))
        .containsExactly(nobody.getSid());
  }

  @Test
  void aDeletedQueueIsNotFound() {
    WorkspaceScope ws = emptyWorkspace();
    TaskQueue queue = ws.taskQueues().create(p -> p.friendlyName("Temporary"));

    ws.taskQueues().delete(queue.getSid());

    assertApiError(() -> ws.taskQueues().fetch(queue.getSid()), NotFoundException.class, 404, 20404,
        "was not found");
    assertThat(ws.taskQueues().list().toList()).isEmpty();
  }

  @Test
  void aQueueAWorkflowRoutesToIsNotDeletedAndNothingChanges() {
    WorkspaceScope ws = fifoWorkspace();
    String queue = queueSid(ws, "Sample Queue");
    String workflow = workflowSid(ws, "Default Fifo Workflow");

    assertApiError(() -> ws.taskQueues().delete(queue), BadRequestException.class, 400, 20001,
        "Cannot delete TaskQueue " + queue + " (Sample Queue): Workflow(s) " + workflow
            + " (Default Fifo Workflow) route tasks to it");

    assertThat(ws.taskQueues().fetch(queue).getFriendlyName()).isEqualTo("Sample Queue");
    assertThat(ws.workflows().fetch(workflow).getConfiguration()).contains(queue);
  }

  @Test
  void aQueueWithAPendingTaskIsNotDeletedAndNothingChanges() {
    WorkspaceScope ws = fifoWorkspace();
    String queue = queueSid(ws, "Sample Queue");
    String task = ws.tasks().create().getSid();

    assertApiError(() -> ws.taskQueues().delete(queue), BadRequestException.class, 400, 20001,
        "it has 1 pending, reserved or assigned Task(s)");

    assertThat(ws.tasks().fetch(task).getTaskQueueSid()).isEqualTo(queue);
    assertThat(ws.taskQueues().list().toList()).extracting(TaskQueue::getSid).containsExactly(queue);
  }
}
