package io.taskrouter.examples;

import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java equivalent of each call of the seed examples (written for an old Python helper
 * library): one statement each. The README quotes these methods; the build compiles them and the
 * tests run them against the local server, so the README cannot drift from the SDK.
 */
public final class SeedExamples {
  private SeedExamples() {}

  /** A workspace with the FIFO template: default activities, one queue and one workflow. */
  public static Workspace createWorkspace(TaskRouter client) {
    // README:workspace
    Workspace workspace = client.workspaces().create(p -> p.friendlyName("Customer Support").template("FIFO"));
    // README:end
    return workspace;
  }

  /** The seed's workflow configuration: Gold tickets to one queue at priority 2, the rest to another. */
  public static String seedConfiguration(String goldQueue, String defaultQueue) {
    return "{\"task_routing\":{\"filters\":[{\"friendly_name\":\"Gold Tickets\","
        + "\"expression\":\"customer_value == 'Gold' AND type == 'ticket'\","
        + "\"targets\":[{\"task_queue_sid\":\"" + goldQueue + "\",\"priority\":\"2\"}]}],"
        + "\"default_filter\":{\"task_queue_sid\":\"" + defaultQueue + "\"}}}";
  }

  /** A workflow whose configuration is given as JSON text, as in the seed, calling back {@code callbackUrl}. */
  public static Workflow createWorkflow(TaskRouter client, String workspaceSid, String goldQueue, String defaultQueue,
      String callbackUrl) {
    String config = seedConfiguration(goldQueue, defaultQueue);
    // README:workflow
    Workflow workflow = client.workspace(workspaceSid).workflows().create(p -> p
        .friendlyName("Incoming Call Flow")
        .assignmentCallbackUrl(callbackUrl)
        .fallbackAssignmentCallbackUrl(callbackUrl)
        .configuration(config));
    // README:end
    return workflow;
  }

  /** The same workflow with the typed configuration builder: expressions and SIDs checked before sending. */
  public static Workflow createWorkflowTyped(TaskRouter client, String workspaceSid, String goldQueue, String defaultQueue) {
    // README:workflow-typed
    WorkflowConfiguration configuration = WorkflowConfiguration.builder()
        .filter(RoutingFilter.named("Gold Tickets")
            .matching("customer_value == 'Gold' AND type == 'ticket'")
            .routeTo(RoutingTarget.toQueue(goldQueue).withPriority(2)))
        .defaultQueue(defaultQueue)
        .build();
    Workflow workflow = client.workspace(workspaceSid).workflows().create(p -> p
        .friendlyName("Incoming Call Flow")
        .assignmentCallbackUrl("https://example.com/callback")
        .configuration(configuration));
    // README:end
    return workflow;
  }

  /** An activity in which workers are not available. */
  public static Activity createActivity(TaskRouter client, String workspaceSid) {
    // README:activity
    Activity activity = client.workspace(workspaceSid).activities().create(p -> p.friendlyName("Coffee Break").available(false));
    // README:end
    return activity;
  }

  /** A worker with JSON attributes, given as a Map. */
  public static Worker createWorker(TaskRouter client, String workspaceSid) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("phone", "+14155551234");
    attributes.put("languages", Arrays.asList("EN", "ES"));
    // README:worker
    Worker worker = client.workspace(workspaceSid).workers().create(p -> p.friendlyName("Jamie").attributes(attributes));
    // README:end
    return worker;
  }

  /** A queue with the activities workers move to on reservation and assignment. */
  public static TaskQueue createTaskQueue(TaskRouter client, String workspaceSid, String reservationActivity,
      String assignmentActivity) {
    // README:taskqueue
    TaskQueue queue = client.workspace(workspaceSid).taskQueues().create(p -> p
        .friendlyName("Sales")
        .reservationActivitySid(reservationActivity)
        .assignmentActivitySid(assignmentActivity)
        .targetWorkers("languages HAS 'EN'"));
    // README:end
    return queue;
  }

  /** A task with JSON attributes, given as text, routed by a workflow. */
  public static Task createTask(TaskRouter client, String workspaceSid, String workflowSid) {
    String attributes = "{\"type\":\"call\",\"contact\":\"+15558675309\",\"customer_value\":\"gold\","
        + "\"task_reason\":\"support\",\"callSid\":\"CA42ed11\"}";
    // README:task
    Task task = client.workspace(workspaceSid).tasks().create(p -> p.attributes(attributes).workflowSid(workflowSid));
    // README:end
    return task;
  }
}
