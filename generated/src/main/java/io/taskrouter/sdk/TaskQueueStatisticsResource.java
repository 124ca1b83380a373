// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.TaskQueueStatisticsApi;
import io.taskrouter.sdk.model.TaskQueueCumulativeStatistics;
import io.taskrouter.sdk.model.TaskQueueRealTimeStatistics;
import io.taskrouter.sdk.model.TaskQueueStatistics;
import io.taskrouter.sdk.params.FetchTaskQueueCumulativeStatisticsParams;
import io.taskrouter.sdk.params.FetchTaskQueueRealTimeStatisticsParams;
import io.taskrouter.sdk.params.FetchTaskQueueStatisticsParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Real-time and cumulative statistics of one TaskQueue.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class TaskQueueStatisticsResource {
  private final ApiContext context;
  private final TaskQueueStatisticsApi api;
  private final String workspaceSid;
  private final String taskQueueSid;

  TaskQueueStatisticsResource(ApiContext context, String workspaceSid, String taskQueueSid) {
    this.context = context;
    this.api = context.api(TaskQueueStatisticsApi.class);
    this.workspaceSid = workspaceSid;
    this.taskQueueSid = taskQueueSid;
  }


  /**
   * Fetch cumulative statistics of a task queue.
   *
   * <p>Returns counters of one TaskQueue over a time window (default: the last 15 minutes, up to 30 days back).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics} ({@code FetchTaskQueueCumulativeStatistics}).
   *
   * @param params the options
   * @return the TaskQueueCumulativeStatistics the API answered with
   */
  public TaskQueueCumulativeStatistics cumulative(FetchTaskQueueCumulativeStatisticsParams params) {
    return context.execute(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of a task queue. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueCumulativeStatistics> cumulativeAsync(FetchTaskQueueCumulativeStatisticsParams params) {
    return context.executeAsync(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of a task queue. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the TaskQueueCumulativeStatistics the API answered with
   */
  public TaskQueueCumulativeStatistics cumulative(Consumer<FetchTaskQueueCumulativeStatisticsParams.Builder> options) {
    return cumulative(FetchTaskQueueCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of a task queue. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueCumulativeStatistics> cumulativeAsync(Consumer<FetchTaskQueueCumulativeStatisticsParams.Builder> options) {
    return cumulativeAsync(FetchTaskQueueCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of a task queue. With no options.
   *
   * @return the TaskQueueCumulativeStatistics the API answered with
   */
  public TaskQueueCumulativeStatistics cumulative() {
    return cumulative(FetchTaskQueueCumulativeStatisticsParams.builder().build());
  }

  /**
   * Fetch cumulative statistics of a task queue. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueCumulativeStatistics> cumulativeAsync() {
    return cumulativeAsync(FetchTaskQueueCumulativeStatisticsParams.builder().build());
  }

  private Call<TaskQueueCumulativeStatistics> cumulativeCall(FetchTaskQueueCumulativeStatisticsParams params) {
    return api.fetchTaskQueueCumulativeStatistics(workspaceSid, taskQueueSid, params.endDate(), params.minutes(), params.startDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), params.extraParams());
  }


  /**
   * Fetch real-time statistics of a task queue.
   *
   * <p>Returns the current state of one TaskQueue: waiting tasks by status and priority, eligible and available workers, longest waiting task. Values may lag a few seconds behind events.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics} ({@code FetchTaskQueueRealTimeStatistics}).
   *
   * @param params the options
   * @return the TaskQueueRealTimeStatistics the API answered with
   */
  public TaskQueueRealTimeStatistics realTime(FetchTaskQueueRealTimeStatisticsParams params) {
    return context.execute(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of a task queue. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueRealTimeStatistics> realTimeAsync(FetchTaskQueueRealTimeStatisticsParams params) {
    return context.executeAsync(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of a task queue. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the TaskQueueRealTimeStatistics the API answered with
   */
  public TaskQueueRealTimeStatistics realTime(Consumer<FetchTaskQueueRealTimeStatisticsParams.Builder> options) {
    return realTime(FetchTaskQueueRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of a task queue. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueRealTimeStatistics> realTimeAsync(Consumer<FetchTaskQueueRealTimeStatisticsParams.Builder> options) {
    return realTimeAsync(FetchTaskQueueRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of a task queue. With no options.
   *
   * @return the TaskQueueRealTimeStatistics the API answered with
   */
  public TaskQueueRealTimeStatistics realTime() {
    return realTime(FetchTaskQueueRealTimeStatisticsParams.builder().build());
  }

  /**
   * Fetch real-time statistics of a task queue. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueRealTimeStatistics> realTimeAsync() {
    return realTimeAsync(FetchTaskQueueRealTimeStatisticsParams.builder().build());
  }

  private Call<TaskQueueRealTimeStatistics> realTimeCall(FetchTaskQueueRealTimeStatisticsParams params) {
    return api.fetchTaskQueueRealTimeStatistics(workspaceSid, taskQueueSid, params.taskChannel(), params.extraParams());
  }


  /**
   * Fetch statistics of a task queue.
   *
   * <p>Returns both the real-time snapshot and the cumulative statistics of one TaskQueue. The cumulative window defaults to the last 15 minutes.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics} ({@code FetchTaskQueueStatistics}).
   *
   * @param params the options
   * @return the TaskQueueStatistics the API answered with
   */
  public TaskQueueStatistics fetch(FetchTaskQueueStatisticsParams params) {
    return context.execute(fetchCall(params));
  }

  /**
   * Fetch statistics of a task queue. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueStatistics> fetchAsync(FetchTaskQueueStatisticsParams params) {
    return context.executeAsync(fetchCall(params));
  }

  /**
   * Fetch statistics of a task queue. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the TaskQueueStatistics the API answered with
   */
  public TaskQueueStatistics fetch(Consumer<FetchTaskQueueStatisticsParams.Builder> options) {
    return fetch(FetchTaskQueueStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a task queue. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueStatistics> fetchAsync(Consumer<FetchTaskQueueStatisticsParams.Builder> options) {
    return fetchAsync(FetchTaskQueueStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a task queue. With no options.
   *
   * @return the TaskQueueStatistics the API answered with
   */
  public TaskQueueStatistics fetch() {
    return fetch(FetchTaskQueueStatisticsParams.builder().build());
  }

  /**
   * Fetch statistics of a task queue. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<TaskQueueStatistics> fetchAsync() {
    return fetchAsync(FetchTaskQueueStatisticsParams.builder().build());
  }

  private Call<TaskQueueStatistics> fetchCall(FetchTaskQueueStatisticsParams params) {
    return api.fetchTaskQueueStatistics(workspaceSid, taskQueueSid, params.endDate(), params.minutes(), params.startDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), params.extraParams());
  }

}
