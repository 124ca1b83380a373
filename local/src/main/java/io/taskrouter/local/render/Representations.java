package io.taskrouter.local.render;

import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerChannel;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.Workspace;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resources as the API shows them: every field of the wire facts, in snake_case, null where there
 * is no value; {@code url} and {@code links} absolute on this server's base URL. Each method is
 * the wire shape of one resource, and nothing else.
 */
public final class Representations {
  private final String baseUrl;
  private final String accountSid;

  public Representations(String baseUrl, String accountSid) {
    this.baseUrl = baseUrl;
    this.accountSid = accountSid;
  }

  /** The absolute URL of an API path on this server. */
  public String url(String path) {
    return baseUrl + path;
  }

  /** The server's default account (the one an API key acts for); rendered resources carry their owner's. */
  public String accountSid() {
    return accountSid;
  }

  public Map<String, @Nullable Object> workspace(WorkspaceState ws) {
    Workspace w = ws.workspace();
    String path = ResourcePaths.workspace(w.sid());
    return resource(ws, w.sid(), w.dateCreated(), w.dateUpdated())
        .put("default_activity_name", ws.activityName(w.defaultActivitySid()))
        .put("default_activity_sid", w.defaultActivitySid())
        .put("event_callback_url", w.eventCallbackUrl())
        .put("events_filter", w.eventsFilter())
        .put("friendly_name", w.friendlyName())
        .put("multi_task_enabled", w.multiTaskEnabled())
        .put("timeout_activity_name", ws.activityName(w.timeoutActivitySid()))
        .put("timeout_activity_sid", w.timeoutActivitySid())
        .put("prioritize_queue_order", w.prioritizeQueueOrder())
        .put("url", url(path))
        .put("links", new Fields()
            .put("activities", url(path + "/Activities"))
            .put("task_channels", url(path + "/TaskChannels"))
            .put("task_queues", url(path + "/TaskQueues"))
            .put("tasks", url(path + "/Tasks"))
            .put("workers", url(path + "/Workers"))
            .put("workflows", url(path + "/Workflows"))
            .put("events", url(path + "/Events"))
            .put("statistics", url(path + "/Statistics"))
            .put("real_time_statistics", url(path + "/RealTimeStatistics"))
            .put("cumulative_statistics", url(path + "/CumulativeStatistics"))
            .map())
        .map();
  }

  public Map<String, @Nullable Object> activity(WorkspaceState ws, Activity a) {
    return resource(ws, a.sid(), a.dateCreated(), a.dateUpdated())
        .put("available", a.available())
        .put("friendly_name", a.friendlyName())
        .put("workspace_sid", a.workspaceSid())
        .put("url", url(ResourcePaths.member(a.workspaceSid(), "Activities", a.sid())))
        .put("links", workspaceLink(a.workspaceSid()).map())
        .map();
  }

  public Map<String, @Nullable Object> taskChannel(WorkspaceState ws, TaskChannel c) {
    return resource(ws, c.sid(), c.dateCreated(), c.dateUpdated())
        .put("friendly_name", c.friendlyName())
        .put("unique_name", c.uniqueName())
        .put("workspace_sid", c.workspaceSid())
        .put("channel_optimized_routing", c.channelOptimizedRouting())
        .put("url", url(ResourcePaths.member(c.workspaceSid(), "TaskChannels", c.sid())))
        .put("links", workspaceLink(c.workspaceSid()).map())
        .map();
  }

  public Map<String, @Nullable Object> taskQueue(WorkspaceState ws, TaskQueue q) {
    String path = ResourcePaths.member(q.workspaceSid(), "TaskQueues", q.sid());
    return resource(ws, q.sid(), q.dateCreated(), q.dateUpdated())
        .put("assignment_activity_sid", q.assignmentActivitySid())
        .put("assignment_activity_name", ws.activityName(q.assignmentActivitySid()))
        .put("friendly_name", q.friendlyName())
        .put("max_reserved_workers", q.maxReservedWorkers())
        .put("reservation_activity_sid", q.reservationActivitySid())
        .put("reservation_activity_name", ws.activityName(q.reservationActivitySid()))
        .put("target_workers", q.targetWorkers())
        .put("task_order", q.taskOrder())
        .put("url", url(path))
        .put("workspace_sid", q.workspaceSid())
        .put("links", workspaceLink(q.workspaceSid())
            .putPresent("assignment_activity", activityUrl(q.workspaceSid(), q.assignmentActivitySid()))
            .putPresent("reservation_activity", activityUrl(q.workspaceSid(), q.reservationActivitySid()))
            .put("statistics", url(path + "/Statistics"))
            .put("real_time_statistics", url(path + "/RealTimeStatistics"))
            .put("cumulative_statistics", url(path + "/CumulativeStatistics"))
            .put("list_statistics", url(ResourcePaths.collection(q.workspaceSid(), "TaskQueues") + "/Statistics"))
            .map())
        .map();
  }

