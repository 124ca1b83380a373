// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

/**
 * The resources of one workflow: everything below {@code WorkflowSid}.
 */
public final class WorkflowScope {
  private final ApiContext context;
  private final String workspaceSid;
  private final String workflowSid;

  WorkflowScope(ApiContext context, String workspaceSid, String workflowSid) {
    this.context = context;
    this.workspaceSid = context.checkPathParam("WorkspaceSid", workspaceSid, "^WS[0-9a-fA-F]{32}$");
    this.workflowSid = context.checkPathParam("WorkflowSid", workflowSid, "^WW[0-9a-fA-F]{32}$");
  }

  /** @return the {@code WorkspaceSid} this scope is bound to */
  public String workspaceSid() {
    return workspaceSid;
  }

  /** @return the {@code WorkflowSid} this scope is bound to */
  public String workflowSid() {
    return workflowSid;
  }

  /**
   * Real-time and cumulative statistics of one Workflow.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkflowStatisticsResource statistics() {
    return new WorkflowStatisticsResource(context, workspaceSid, workflowSid);
  }
}
