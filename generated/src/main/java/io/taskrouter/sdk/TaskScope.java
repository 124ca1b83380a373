// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

/**
 * The resources of one task: everything below {@code TaskSid}.
 */
public final class TaskScope {
  private final ApiContext context;
  private final String workspaceSid;
  private final String taskSid;

  TaskScope(ApiContext context, String workspaceSid, String taskSid) {
    this.context = context;
    this.workspaceSid = context.checkPathParam("WorkspaceSid", workspaceSid, "^WS[0-9a-fA-F]{32}$");
    this.taskSid = context.checkPathParam("TaskSid", taskSid, "^WT[0-9a-fA-F]{32}$");
  }

  /** @return the {@code WorkspaceSid} this scope is bound to */
  public String workspaceSid() {
    return workspaceSid;
  }

  /** @return the {@code TaskSid} this scope is bound to */
  public String taskSid() {
    return taskSid;
  }

  /**
   * Reservations of one Task: the offers of that Task made to Workers.
   *
   * @return the operations of this resource, bound to this scope
   */
  public TaskReservationsResource reservations() {
    return new TaskReservationsResource(context, workspaceSid, taskSid);
  }
}
