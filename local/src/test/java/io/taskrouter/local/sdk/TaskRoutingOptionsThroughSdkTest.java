package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.workflow.WorkflowConfiguration;
import org.junit.jupiter.api.Test;

/** Tasks sent straight to a queue or a worker, and the choice of workflow. */
class TaskRoutingOptionsThroughSdkTest extends SdkTest {

  @Test
  void aTaskSentStraightToAQueueHasNoWorkflow() {
    WorkspaceScope ws = emptyWorkspace();
    String queue = ws.taskQueues().create(p -> p.friendlyName("Direct")).getSid();

    Task task = ws.tasks().create(p -> p.taskQueueSid(queue));

    assertThat(task.getTaskQueueSid()).isEqualTo(queue);
    assertThat(task.getWorkflowSid()).isNull();
    assertThat(ws.tasks().list(p -> p.taskQueueName("Direct")).toList()).extracting(Task::getSid)
        .containsExactly(task.getSid());
  }

  @Test
  void aTaskSentStraightToAWorkerIgnoresCapacityByDefault() {
    WorkspaceScope ws = emptyWorkspace();
    String worker = ws.workers().create(p -> p.friendlyName("Jamie")).getSid();

    Task task = ws.tasks().create(p -> p.routingTarget(worker));

    assertThat(task.getRoutingTarget()).isEqualTo(worker);
    assertThat(task.getIgnoreCapacity()).isTrue();
    assertThat(task.getTaskQueueSid()).isNull();
    assertThat(ws.tasks().list(p -> p.routingTarget(worker)).toList()).extracting(Task::getSid)
        .containsExactly(task.getSid());
  }

  @Test
  void withSeveralWorkflowsTheTaskMustNameOneAndARefusalCreatesNothing() {
    WorkspaceScope ws = emptyWorkspace();
    String queue = ws.taskQueues().create(p -> p.friendlyName("Q")).getSid();
    WorkflowConfiguration toQueue = WorkflowConfiguration.builder().defaultQueue(queue).build();
    ws.workflows().create(p -> p.friendlyName("One").configuration(toQueue));
    Workflow two = ws.workflows().create(p -> p.friendlyName("Two").configuration(toQueue));

    assertApiError(() -> ws.tasks().create(), BadRequestException.class, 400, 20001, "the workspace has 2 workflows");
    assertThat(ws.tasks().list().toList()).isEmpty();

    Task task = ws.tasks().create(p -> p.workflowSid(two.getSid()));
    assertThat(task.getWorkflowSid()).isEqualTo(two.getSid());
    assertThat(ws.tasks().list(p -> p.workflowName("Two")).toList()).extracting(Task::getSid)
        .containsExactly(task.getSid());
  }
}
