// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkerChannelsApi;
import io.taskrouter.sdk.model.WorkerChannel;
import io.taskrouter.sdk.model.WorkerChannelList;
import io.taskrouter.sdk.params.ListWorkerChannelParams;
import io.taskrouter.sdk.params.UpdateWorkerChannelParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Per-channel capacity and availability of one Worker.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkerChannelsResource {
  private final ApiContext context;
  private final WorkerChannelsApi api;
  private final String workspaceSid;
  private final String workerSid;

  WorkerChannelsResource(ApiContext context, String workspaceSid, String workerSid) {
    this.context = context;
    this.api = context.api(WorkerChannelsApi.class);
    this.workspaceSid = workspaceSid;
    this.workerSid = workerSid;
  }


  /**
   * Fetch a channel of a worker.
   *
   * <p>Returns the capacity and availability of one Worker on one TaskChannel.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}} ({@code FetchWorkerChannel}).
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @return the WorkerChannel the API answered with
   */
  public WorkerChannel fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a channel of a worker. Asynchronously.
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @return a future of the answer
   */
  public CompletableFuture<WorkerChannel> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<WorkerChannel> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, null);
    return api.fetchWorkerChannel(workspaceSid, workerSid, sid);
  }


  /**
   * List channels of a worker.
   *
   * <p>Returns one page of the Worker's per-TaskChannel capacity records.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels} ({@code ListWorkerChannel}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<WorkerChannel> list(ListWorkerChannelParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listWorkerChannelPage, params.pageSize(), 1000L);
  }

  /**
   * List channels of a worker. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<WorkerChannel> list(Consumer<ListWorkerChannelParams.Builder> options) {
    return list(ListWorkerChannelParams.of(options));
  }

  /**
   * List channels of a worker. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<WorkerChannel> list() {
    return list(ListWorkerChannelParams.builder().build());
  }

  /**
   * List channels of a worker. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<WorkerChannel>> listAsync(ListWorkerChannelParams params) {
    return context.firstPageAsync(listCall(params, null), api::listWorkerChannelPage);
  }

  /**
   * List channels of a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<WorkerChannel>> listAsync(Consumer<ListWorkerChannelParams.Builder> options) {
    return listAsync(ListWorkerChannelParams.of(options));
  }

  /**
   * List channels of a worker. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<WorkerChannel>> listAsync() {
    return listAsync(ListWorkerChannelParams.builder().build());
  }

  private Call<WorkerChannelList> listCall(ListWorkerChannelParams params, @Nullable Long pageSize) {
    return api.listWorkerChannel(workspaceSid, workerSid, pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a channel of a worker.
   *
   * <p>Changes how many Tasks of one channel the Worker can hold, or switches the channel on or off for that Worker.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}} ({@code UpdateWorkerChannel}).
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @param params the options
   * @return the WorkerChannel the API answered with
   */
  public WorkerChannel update(String sid, UpdateWorkerChannelParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a channel of a worker. Asynchronously.
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerChannel> updateAsync(String sid, UpdateWorkerChannelParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a channel of a worker. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @param options sets the options
   * @return the WorkerChannel the API answered with
   */
  public WorkerChannel update(String sid, Consumer<UpdateWorkerChannelParams.Builder> options) {
    return update(sid, UpdateWorkerChannelParams.of(options));
  }

  /**
   * Update a channel of a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerChannel> updateAsync(String sid, Consumer<UpdateWorkerChannelParams.Builder> options) {
    return updateAsync(sid, UpdateWorkerChannelParams.of(options));
  }

  /**
   * Update a channel of a worker. With no options.
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @return the WorkerChannel the API answered with
   */
  public WorkerChannel update(String sid) {
    return update(sid, UpdateWorkerChannelParams.builder().build());
  }

  /**
   * Update a channel of a worker. Asynchronously, with no options.
   *
   * @param sid SID of the Worker Channel (the API puts no format constraint on this path segment).
   * @return a future of the answer
   */
  public CompletableFuture<WorkerChannel> updateAsync(String sid) {
    return updateAsync(sid, UpdateWorkerChannelParams.builder().build());
  }

  private Call<WorkerChannel> updateCall(String sid, UpdateWorkerChannelParams params) {
    context.checkPathParam("Sid", sid, null);
    return api.updateWorkerChannel(workspaceSid, workerSid, sid, params.capacity(), params.available(), params.extraParams());
  }

}
