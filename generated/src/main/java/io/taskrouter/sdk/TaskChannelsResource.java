// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.TaskChannelsApi;
import io.taskrouter.sdk.model.TaskChannel;
import io.taskrouter.sdk.model.TaskChannelList;
import io.taskrouter.sdk.params.CreateTaskChannelParams;
import io.taskrouter.sdk.params.ListTaskChannelParams;
import io.taskrouter.sdk.params.UpdateTaskChannelParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * TaskChannels: kinds of work (voice, chat, sms, ...) used to size Worker capacity in multitasking Workspaces.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class TaskChannelsResource {
  private final ApiContext context;
  private final TaskChannelsApi api;
  private final String workspaceSid;

  TaskChannelsResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(TaskChannelsApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Create a task channel.
   *
   * <p>Adds a TaskChannel (a kind of work such as {@code voice} or {@code chat}) to the Workspace.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/TaskChannels} ({@code CreateTaskChannel}).
   *
   * @param params the options
   * @return the TaskChannel the API answered with
   */
  public TaskChannel create(CreateTaskChannelParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create a task channel. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskChannel> createAsync(CreateTaskChannelParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create a task channel. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the TaskChannel the API answered with
   */
  public TaskChannel create(Consumer<CreateTaskChannelParams.Builder> options) {
    return create(CreateTaskChannelParams.of(options));
  }

  /**
   * Create a task channel. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskChannel> createAsync(Consumer<CreateTaskChannelParams.Builder> options) {
    return createAsync(CreateTaskChannelParams.of(options));
  }

  private Call<TaskChannel> createCall(CreateTaskChannelParams params) {
    return api.createTaskChannel(workspaceSid, params.friendlyName(), params.uniqueName(), params.channelOptimizedRouting(), params.extraParams());
  }


  /**
   * Delete a task channel.
   *
   * <p>Removes a TaskChannel from the Workspace.
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}} ({@code DeleteTaskChannel}).
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   */
  public void delete(String sid) {
    context.execute(deleteCall(sid));
  }

  /**
   * Delete a task channel. Asynchronously.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return context.executeAsync(deleteCall(sid));
  }

  private Call<Void> deleteCall(String sid) {
    context.checkPathParam("Sid", sid, null);
    return api.deleteTaskChannel(workspaceSid, sid);
  }


  /**
   * Fetch a task channel.
   *
   * <p>Returns one TaskChannel of the Workspace.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}} ({@code FetchTaskChannel}).
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @return the TaskChannel the API answered with
   */
  public TaskChannel fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a task channel. Asynchronously.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @return a future of the answer
   */
  public CompletableFuture<TaskChannel> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<TaskChannel> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, null);
    return api.fetchTaskChannel(workspaceSid, sid);
  }


  /**
   * List task channels.
   *
   * <p>Returns one page of the Workspace's TaskChannels.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskChannels} ({@code ListTaskChannel}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskChannel> list(ListTaskChannelParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listTaskChannelPage, params.pageSize(), 1000L);
  }

  /**
   * List task channels. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskChannel> list(Consumer<ListTaskChannelParams.Builder> options) {
    return list(ListTaskChannelParams.of(options));
  }

  /**
   * List task channels. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskChannel> list() {
    return list(ListTaskChannelParams.builder().build());
  }

  /**
   * List task channels. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskChannel>> listAsync(ListTaskChannelParams params) {
    return context.firstPageAsync(listCall(params, null), api::listTaskChannelPage);
  }

  /**
   * List task channels. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskChannel>> listAsync(Consumer<ListTaskChannelParams.Builder> options) {
    return listAsync(ListTaskChannelParams.of(options));
  }

  /**
   * List task channels. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<TaskChannel>> listAsync() {
    return listAsync(ListTaskChannelParams.builder().build());
  }

  private Call<TaskChannelList> listCall(ListTaskChannelParams params, @Nullable Long pageSize) {
    return api.listTaskChannel(workspaceSid, pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a task channel.
   *
   * <p>Changes the friendly name or the channel-optimized routing flag of a TaskChannel.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}} ({@code UpdateTaskChannel}).
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @param params the options
   * @return the TaskChannel the API answered with
   */
  public TaskChannel update(String sid, UpdateTaskChannelParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a task channel. Asynchronously.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskChannel> updateAsync(String sid, UpdateTaskChannelParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a task channel. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @param options sets the options
   * @return the TaskChannel the API answered with
   */
  public TaskChannel update(String sid, Consumer<UpdateTaskChannelParams.Builder> options) {
    return update(sid, UpdateTaskChannelParams.of(options));
  }

  /**
   * Update a task channel. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskChannel> updateAsync(String sid, Consumer<UpdateTaskChannelParams.Builder> options) {
    return updateAsync(sid, UpdateTaskChannelParams.of(options));
  }

  /**
   * Update a task channel. With no options.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @return the TaskChannel the API answered with
   */
  public TaskChannel update(String sid) {
    return update(sid, UpdateTaskChannelParams.builder().build());
  }

  /**
   * Update a task channel. Asynchronously, with no options.
   *
   * @param sid SID of the TaskChannel (the API puts no format constraint on this path segment).
   * @return a future of the answer
   */
  public CompletableFuture<TaskChannel> updateAsync(String sid) {
    return updateAsync(sid, UpdateTaskChannelParams.builder().build());
  }

  private Call<TaskChannel> updateCall(String sid, UpdateTaskChannelParams params) {
    context.checkPathParam("Sid", sid, null);
    return api.updateTaskChannel(workspaceSid, sid, params.friendlyName(), params.channelOptimizedRouting(), params.extraParams());
  }

}
