// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.TaskQueuesStatisticsApi;
import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatistics;
import io.taskrouter.sdk.model.TaskQueuesStatistics;
import io.taskrouter.sdk.model.TaskQueuesStatisticsList;
import io.taskrouter.sdk.params.CreateTaskQueueBulkRealTimeStatisticsParams;
import io.taskrouter.sdk.params.ListTaskQueuesStatisticsParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Statistics over several TaskQueues of a Workspace at once.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class TaskQueuesStatisticsResource {
  private final ApiContext context;
  private final TaskQueuesStatisticsApi api;
  private final String workspaceSid;

  TaskQueuesStatisticsResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(TaskQueuesStatisticsApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Fetch real-time statistics of up to 50 task queues.
   *
   * <p>Returns the real-time statistics of several TaskQueues in one call. Despite being a POST it creates nothing: the JSON body only carries the list of TaskQueue SIDs (between 1 and 50; otherwise HTTP 400). SIDs that are well-formed but unknown to the account come back with all counters at zero. The endpoint is limited to 5 requests per second (HTTP 429 beyond).
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics} ({@code CreateTaskQueueBulkRealTimeStatistics}).
   *
   * @param params the options
   * @return the TaskQueueBulkRealTimeStatistics the API answered with
   */
  public TaskQueueBulkRealTimeStatistics realTime(CreateTaskQueueBulkRealTimeStatisticsParams params) {
    return context.execute(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of up to 50 task queues. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueBulkRealTimeStatistics> realTimeAsync(CreateTaskQueueBulkRealTimeStatisticsParams params) {
    return context.executeAsync(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of up to 50 task queues. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the TaskQueueBulkRealTimeStatistics the API answered with
   */
  public TaskQueueBulkRealTimeStatistics realTime(Consumer<CreateTaskQueueBulkRealTimeStatisticsParams.Builder> options) {
    return realTime(CreateTaskQueueBulkRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of up to 50 task queues. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueBulkRealTimeStatistics> realTimeAsync(Consumer<CreateTaskQueueBulkRealTimeStatisticsParams.Builder> options) {
    return realTimeAsync(CreateTaskQueueBulkRealTimeStatisticsParams.of(options));
  }

  private Call<TaskQueueBulkRealTimeStatistics> realTimeCall(CreateTaskQueueBulkRealTimeStatisticsParams params) {
    return api.createTaskQueueBulkRealTimeStatistics(workspaceSid, params.body());
  }


  /**
   * List statistics of all task queues.
   *
   * <p>Returns one page of combined real-time and cumulative statistics, one entry per TaskQueue of the Workspace. The cumulative part covers the last 15 minutes unless {@code Minutes} or {@code StartDate}/{@code EndDate} say otherwise.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics} ({@code ListTaskQueuesStatistics}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskQueuesStatistics> list(ListTaskQueuesStatisticsParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listTaskQueuesStatisticsPage, params.pageSize(), 1000L);
  }

  /**
   * List statistics of all task queues. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskQueuesStatistics> list(Consumer<ListTaskQueuesStatisticsParams.Builder> options) {
    return list(ListTaskQueuesStatisticsParams.of(options));
  }

  /**
   * List statistics of all task queues. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskQueuesStatistics> list() {
    return list(ListTaskQueuesStatisticsParams.builder().build());
  }

  /**
   * List statistics of all task queues. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskQueuesStatistics>> listAsync(ListTaskQueuesStatisticsParams params) {
    return context.firstPageAsync(listCall(params, null), api::listTaskQueuesStatisticsPage);
  }

  /**
   * List statistics of all task queues. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskQueuesStatistics>> listAsync(Consumer<ListTaskQueuesStatisticsParams.Builder> options) {
    return listAsync(ListTaskQueuesStatisticsParams.of(options));
  }

  /**
   * List statistics of all task queues. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<TaskQueuesStatistics>> listAsync() {
    return listAsync(ListTaskQueuesStatisticsParams.builder().build());
  }

  private Call<TaskQueuesStatisticsList> listCall(ListTaskQueuesStatisticsParams params, @Nullable Long pageSize) {
    return api.listTaskQueuesStatistics(workspaceSid, params.endDate(), params.friendlyName(), params.minutes(), params.startDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }

}
