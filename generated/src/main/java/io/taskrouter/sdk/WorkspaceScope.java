// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

/**
 * The resources of one workspace: everything below {@code WorkspaceSid}.
 */
public final class WorkspaceScope {
  private final ApiContext context;
  private final String workspaceSid;

  WorkspaceScope(ApiContext context, String workspaceSid) {
    this.context = context;
    this.workspaceSid = context.checkPathParam("WorkspaceSid", workspaceSid, "^WS[0-9a-fA-F]{32}$");
  }

  /** @return the {@code WorkspaceSid} this scope is bound to */
  public String workspaceSid() {
    return workspaceSid;
  }

  /**
   * Activities: the states a Worker can be in, each either available or unavailable for new work.
   *
   * @return the operations of this resource, bound to this scope
   */
  public ActivitiesResource activities() {
    return new ActivitiesResource(context, workspaceSid);
  }

  /**
   * Events: the audit trail of everything that happened inside a Workspace during the last 30 days.
   *
   * @return the operations of this resource, bound to this scope
   */
  public EventsResource events() {
    return new EventsResource(context, workspaceSid);
  }

  /**
   * TaskChannels: kinds of work (voice, chat, sms, ...) used to size Worker capacity in multitasking Workspaces.
   *
   * @return the operations of this resource, bound to this scope
   */
  public TaskChannelsResource taskChannels() {
    return new TaskChannelsResource(context, workspaceSid);
  }

  /**
   * TaskQueues: holding areas where Tasks wait for an eligible Worker.
   *
   * @return the operations of this resource, bound to this scope
   */
  public TaskQueuesResource taskQueues() {
    return new TaskQueuesResource(context, workspaceSid);
  }

  /**
   * Statistics over several TaskQueues of a Workspace at once.
   *
   * @return the operations of this resource, bound to this scope
   */
  public TaskQueuesStatisticsResource taskQueuesStatistics() {
    return new TaskQueuesStatisticsResource(context, workspaceSid);
  }

  /**
   * Tasks: units of work that TaskRouter routes to Workers through a Workflow.
   *
   * @return the operations of this resource, bound to this scope
   */
  public TasksResource tasks() {
    return new TasksResource(context, workspaceSid);
  }

  /**
   * Workers: the people or processes that accept and handle Tasks.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkersResource workers() {
    return new WorkersResource(context, workspaceSid);
  }

  /**
   * Statistics over all Workers of a Workspace.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkersStatisticsResource workersStatistics() {
    return new WorkersStatisticsResource(context, workspaceSid);
  }

  /**
   * Workflows: the routing rules that move Tasks into TaskQueues.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkflowsResource workflows() {
    return new WorkflowsResource(context, workspaceSid);
  }

  /**
   * Real-time and cumulative statistics of a whole Workspace.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkspaceStatisticsResource statistics() {
    return new WorkspaceStatisticsResource(context, workspaceSid);
  }

  /**
   * The resources of one task queue of this scope.
   *
   * @param taskQueueSid SID of the TaskQueue whose statistics are requested.
   * @return the scope of that task queue
   * @throws IllegalArgumentException when the SID does not have the task queue's shape
   */
  public TaskQueueScope taskQueue(String taskQueueSid) {
    return new TaskQueueScope(context, workspaceSid, taskQueueSid);
  }

  /**
   * The resources of one task of this scope.
   *
   * @param taskSid SID of the Task whose reservations are addressed.
   * @return the scope of that task
   * @throws IllegalArgumentException when the SID does not have the task's shape
   */
  public TaskScope task(String taskSid) {
    return new TaskScope(context, workspaceSid, taskSid);
  }

  /**
   * The resources of one worker of this scope.
   *
   * @param workerSid SID of the Worker that owns the addressed sub-resource.
   * @return the scope of that worker
   * @throws IllegalArgumentException when the SID does not have the worker's shape
   */
  public WorkerScope worker(String workerSid) {
    return new WorkerScope(context, workspaceSid, workerSid);
  }

  /**
   * The resources of one workflow of this scope.
   *
   * @param workflowSid SID of the Workflow whose statistics are requested.
   * @return the scope of that workflow
   * @throws IllegalArgumentException when the SID does not have the workflow's shape
   */
  public WorkflowScope workflow(String workflowSid) {
    return new WorkflowScope(context, workspaceSid, workflowSid);
  }
}
