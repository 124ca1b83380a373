// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkflowsApi;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.WorkflowList;
import io.taskrouter.sdk.params.CreateWorkflowParams;
import io.taskrouter.sdk.params.ListWorkflowParams;
import io.taskrouter.sdk.params.UpdateWorkflowParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Workflows: the routing rules that move Tasks into TaskQueues.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkflowsResource {
  private final ApiContext context;
  private final WorkflowsApi api;
  private final String workspaceSid;

  WorkflowsResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(WorkflowsApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Create a workflow.
   *
   * <p>Adds a Workflow whose JSON configuration routes incoming Tasks to TaskQueues.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Workflows} ({@code CreateWorkflow}).
   *
   * @param params the options
   * @return the Workflow the API answered with
   */
  public Workflow create(CreateWorkflowParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create a workflow. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Workflow> createAsync(CreateWorkflowParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create a workflow. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the Workflow the API answered with
   */
  public Workflow create(Consumer<CreateWorkflowParams.Builder> options) {
    return create(CreateWorkflowParams.of(options));
  }

  /**
   * Create a workflow. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Workflow> createAsync(Consumer<CreateWorkflowParams.Builder> options) {
    return createAsync(CreateWorkflowParams.of(options));
  }

  private Call<Workflow> createCall(CreateWorkflowParams params) {
    return api.createWorkflow(workspaceSid, params.friendlyName(), params.configuration(), params.assignmentCallbackUrl(), params.fallbackAssignmentCallbackUrl(), params.taskReservationTimeout(), params.extraParams());
  }


  /**
   * Delete a workflow.
   *
   * <p>Removes a Workflow from the Workspace.
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}} ({@code DeleteWorkflow}).
   *
   * @param sid SID of the Workflow.
   */
  public void delete(String sid) {
    context.execute(deleteCall(sid));
  }

  /**
   * Delete a workflow. Asynchronously.
   *
   * @param sid SID of the Workflow.
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return context.executeAsync(deleteCall(sid));
  }

  private Call<Void> deleteCall(String sid) {
    context.checkPathParam("Sid", sid, "^WW[0-9a-fA-F]{32}$");
    return api.deleteWorkflow(workspaceSid, sid);
  }


  /**
   * Fetch a workflow.
   *
   * <p>Returns one Workflow of the Workspace.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}} ({@code FetchWorkflow}).
   *
   * @param sid SID of the Workflow.
   * @return the Workflow the API answered with
   */
  public Workflow fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a workflow. Asynchronously.
   *
   * @param sid SID of the Workflow.
   * @return a future of the answer
   */
  public CompletableFuture<Workflow> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<Workflow> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WW[0-9a-fA-F]{32}$");
    return api.fetchWorkflow(workspaceSid, sid);
  }


  /**
   * List workflows.
   *
   * <p>Returns one page of the Workspace's Workflows, optionally restricted to a friendly name.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workflows} ({@code ListWorkflow}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Workflow> list(ListWorkflowParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listWorkflowPage, params.pageSize(), 1000L);
  }

  /**
   * List workflows. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Workflow> list(Consumer<ListWorkflowParams.Builder> options) {
    return list(ListWorkflowParams.of(options));
  }

  /**
   * List workflows. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Workflow> list() {
    return list(ListWorkflowParams.builder().build());
  }

  /**
   * List workflows. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<Workflow>> listAsync(ListWorkflowParams params) {
    return context.firstPageAsync(listCall(params, null), api::listWorkflowPage);
  }

  /**
   * List workflows. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<Workflow>> listAsync(Consumer<ListWorkflowParams.Builder> options) {
    return listAsync(ListWorkflowParams.of(options));
  }

  /**
   * List workflows. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<Workflow>> listAsync() {
    return listAsync(ListWorkflowParams.builder().build());
  }

  private Call<WorkflowList> listCall(ListWorkflowParams params, @Nullable Long pageSize) {
    return api.listWorkflow(workspaceSid, params.friendlyName(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a workflow.
   *
   * <p>Changes a Workflow's name, callbacks, reservation timeout or routing configuration; {@code ReEvaluateTasks=true} reroutes pending Tasks under the new configuration.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}} ({@code UpdateWorkflow}).
   *
   * @param sid SID of the Workflow.
   * @param params the options
   * @return the Workflow the API answered with
   */
  public Workflow update(String sid, UpdateWorkflowParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a workflow. Asynchronously.
   *
   * @param sid SID of the Workflow.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Workflow> updateAsync(String sid, UpdateWorkflowParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a workflow. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Workflow.
   * @param options sets the options
   * @return the Workflow the API answered with
   */
  public Workflow update(String sid, Consumer<UpdateWorkflowParams.Builder> options) {
    return update(sid, UpdateWorkflowParams.of(options));
  }

  /**
   * Update a workflow. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Workflow.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Workflow> updateAsync(String sid, Consumer<UpdateWorkflowParams.Builder> options) {
    return updateAsync(sid, UpdateWorkflowParams.of(options));
  }

  /**
   * Update a workflow. With no options.
   *
   * @param sid SID of the Workflow.
   * @return the Workflow the API answered with
   */
  public Workflow update(String sid) {
    return update(sid, UpdateWorkflowParams.builder().build());
  }

  /**
   * Update a workflow. Asynchronously, with no options.
   *
   * @param sid SID of the Workflow.
   * @return a future of the answer
   */
  public CompletableFuture<Workflow> updateAsync(String sid) {
    return updateAsync(sid, UpdateWorkflowParams.builder().build());
  }

  private Call<Workflow> updateCall(String sid, UpdateWorkflowParams params) {
    context.checkPathParam("Sid", sid, "^WW[0-9a-fA-F]{32}$");
    return api.updateWorkflow(workspaceSid, sid, params.friendlyName(), params.assignmentCallbackUrl(), params.fallbackAssignmentCallbackUrl(), params.configuration(), params.taskReservationTimeout(), params.reEvaluateTasks(), params.extraParams());
  }

}
