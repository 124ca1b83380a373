package io.taskrouter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.junit.Received;
import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.local.junit.TaskRouterLocalHandle;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end through the real callback path: the server signs and posts the assignment callback
 * to the extension's receiver, a lambda answers {@code accept}, the task is assigned. The README
 * shows the block between the markers.
 */
@ExtendWith(TaskRouterLocalExtension.class)
class LocalServerCallbacksTest {
  @Test
  void aReservationAcceptedByTheCallbackAssignsTheTask(TaskRouterLocalHandle handle) {
    TaskRouter client = handle.client();
    Workspace ws = client.workspaces().create(p -> p.friendlyName("Support").template("FIFO"));
    String sid = ws.getSid();
    TaskQueue queue = client.workspace(sid).taskQueues().list().toList().get(0);
    Activity available = client.workspace(sid).activities().list(p -> p.friendlyName("Available")).toList().get(0);
    // README:local-server-callbacks
    handle.onAssignment(callback -> AssignmentInstruction.accept());   // how the app answers each offer

    Workflow flow = client.workspace(sid).workflows().create(p -> p
        .friendlyName("To the test")
        .assignmentCallbackUrl(handle.assignmentCallbackUrl())         // the extension's loopback receiver
        .configuration("{\"task_routing\":{\"default_filter\":{\"task_queue_sid\":\"" + queue.getSid() + "\"}}}"));
    String jamie = client.workspace(sid).workers().create(p -> p.friendlyName("Jamie")).getSid();
    client.workspace(sid).workers().update(jamie, p -> p.activitySid(available.getSid()));
    String task = client.workspace(sid).tasks().create(p -> p.attributes("{}").workflowSid(flow.getSid())).getSid();

    List<Received<AssignmentCallback>> offers = handle.awaitAssignments(1);   // signed, parsed, answered
    handle.server().awaitCallbacks(TaskRouterLocalHandle.DEFAULT_AWAIT);      // the answer applied
    assertThat(offers.get(0).signatureValid()).isTrue();
    assertThat(offers.get(0).callback().getWorkerSid()).isEqualTo(jamie);
    assertThat(client.workspace(sid).tasks().fetch(task).getAssignmentStatus()).isEqualTo(TaskStatus.ASSIGNED);
    // README:end
  }
}