  public Map<String, @Nullable Object> workflow(WorkspaceState ws, Workflow w) {
    String path = ResourcePaths.member(w.workspaceSid(), "Workflows", w.sid());
    return resource(ws, w.sid(), w.dateCreated(), w.dateUpdated())
        .put("assignment_callback_url", w.assignmentCallbackUrl())
        .put("configuration", w.configuration())
        .put("document_content_type", "application/json")
        .put("fallback_assignment_callback_url", w.fallbackAssignmentCallbackUrl())
        .put("friendly_name", w.friendlyName())
        .put("task_reservation_timeout", w.taskReservationTimeout())
        .put("workspace_sid", w.workspaceSid())
        .put("url", url(path))
        .put("links", workspaceLink(w.workspaceSid())
            .put("statistics", url(path + "/Statistics"))
            .put("real_time_statistics", url(path + "/RealTimeStatistics"))
            .put("cumulative_statistics", url(path + "/CumulativeStatistics"))
            .map())
        .map();
  }

  public Map<String, @Nullable Object> worker(WorkspaceState ws, Worker w) {
    String path = ResourcePaths.member(w.workspaceSid(), "Workers", w.sid());
    return resource(ws, w.sid(), w.dateCreated(), w.dateUpdated())
        .put("activity_name", ws.activityName(w.activitySid()))
        .put("activity_sid", w.activitySid())
        .put("attributes", w.attributes())
        .put("available", ws.activityAvailable(w.activitySid()))
        .put("date_status_changed", Dates.format(w.dateStatusChanged()))
        .put("friendly_name", w.friendlyName())
        .put("workspace_sid", w.workspaceSid())
        .put("url", url(path))
        .put("links", workspaceLink(w.workspaceSid())
            .putPresent("activity", activityUrl(w.workspaceSid(), w.activitySid()))
            .put("channels", url(path + "/Channels"))
            .put("reservations", url(path + "/Reservations"))
            .put("statistics", url(path + "/Statistics"))
            .map())
        .map();
  }

  /**
   * Capacity figures from the reservations that bind the worker on the channel: pending, accepted
   * and wrapping ones take capacity; accepted and wrapping ones are its assigned tasks.
   */
  public Map<String, @Nullable Object> workerChannel(WorkspaceState ws, WorkerChannel c) {
    Worker worker = ws.workers.find(c.workerSid()).orElse(null);
    long reserved = worker == null ? 0 : worker.load(c.taskChannelSid());
    long assigned = worker == null ? 0 : worker.assignedTasks(c.taskChannelSid());
    int percentage = c.capacity() == 0 ? 0 : (int) Math.max(0, Math.floor((1 - (double) reserved / c.capacity()) * 100));
    return resource(ws, c.sid(), c.dateCreated(), c.dateUpdated())
        .put("assigned_tasks", assigned)
        .put("available", c.available())
        .put("available_capacity_percentage", percentage)
        .put("configured_capacity", c.capacity())
        .put("task_channel_sid", c.taskChannelSid())
        .put("task_channel_unique_name", ws.channelUniqueName(c.taskChannelSid()))
        .put("worker_sid", c.workerSid())
        .put("workspace_sid", c.workspaceSid())
        .put("url", url(ResourcePaths.workerChannel(c.workspaceSid(), c.workerSid(), c.sid())))
        .map();
  }

