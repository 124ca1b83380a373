// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.TaskQueuesApi;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.TaskQueueList;
import io.taskrouter.sdk.params.CreateTaskQueueParams;
import io.taskrouter.sdk.params.ListTaskQueueParams;
import io.taskrouter.sdk.params.UpdateTaskQueueParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * TaskQueues: holding areas where Tasks wait for an eligible Worker.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class TaskQueuesResource {
  private final ApiContext context;
  private final TaskQueuesApi api;
  private final String workspaceSid;

  TaskQueuesResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(TaskQueuesApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Create a task queue.
   *
   * <p>Adds a TaskQueue. Its {@code TargetWorkers} expression decides which Workers may receive the queue's Tasks.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/TaskQueues} ({@code CreateTaskQueue}).
   *
   * @param params the options
   * @return the TaskQueue the API answered with
   */
  public TaskQueue create(CreateTaskQueueParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create a task queue. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueue> createAsync(CreateTaskQueueParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create a task queue. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the TaskQueue the API answered with
   */
  public TaskQueue create(Consumer<CreateTaskQueueParams.Builder> options) {
    return create(CreateTaskQueueParams.of(options));
  }

  /**
   * Create a task queue. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueue> createAsync(Consumer<CreateTaskQueueParams.Builder> options) {
    return createAsync(CreateTaskQueueParams.of(options));
  }

  private Call<TaskQueue> createCall(CreateTaskQueueParams params) {
    return api.createTaskQueue(workspaceSid, params.friendlyName(), params.targetWorkers(), params.maxReservedWorkers(), params.taskOrder(), params.reservationActivitySid(), params.assignmentActivitySid(), params.extraParams());
  }


  /**
   * Delete a task queue.
   *
   * <p>Removes a TaskQueue. The API refuses it while Tasks that may still be routed to the queue exist.
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}} ({@code DeleteTaskQueue}).
   *
   * @param sid SID of the TaskQueue.
   */
  public void delete(String sid) {
    context.execute(deleteCall(sid));
  }

  /**
   * Delete a task queue. Asynchronously.
   *
   * @param sid SID of the TaskQueue.
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return context.executeAsync(deleteCall(sid));
  }

  private Call<Void> deleteCall(String sid) {
    context.checkPathParam("Sid", sid, "^WQ[0-9a-fA-F]{32}$");
    return api.deleteTaskQueue(workspaceSid, sid);
  }


  /**
   * Fetch a task queue.
   *
   * <p>Returns one TaskQueue of the Workspace.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}} ({@code FetchTaskQueue}).
   *
   * @param sid SID of the TaskQueue.
   * @return the TaskQueue the API answered with
   */
  public TaskQueue fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a task queue. Asynchronously.
   *
   * @param sid SID of the TaskQueue.
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueue> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<TaskQueue> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WQ[0-9a-fA-F]{32}$");
    return api.fetchTaskQueue(workspaceSid, sid);
  }


  /**
   * List task queues.
   *
   * <p>Returns one page of the Workspace's TaskQueues, optionally only those a given Worker (or a given set of worker attributes) is eligible for.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues} ({@code ListTaskQueue}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskQueue> list(ListTaskQueueParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listTaskQueuePage, params.pageSize(), 1000L);
  }

  /**
   * List task queues. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskQueue> list(Consumer<ListTaskQueueParams.Builder> options) {
    return list(ListTaskQueueParams.of(options));
  }

  /**
   * List task queues. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskQueue> list() {
    return list(ListTaskQueueParams.builder().build());
  }

  /**
   * List task queues. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskQueue>> listAsync(ListTaskQueueParams params) {
    return context.firstPageAsync(listCall(params, null), api::listTaskQueuePage);
  }

  /**
   * List task queues. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskQueue>> listAsync(Consumer<ListTaskQueueParams.Builder> options) {
    return listAsync(ListTaskQueueParams.of(options));
  }

  /**
   * List task queues. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<TaskQueue>> listAsync() {
    return listAsync(ListTaskQueueParams.builder().build());
  }

  private Call<TaskQueueList> listCall(ListTaskQueueParams params, @Nullable Long pageSize) {
    return api.listTaskQueue(workspaceSid, params.friendlyName(), params.evaluateWorkerAttributes(), params.workerSid(), params.ordering(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a task queue.
   *
   * <p>Changes settings of a TaskQueue. Fields that are not sent keep their current value.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}} ({@code UpdateTaskQueue}).
   *
   * @param sid SID of the TaskQueue.
   * @param params the options
   * @return the TaskQueue the API answered with
   */
  public TaskQueue update(String sid, UpdateTaskQueueParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a task queue. Asynchronously.
   *
   * @param sid SID of the TaskQueue.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueue> updateAsync(String sid, UpdateTaskQueueParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a task queue. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the TaskQueue.
   * @param options sets the options
   * @return the TaskQueue the API answered with
   */
  public TaskQueue update(String sid, Consumer<UpdateTaskQueueParams.Builder> options) {
    return update(sid, UpdateTaskQueueParams.of(options));
  }

  /**
   * Update a task queue. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the TaskQueue.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueue> updateAsync(String sid, Consumer<UpdateTaskQueueParams.Builder> options) {
    return updateAsync(sid, UpdateTaskQueueParams.of(options));
  }

  /**
   * Update a task queue. With no options.
   *
   * @param sid SID of the TaskQueue.
   * @return the TaskQueue the API answered with
   */
  public TaskQueue update(String sid) {
    return update(sid, UpdateTaskQueueParams.builder().build());
  }

  /**
   * Update a task queue. Asynchronously, with no options.
   *
   * @param sid SID of the TaskQueue.
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueue> updateAsync(String sid) {
    return updateAsync(sid, UpdateTaskQueueParams.builder().build());
  }

  private Call<TaskQueue> updateCall(String sid, UpdateTaskQueueParams params) {
    context.checkPathParam("Sid", sid, "^WQ[0-9a-fA-F]{32}$");
    return api.updateTaskQueue(workspaceSid, sid, params.friendlyName(), params.targetWorkers(), params.reservationActivitySid(), params.assignmentActivitySid(), params.maxReservedWorkers(), params.taskOrder(), params.extraParams());
  }

}
