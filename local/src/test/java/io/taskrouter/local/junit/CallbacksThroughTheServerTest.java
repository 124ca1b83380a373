package io.taskrouter.local.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The receiver behind the server's real callbacks: a failing app and its fallback, and the events. */
class CallbacksThroughTheServerTest {
  @RegisterExtension
  static final TaskRouterLocalExtension TASK_ROUTER = TaskRouterLocalExtension.newInstance().build();

  @Test
  void aFailingPrimaryFallsBackToTheFallbackUrlAndTheEventsArriveSigned(TaskRouterLocalHandle handle) {
    TaskRouter client = handle.client();
    String ws = client.workspaces().create(p -> p.friendlyName("Fallbacks").template("FIFO")
        .eventCallbackUrl(handle.eventCallbackUrl())).getSid();
    String queue = client.workspace(ws).taskQueues().list().toList().get(0).getSid();
    String available = client.workspace(ws).activities().list(p -> p.friendlyName("Available")).toList().get(0).getSid();
    handle.receiverMode(ReceiverMode.failing());
    handle.onAssignment(callback -> AssignmentInstruction.accept());
    String flow = client.workspace(ws).workflows().create(p -> p.friendlyName("Falls back")
        .assignmentCallbackUrl(handle.assignmentCallbackUrl())
        .fallbackAssignmentCallbackUrl(handle.fallbackAssignmentCallbackUrl())
        .configuration("{\"task_routing\":{\"default_filter\":{\"task_queue_sid\":\"" + queue + "\"}}}")).getSid();
    String worker = client.workspace(ws).workers().create(p -> p.friendlyName("Jamie").activitySid(available)).getSid();

    String task = client.workspace(ws).tasks().create(p -> p.attributes("{}").workflowSid(flow)).getSid();

    assertThat(handle.awaitAssignments(2)).extracting(Received::fallback).containsExactly(false, true);
    handle.server().awaitCallbacks(TaskRouterLocalHandle.DEFAULT_AWAIT);
    assertThat(client.workspace(ws).tasks().fetch(task).getAssignmentStatus()).isEqualTo(TaskStatus.ASSIGNED);
    assertThat(handle.awaitEvent("task.created").callback().getResourceSid()).isEqualTo(task);
    assertThat(handle.events()).allSatisfy(event -> assertThat(event.signatureValid()).isTrue());
    assertThat(handle.assignments().get(0).callback().getWorkerSid()).isEqualTo(worker);
  }
}
