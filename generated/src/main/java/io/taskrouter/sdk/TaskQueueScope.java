// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

/**
 * The resources of one task queue: everything below {@code TaskQueueSid}.
 */
public final class TaskQueueScope {
  private final ApiContext context;
  private final String workspaceSid;
  private final String taskQueueSid;

  TaskQueueScope(ApiContext context, String workspaceSid, String taskQueueSid) {
    this.context = context;
    this.workspaceSid = context.checkPathParam("WorkspaceSid", workspaceSid, "^WS[0-9a-fA-F]{32}$");
    this.taskQueueSid = context.checkPathParam("TaskQueueSid", taskQueueSid, "^WQ[0-9a-fA-F]{32}$");
  }

  /** @return the {@code WorkspaceSid} this scope is bound to */
  public String workspaceSid() {
    return workspaceSid;
  }

  /** @return the {@code TaskQueueSid} this scope is bound to */
  public String taskQueueSid() {
    return taskQueueSid;
  }

  /**
   * Real-time and cumulative statistics of one TaskQueue.
   *
   * @return the operations of this resource, bound to this scope
   */
  public TaskQueueStatisticsResource statistics() {
    return new TaskQueueStatisticsResource(context, workspaceSid, taskQueueSid);
  }
}
