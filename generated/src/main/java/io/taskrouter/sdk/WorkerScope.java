// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

/**
 * The resources of one worker: everything below {@code WorkerSid}.
 */
public final class WorkerScope {
  private final ApiContext context;
  private final String workspaceSid;
  private final String workerSid;

  WorkerScope(ApiContext context, String workspaceSid, String workerSid) {
    this.context = context;
    this.workspaceSid = context.checkPathParam("WorkspaceSid", workspaceSid, "^WS[0-9a-fA-F]{32}$");
    this.workerSid = context.checkPathParam("WorkerSid", workerSid, "^WK[0-9a-fA-F]{32}$");
  }

  /** @return the {@code WorkspaceSid} this scope is bound to */
  public String workspaceSid() {
    return workspaceSid;
  }

  /** @return the {@code WorkerSid} this scope is bound to */
  public String workerSid() {
    return workerSid;
  }

  /**
   * Per-channel capacity and availability of one Worker.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkerChannelsResource channels() {
    return new WorkerChannelsResource(context, workspaceSid, workerSid);
  }

  /**
   * Reservations offered to one Worker.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkerReservationsResource reservations() {
    return new WorkerReservationsResource(context, workspaceSid, workerSid);
  }

  /**
   * Cumulative statistics of one Worker.
   *
   * @return the operations of this resource, bound to this scope
   */
  public WorkerStatisticsResource statistics() {
    return new WorkerStatisticsResource(context, workspaceSid, workerSid);
  }
}
