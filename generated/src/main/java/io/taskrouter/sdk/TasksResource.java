// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.TasksApi;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskList;
import io.taskrouter.sdk.params.CreateTaskParams;
import io.taskrouter.sdk.params.DeleteTaskParams;
import io.taskrouter.sdk.params.ListTaskParams;
import io.taskrouter.sdk.params.UpdateTaskParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Tasks: units of work that TaskRouter routes to Workers through a Workflow.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class TasksResource {
  private final ApiContext context;
  private final TasksApi api;
  private final String workspaceSid;

  TasksResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(TasksApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Create a task.
   *
   * <p>Creates a Task in {@code pending} state and submits it to a Workflow (or to an explicit routing target) for assignment. The {@code ETag} response header holds the Task's first revision.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Tasks} ({@code CreateTask}).
   *
   * @param params the options
   * @return the Task the API answered with
   */
  public Task create(CreateTaskParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create a task. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Task> createAsync(CreateTaskParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create a task. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the Task the API answered with
   */
  public Task create(Consumer<CreateTaskParams.Builder> options) {
    return create(CreateTaskParams.of(options));
  }

  /**
   * Create a task. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Task> createAsync(Consumer<CreateTaskParams.Builder> options) {
    return createAsync(CreateTaskParams.of(options));
  }

  /**
   * Create a task. With no options.
   *
   * @return the Task the API answered with
   */
  public Task create() {
    return create(CreateTaskParams.builder().build());
  }

  /**
   * Create a task. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<Task> createAsync() {
    return createAsync(CreateTaskParams.builder().build());
  }

  private Call<Task> createCall(CreateTaskParams params) {
    return api.createTask(workspaceSid, params.timeout(), params.priority(), params.taskChannel(), params.workflowSid(), params.attributes(), params.virtualStartTime(), params.routingTarget(), params.ignoreCapacity(), params.taskQueueSid(), params.extraParams());
  }


  /**
   * Delete a task.
   *
   * <p>Deletes a Task and its pending reservations. With {@code If-Match} the delete only happens if the Task is still at that revision (HTTP 412 otherwise).
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}} ({@code DeleteTask}).
   *
   * @param sid SID of the Task.
   * @param params the options
   */
  public void delete(String sid, DeleteTaskParams params) {
    context.execute(deleteCall(sid, params));
  }

  /**
   * Delete a task. Asynchronously.
   *
   * @param sid SID of the Task.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid, DeleteTaskParams params) {
    return context.executeAsync(deleteCall(sid, params));
  }

  /**
   * Delete a task. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Task.
   * @param options sets the options
   */
  public void delete(String sid, Consumer<DeleteTaskParams.Builder> options) {
    delete(sid, DeleteTaskParams.of(options));
  }

  /**
   * Delete a task. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Task.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid, Consumer<DeleteTaskParams.Builder> options) {
    return deleteAsync(sid, DeleteTaskParams.of(options));
  }

  /**
   * Delete a task. With no options.
   *
   * @param sid SID of the Task.
   */
  public void delete(String sid) {
    delete(sid, DeleteTaskParams.builder().build());
  }

  /**
   * Delete a task. Asynchronously, with no options.
   *
   * @param sid SID of the Task.
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return deleteAsync(sid, DeleteTaskParams.builder().build());
  }

  private Call<Void> deleteCall(String sid, DeleteTaskParams params) {
    context.checkPathParam("Sid", sid, "^WT[0-9a-fA-F]{32}$");
    return api.deleteTask(workspaceSid, sid, params.ifMatch(), params.extraParams());
  }


  /**
   * Fetch a task.
   *
   * <p>Returns one Task. The {@code ETag} response header holds its current revision, usable in {@code If-Match} on a later update or delete.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}} ({@code FetchTask}).
   *
   * @param sid SID of the Task.
   * @return the Task the API answered with
   */
  public Task fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a task. Asynchronously.
   *
   * @param sid SID of the Task.
   * @return a future of the answer
   */
  public CompletableFuture<Task> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<Task> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WT[0-9a-fA-F]{32}$");
    return api.fetchTask(workspaceSid, sid);
  }


  /**
   * List tasks.
   *
   * <p>Returns one page of the Workspace's tasks matching the given filters. Use the paging URLs in {@code meta} (PageToken) to move between pages; jumping with {@code Page} is not supported. Attributes may be null in list results.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Tasks} ({@code ListTask}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Task> list(ListTaskParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listTaskPage, params.pageSize(), 1000L);
  }

  /**
   * List tasks. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Task> list(Consumer<ListTaskParams.Builder> options) {
    return list(ListTaskParams.of(options));
  }

  /**
   * List tasks. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Task> list() {
    return list(ListTaskParams.builder().build());
  }

  /**
   * List tasks. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<Task>> listAsync(ListTaskParams params) {
    return context.firstPageAsync(listCall(params, null), api::listTaskPage);
  }

  /**
   * List tasks. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<Task>> listAsync(Consumer<ListTaskParams.Builder> options) {
    return listAsync(ListTaskParams.of(options));
  }

  /**
   * List tasks. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<Task>> listAsync() {
    return listAsync(ListTaskParams.builder().build());
  }

  private Call<TaskList> listCall(ListTaskParams params, @Nullable Long pageSize) {
    return api.listTask(workspaceSid, params.priority(), params.assignmentStatus(), params.workflowSid(), params.workflowName(), params.taskQueueSid(), params.taskQueueName(), params.evaluateTaskAttributes(), params.routingTarget(), params.ordering(), params.hasAddons(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a task.
   *
   * <p>Changes a Task's attributes, priority, channel, virtual start time or assignment status (cancel, wrap up, complete). A status change to wrapping/completed and an attributes change must be sent as separate requests. With {@code If-Match} the update only applies if the Task is still at that revision, otherwise the API answers HTTP 412.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}} ({@code UpdateTask}).
   *
   * @param sid SID of the Task.
   * @param params the options
   * @return the Task the API answered with
   */
  public Task update(String sid, UpdateTaskParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a task. Asynchronously.
   *
   * @param sid SID of the Task.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Task> updateAsync(String sid, UpdateTaskParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a task. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Task.
   * @param options sets the options
   * @return the Task the API answered with
   */
  public Task update(String sid, Consumer<UpdateTaskParams.Builder> options) {
    return update(sid, UpdateTaskParams.of(options));
  }

  /**
   * Update a task. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Task.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Task> updateAsync(String sid, Consumer<UpdateTaskParams.Builder> options) {
    return updateAsync(sid, UpdateTaskParams.of(options));
  }

  /**
   * Update a task. With no options.
   *
   * @param sid SID of the Task.
   * @return the Task the API answered with
   */
  public Task update(String sid) {
    return update(sid, UpdateTaskParams.builder().build());
  }

  /**
   * Update a task. Asynchronously, with no options.
   *
   * @param sid SID of the Task.
   * @return a future of the answer
   */
  public CompletableFuture<Task> updateAsync(String sid) {
    return updateAsync(sid, UpdateTaskParams.builder().build());
  }

  private Call<Task> updateCall(String sid, UpdateTaskParams params) {
    context.checkPathParam("Sid", sid, "^WT[0-9a-fA-F]{32}$");
    return api.updateTask(workspaceSid, sid, params.ifMatch(), params.attributes(), params.assignmentStatus(), params.reason(), params.priority(), params.taskChannel(), params.virtualStartTime(), params.extraParams());
  }

}