  public Map<String, @Nullable Object> task(WorkspaceState ws, Task t) {
    String path = ResourcePaths.member(t.workspaceSid(), "Tasks", t.sid());
    return resource(ws, t.sid(), t.dateCreated(), t.dateUpdated())
        .put("age", t.ageAt(ws.now()))
        .put("assignment_status", t.status().wire())
        .put("attributes", t.attributes())
        .put("addons", t.addons())
        .put("task_queue_entered_date", Dates.format(t.taskQueueEnteredDate()))
        .put("priority", t.priority())
        .put("reason", t.reason())
        .put("task_queue_sid", t.taskQueueSid())
        .put("task_queue_friendly_name", ws.queueName(t.taskQueueSid()))
        .put("task_channel_sid", t.taskChannelSid())
        .put("task_channel_unique_name", ws.channelUniqueName(t.taskChannelSid()))
        .put("timeout", t.timeout())
        .put("workflow_sid", t.workflowSid())
        .put("workflow_friendly_name", ws.workflowName(t.workflowSid()))
        .put("workspace_sid", t.workspaceSid())
        .put("url", url(path))
        .put("links", workspaceLink(t.workspaceSid())
            .putPresent("task_queue", t.taskQueueSid() == null ? null
                : url(ResourcePaths.member(t.workspaceSid(), "TaskQueues", t.taskQueueSid())))
            .putPresent("workflow", t.workflowSid() == null ? null
                : url(ResourcePaths.member(t.workspaceSid(), "Workflows", t.workflowSid())))
            .put("reservations", url(path + "/Reservations"))
            .map())
        .put("virtual_start_time", Dates.format(t.virtualStartTime()))
        .put("ignore_capacity", t.ignoreCapacity())
        .put("routing_target", t.routingTarget())
        .map();
  }

  /** A reservation seen from its task, or from its worker ({@code underWorker}): only the URL differs. */
  public Map<String, @Nullable Object> reservation(WorkspaceState ws, Reservation r, boolean underWorker) {
    String path = underWorker
        ? ResourcePaths.workerReservation(r.workspaceSid(), r.workerSid(), r.sid())
        : ResourcePaths.taskReservation(r.workspaceSid(), r.taskSid(), r.sid());
    return resource(ws, r.sid(), r.dateCreated(), r.dateUpdated())
        .put("reservation_status", r.status().wire())
        .put("task_sid", r.taskSid())
        .put("worker_name", ws.workers.find(r.workerSid()).map(w -> w.friendlyName()).orElse(null))
        .put("worker_sid", r.workerSid())
        .put("workspace_sid", r.workspaceSid())
        .put("url", url(path))
        .put("links", workspaceLink(r.workspaceSid())
            .put("task", url(ResourcePaths.member(r.workspaceSid(), "Tasks", r.taskSid())))
            .put("worker", url(ResourcePaths.member(r.workspaceSid(), "Workers", r.workerSid())))
            .map())
        .map();
  }

  public Map<String, @Nullable Object> event(WorkspaceState ws, Event e) {
    String workspaceSid = ws.sid();
    return new Fields()
        .put("account_sid", ws.accountSid())
        .put("actor_sid", e.actor().sid())
        .put("actor_type", e.actor().type())
        .put("actor_url", e.actor().urlPath() == null ? null : url(e.actor().urlPath()))
        .put("description", e.description())
        .put("event_data", e.data())
        .put("event_date", Dates.format(e.date()))
        .put("event_date_ms", e.date().toEpochMilli())
        .put("event_type", e.type())
        .put("resource_sid", e.resourceSid())
        .put("resource_type", e.resourceType())
        .put("resource_url", url(e.resourcePath()))
        .put("sid", e.sid())
        .put("source", e.actor().source())
        .put("source_ip_address", e.actor().sourceIpAddress())
        .put("url", url(ResourcePaths.member(workspaceSid, "Events", e.sid())))
        .put("workspace_sid", workspaceSid)
        .map();
  }

  private Fields resource(WorkspaceState ws, String sid, Instant created, Instant updated) {
    return new Fields()
        .put("account_sid", ws.accountSid())
        .put("sid", sid)
        .put("date_created", Dates.format(created))
        .put("date_updated", Dates.format(updated));
  }

  private Fields workspaceLink(String workspaceSid) {
    return new Fields().put("workspace", url(ResourcePaths.workspace(workspaceSid)));
  }

  private @Nullable String activityUrl(String workspaceSid, @Nullable String activitySid) {
    return activitySid == null ? null : url(ResourcePaths.member(workspaceSid, "Activities", activitySid));
  }
}
