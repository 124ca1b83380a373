// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

/**
 * The resources of the top of the API.
 *
 * <p>{@link TaskRouter} is this scope.
 */
public abstract class RootScope {
  private final ApiContext context;

  RootScope(ApiContext context) {
    this.context = context;
  }

  /**
   * Workspaces: the top-level containers that hold all other TaskRouter resources of an application.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkspacesResource workspaces() {
    return new WorkspacesResource(context);
  }

  /**
   * The resources of one workspace of this scope.
   *
   * @param workspaceSid SID of the Workspace that contains the resource.
   * @return the scope of that workspace
   * @throws IllegalArgumentException when the SID does not have the workspace's shape
   */
  public WorkspaceScope workspace(String workspaceSid) {
    return new WorkspaceScope(context, workspaceSid);
  }
}
