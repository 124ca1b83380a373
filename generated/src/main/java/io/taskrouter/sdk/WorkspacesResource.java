// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkspacesApi;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.sdk.model.WorkspaceList;
import io.taskrouter.sdk.params.CreateWorkspaceParams;
import io.taskrouter.sdk.params.ListWorkspaceParams;
import io.taskrouter.sdk.params.UpdateWorkspaceParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Workspaces: the top-level containers that hold all other TaskRouter resources of an application.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkspacesResource {
  private final ApiContext context;
  private final WorkspacesApi api;

  WorkspacesResource(ApiContext context) {
    this.context = context;
    this.api = context.api(WorkspacesApi.class);
  }


  /**
   * Create a workspace.
   *
   * <p>Creates a Workspace, the container for every other TaskRouter resource. The default activities are created with it; {@code Template=FIFO} additionally provisions one TaskQueue and one Workflow that sends every Task to that queue.
   *
   * <p>Wire: {@code POST /v1/Workspaces} ({@code CreateWorkspace}).
   *
   * @param params the options
   * @return the Workspace the API answered with
   */
  public Workspace create(CreateWorkspaceParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create a workspace. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Workspace> createAsync(CreateWorkspaceParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create a workspace. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the Workspace the API answered with
   */
  public Workspace create(Consumer<CreateWorkspaceParams.Builder> options) {
    return create(CreateWorkspaceParams.of(options));
  }

  /**
   * Create a workspace. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Workspace> createAsync(Consumer<CreateWorkspaceParams.Builder> options) {
    return createAsync(CreateWorkspaceParams.of(options));
  }

  private Call<Workspace> createCall(CreateWorkspaceParams params) {
    return api.createWorkspace(params.friendlyName(), params.eventCallbackUrl(), params.eventsFilter(), params.multiTaskEnabled(), params.template(), params.prioritizeQueueOrder(), params.extraParams());
  }


  /**
   * Delete a workspace.
   *
   * <p>Removes a Workspace and everything it contains (activities, queues, workers, workflows, tasks). There is no undo.
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{Sid}} ({@code DeleteWorkspace}).
   *
   * @param sid SID of the Workspace.
   */
  public void delete(String sid) {
    context.execute(deleteCall(sid));
  }

  /**
   * Delete a workspace. Asynchronously.
   *
   * @param sid SID of the Workspace.
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return context.executeAsync(deleteCall(sid));
  }

  private Call<Void> deleteCall(String sid) {
    context.checkPathParam("Sid", sid, "^WS[0-9a-fA-F]{32}$");
    return api.deleteWorkspace(sid);
  }


  /**
   * Fetch a workspace.
   *
   * <p>Returns the Workspace with the given SID.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{Sid}} ({@code FetchWorkspace}).
   *
   * @param sid SID of the Workspace.
   * @return the Workspace the API answered with
   */
  public Workspace fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a workspace. Asynchronously.
   *
   * @param sid SID of the Workspace.
   * @return a future of the answer
   */
  public CompletableFuture<Workspace> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<Workspace> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WS[0-9a-fA-F]{32}$");
    return api.fetchWorkspace(sid);
  }


  /**
   * List workspaces.
   *
   * <p>Returns one page of the account's Workspaces, optionally restricted to a friendly name. Follow {@code meta.next_page_url} to get the next page.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces} ({@code ListWorkspace}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Workspace> list(ListWorkspaceParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listWorkspacePage, params.pageSize(), 1000L);
  }

  /**
   * List workspaces. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Workspace> list(Consumer<ListWorkspaceParams.Builder> options) {
    return list(ListWorkspaceParams.of(options));
  }

  /**
   * List workspaces. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Workspace> list() {
    return list(ListWorkspaceParams.builder().build());
  }

  /**
   * List workspaces. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<Workspace>> listAsync(ListWorkspaceParams params) {
    return context.firstPageAsync(listCall(params, null), api::listWorkspacePage);
  }

  /**
   * List workspaces. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<Workspace>> listAsync(Consumer<ListWorkspaceParams.Builder> options) {
    return listAsync(ListWorkspaceParams.of(options));
  }

  /**
   * List workspaces. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<Workspace>> listAsync() {
    return listAsync(ListWorkspaceParams.builder().build());
  }

  private Call<WorkspaceList> listCall(ListWorkspaceParams params, @Nullable Long pageSize) {
    return api.listWorkspace(params.friendlyName(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a workspace.
   *
   * <p>Changes settings of a Workspace. Fields that are not sent keep their current value.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{Sid}} ({@code UpdateWorkspace}).
   *
   * @param sid SID of the Workspace.
   * @param params the options
   * @return the Workspace the API answered with
   */
  public Workspace update(String sid, UpdateWorkspaceParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a workspace. Asynchronously.
   *
   * @param sid SID of the Workspace.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Workspace> updateAsync(String sid, UpdateWorkspaceParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a workspace. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Workspace.
   * @param options sets the options
   * @return the Workspace the API answered with
   */
  public Workspace update(String sid, Consumer<UpdateWorkspaceParams.Builder> options) {
    return update(sid, UpdateWorkspaceParams.of(options));
  }

  /**
   * Update a workspace. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Workspace.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Workspace> updateAsync(String sid, Consumer<UpdateWorkspaceParams.Builder> options) {
    return updateAsync(sid, UpdateWorkspaceParams.of(options));
  }

  /**
   * Update a workspace. With no options.
   *
   * @param sid SID of the Workspace.
   * @return the Workspace the API answered with
   */
  public Workspace update(String sid) {
    return update(sid, UpdateWorkspaceParams.builder().build());
  }

  /**
   * Update a workspace. Asynchronously, with no options.
   *
   * @param sid SID of the Workspace.
   * @return a future of the answer
   */
  public CompletableFuture<Workspace> updateAsync(String sid) {
    return updateAsync(sid, UpdateWorkspaceParams.builder().build());
  }

  private Call<Workspace> updateCall(String sid, UpdateWorkspaceParams params) {
    context.checkPathParam("Sid", sid, "^WS[0-9a-fA-F]{32}$");
    return api.updateWorkspace(sid, params.defaultActivitySid(), params.eventCallbackUrl(), params.eventsFilter(), params.friendlyName(), params.multiTaskEnabled(), params.timeoutActivitySid(), params.prioritizeQueueOrder(), params.extraParams());
  }

}
