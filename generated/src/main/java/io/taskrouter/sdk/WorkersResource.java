// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkersApi;
import io.taskrouter.sdk.model.Worker;
import io.taskrouter.sdk.model.WorkerList;
import io.taskrouter.sdk.params.CreateWorkerParams;
import io.taskrouter.sdk.params.DeleteWorkerParams;
import io.taskrouter.sdk.params.ListWorkerParams;
import io.taskrouter.sdk.params.UpdateWorkerParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Workers: the people or processes that accept and handle Tasks.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkersResource {
  private final ApiContext context;
  private final WorkersApi api;
  private final String workspaceSid;

  WorkersResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(WorkersApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Create a worker.
   *
   * <p>Adds a Worker to the Workspace, in the given Activity or else in the Workspace's default Activity.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Workers} ({@code CreateWorker}).
   *
   * @param params the options
   * @return the Worker the API answered with
   */
  public Worker create(CreateWorkerParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create a worker. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Worker> createAsync(CreateWorkerParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create a worker. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the Worker the API answered with
   */
  public Worker create(Consumer<CreateWorkerParams.Builder> options) {
    return create(CreateWorkerParams.of(options));
  }

  /**
   * Create a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Worker> createAsync(Consumer<CreateWorkerParams.Builder> options) {
    return createAsync(CreateWorkerParams.of(options));
  }

  private Call<Worker> createCall(CreateWorkerParams params) {
    return api.createWorker(workspaceSid, params.friendlyName(), params.activitySid(), params.attributes(), params.extraParams());
  }


  /**
   * Delete a worker.
   *
   * <p>Removes a Worker from the Workspace. With {@code If-Match} the delete only happens at that revision.
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}} ({@code DeleteWorker}).
   *
   * @param sid SID of the Worker.
   * @param params the options
   */
  public void delete(String sid, DeleteWorkerParams params) {
    context.execute(deleteCall(sid, params));
  }

  /**
   * Delete a worker. Asynchronously.
   *
   * @param sid SID of the Worker.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid, DeleteWorkerParams params) {
    return context.executeAsync(deleteCall(sid, params));
  }

  /**
   * Delete a worker. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Worker.
   * @param options sets the options
   */
  public void delete(String sid, Consumer<DeleteWorkerParams.Builder> options) {
    delete(sid, DeleteWorkerParams.of(options));
  }

  /**
   * Delete a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Worker.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid, Consumer<DeleteWorkerParams.Builder> options) {
    return deleteAsync(sid, DeleteWorkerParams.of(options));
  }

  /**
   * Delete a worker. With no options.
   *
   * @param sid SID of the Worker.
   */
  public void delete(String sid) {
    delete(sid, DeleteWorkerParams.builder().build());
  }

  /**
   * Delete a worker. Asynchronously, with no options.
   *
   * @param sid SID of the Worker.
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return deleteAsync(sid, DeleteWorkerParams.builder().build());
  }

  private Call<Void> deleteCall(String sid, DeleteWorkerParams params) {
    context.checkPathParam("Sid", sid, "^WK[0-9a-fA-F]{32}$");
    return api.deleteWorker(workspaceSid, sid, params.ifMatch(), params.extraParams());
  }


  /**
   * Fetch a worker.
   *
   * <p>Returns one Worker. The {@code ETag} response header holds its current revision.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}} ({@code FetchWorker}).
   *
   * @param sid SID of the Worker.
   * @return the Worker the API answered with
   */
  public Worker fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a worker. Asynchronously.
   *
   * @param sid SID of the Worker.
   * @return a future of the answer
   */
  public CompletableFuture<Worker> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<Worker> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WK[0-9a-fA-F]{32}$");
    return api.fetchWorker(workspaceSid, sid);
  }


  /**
   * List workers.
   *
   * <p>Returns one page of the Workspace's Workers matching the given filters.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers} ({@code ListWorker}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Worker> list(ListWorkerParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listWorkerPage, params.pageSize(), 1000L);
  }

  /**
   * List workers. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Worker> list(Consumer<ListWorkerParams.Builder> options) {
    return list(ListWorkerParams.of(options));
  }

  /**
   * List workers. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Worker> list() {
    return list(ListWorkerParams.builder().build());
  }

  /**
   * List workers. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<Worker>> listAsync(ListWorkerParams params) {
    return context.firstPageAsync(listCall(params, null), api::listWorkerPage);
  }

  /**
   * List workers. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<Worker>> listAsync(Consumer<ListWorkerParams.Builder> options) {
    return listAsync(ListWorkerParams.of(options));
  }

  /**
   * List workers. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<Worker>> listAsync() {
    return listAsync(ListWorkerParams.builder().build());
  }

  private Call<WorkerList> listCall(ListWorkerParams params, @Nullable Long pageSize) {
    return api.listWorker(workspaceSid, params.activityName(), params.activitySid(), params.available(), params.friendlyName(), params.targetWorkersExpression(), params.taskQueueName(), params.taskQueueSid(), params.ordering(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a worker.
   *
   * <p>Changes a Worker's activity, attributes or friendly name. With {@code If-Match} the update only applies at that revision (HTTP 412 otherwise).
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}} ({@code UpdateWorker}).
   *
   * @param sid SID of the Worker.
   * @param params the options
   * @return the Worker the API answered with
   */
  public Worker update(String sid, UpdateWorkerParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a worker. Asynchronously.
   *
   * @param sid SID of the Worker.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Worker> updateAsync(String sid, UpdateWorkerParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a worker. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Worker.
   * @param options sets the options
   * @return the Worker the API answered with
   */
  public Worker update(String sid, Consumer<UpdateWorkerParams.Builder> options) {
    return update(sid, UpdateWorkerParams.of(options));
  }

  /**
   * Update a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Worker.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Worker> updateAsync(String sid, Consumer<UpdateWorkerParams.Builder> options) {
    return updateAsync(sid, UpdateWorkerParams.of(options));
  }

  /**
   * Update a worker. With no options.
   *
   * @param sid SID of the Worker.
   * @return the Worker the API answered with
   */
  public Worker update(String sid) {
    return update(sid, UpdateWorkerParams.builder().build());
  }

  /**
   * Update a worker. Asynchronously, with no options.
   *
   * @param sid SID of the Worker.
   * @return a future of the answer
   */
  public CompletableFuture<Worker> updateAsync(String sid) {
    return updateAsync(sid, UpdateWorkerParams.builder().build());
  }

  private Call<Worker> updateCall(String sid, UpdateWorkerParams params) {
    context.checkPathParam("Sid", sid, "^WK[0-9a-fA-F]{32}$");
    return api.updateWorker(workspaceSid, sid, params.ifMatch(), params.activitySid(), params.attributes(), params.friendlyName(), params.rejectPendingReservations(), params.extraParams());
  }

}
