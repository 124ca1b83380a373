package io.taskrouter.local.engine;

import io.taskrouter.local.model.Event;
import io.taskrouter.local.model.ResourcePaths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes events with the data the REST API shows (snake_case keys, string values). The task and
 * worker helpers fill the same fields every time, which is what statistics rely on
 * ({@code task_age} at cancellation, {@code worker_activity_sid} at every activity change).
 */
public final class EventRecorder {
  public static final String WORKSPACE = "workspace";
  public static final String ACTIVITY = "activity";
  public static final String TASK = "task";
  public static final String TASK_CHANNEL = "task_channel";
  public static final String TASK_QUEUE = "task_queue";
  public static final String WORKFLOW = "workflow";
  public static final String WORKER = "worker";
  public static final String RESERVATION = "reservation";

  private final WorkspaceState ws;

  EventRecorder(WorkspaceState ws) {
    this.ws = ws;
  }

  void resource(String type, String resourceType, String resourceSid, String path, String description) {
    append(type, resourceType, resourceSid, path, description, new LinkedHashMap<>(), Event.Refs.none());
  }

  void queue(String type, TaskQueue queue, String description) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("task_queue_sid", queue.sid);
    data.put("task_queue_name", queue.friendlyName);
    data.put("task_queue_target_expression", queue.targetWorkers);
    append(type, TASK_QUEUE, queue.sid, ResourcePaths.member(ws.sid(), "TaskQueues", queue.sid), description,
        data, new Event.Refs(null, null, null, queue.sid, null, null, null));
  }

  void workflow(String type, Workflow workflow, String description) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("workflow_sid", workflow.sid);
    data.put("workflow_name", workflow.friendlyName);
    append(type, WORKFLOW, workflow.sid, ResourcePaths.member(ws.sid(), "Workflows", workflow.sid), description,
        data, new Event.Refs(null, null, workflow.sid, null, null, null, null));
  }

  void task(String type, Task task, String description, Map<String, String> extra) {
    Map<String, String> data = taskData(task);
    data.putAll(extra);
    append(type, TASK, task.sid, ResourcePaths.member(ws.sid(), "Tasks", task.sid), description, data,
        new Event.Refs(task.sid, null, task.workflowSid, task.taskQueueSid, null, task.taskChannelSid,
            ws.channelUniqueName(task.taskChannelSid)));
  }

  void worker(String type, Worker worker, String description, Map<String, String> extra) {
    Map<String, String> data = workerData(worker);
    data.putAll(extra);
    append(type, WORKER, worker.sid, ResourcePaths.member(ws.sid(), "Workers", worker.sid), description, data,
        new Event.Refs(null, worker.sid, null, null, null, null, null));
  }

  /** A reservation's event carries its task's and its worker's fields, as the service's do. */
  void reservation(String type, Reservation reservation, Task task, Worker worker, String description) {
    Map<String, String> data = taskData(task);
    putIfPresent(data, "task_queue_sid", reservation.taskQueueSid);
    putIfPresent(data, "task_queue_name", ws.queueName(reservation.taskQueueSid));
    data.putAll(workerData(worker));
    data.put("reservation_sid", reservation.sid);
    append(type, RESERVATION, reservation.sid, ResourcePaths.taskReservation(ws.sid(), task.sid, reservation.sid),
        description, data, new Event.Refs(task.sid, worker.sid, reservation.workflowSid, reservation.taskQueueSid,
            reservation.sid, task.taskChannelSid, ws.channelUniqueName(task.taskChannelSid)));
  }

  private Map<String, String> taskData(Task task) {
    // Room for a reservation's ~20 fields without rehashing (one map per event, on the engine thread).
    Map<String, String> data = new LinkedHashMap<>(32);
    data.put("task_sid", task.sid);
    data.put("task_attributes", task.attributes);
    data.put("task_age", Long.toString(task.ageAt(ws.now())));
    data.put("task_priority", Integer.toString(task.priority));
    data.put("task_assignment_status", task.status.wire());
    data.put("task_channel_sid", task.taskChannelSid);
    putIfPresent(data, "task_channel_unique_name", ws.channelUniqueName(task.taskChannelSid));
    putIfPresent(data, "task_queue_sid", task.taskQueueSid);
    putIfPresent(data, "task_queue_name", ws.queueName(task.taskQueueSid));
    putIfPresent(data, "workflow_sid", task.workflowSid);
    putIfPresent(data, "workflow_name", ws.workflowName(task.workflowSid));
    return data;
  }

  private Map<String, String> workerData(Worker worker) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("worker_sid", worker.sid);
    data.put("worker_name", worker.friendlyName);
    data.put("worker_attributes", worker.attributes);
    data.put("worker_activity_sid", worker.activitySid);
    putIfPresent(data, "worker_activity_name", ws.activityName(worker.activitySid));
    return data;
  }

  private void append(String type, String resourceType, String resourceSid, String path, String description,
      Map<String, String> data, Event.Refs refs) {
    data.put("workspace_sid", ws.sid());
    data.put("workspace_name", ws.workspace.friendlyName);
    Caller caller = ws.store().caller();
    Event.Actor actor = caller == null
        ? new Event.Actor(WORKSPACE, ws.sid(), ResourcePaths.workspace(ws.sid()), "twilio", null)
        : new Event.Actor("account", ws.accountSid(), null, "api", caller.sourceIpAddress());
    ws.appendEvent(new Event(ws.store().newSid(Sids.EVENT), ws.store().nextSequence(), ws.now(), type, description, resourceType,
        resourceSid, path, actor, Collections.unmodifiableMap(data), refs));
  }

  private static void putIfPresent(Map<String, String> data, String key, @Nullable String value) {
    if (value != null) {
      data.put(key, value);
    }
  }
}
