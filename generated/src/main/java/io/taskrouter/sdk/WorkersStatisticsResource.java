// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkersStatisticsApi;
import io.taskrouter.sdk.model.WorkerStatistics;
import io.taskrouter.sdk.model.WorkersCumulativeStatistics;
import io.taskrouter.sdk.model.WorkersRealTimeStatistics;
import io.taskrouter.sdk.params.FetchWorkerStatisticsParams;
import io.taskrouter.sdk.params.FetchWorkersCumulativeStatisticsParams;
import io.taskrouter.sdk.params.FetchWorkersRealTimeStatisticsParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Statistics over all Workers of a Workspace.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkersStatisticsResource {
  private final ApiContext context;
  private final WorkersStatisticsApi api;
  private final String workspaceSid;

  WorkersStatisticsResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(WorkersStatisticsApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Fetch statistics of all workers.
   *
   * <p>Returns real-time and cumulative statistics over the Workers of the Workspace, optionally only those of one TaskQueue or with one friendly name. Not available by default in Workspaces with more than 100 workers.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/Statistics} ({@code FetchWorkerStatistics}).
   *
   * @param params the options
   * @return the WorkerStatistics the API answered with
   */
  public WorkerStatistics fetch(FetchWorkerStatisticsParams params) {
    return context.execute(fetchCall(params));
  }

  /**
   * Fetch statistics of all workers. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerStatistics> fetchAsync(FetchWorkerStatisticsParams params) {
    return context.executeAsync(fetchCall(params));
  }

  /**
   * Fetch statistics of all workers. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkerStatistics the API answered with
   */
  public WorkerStatistics fetch(Consumer<FetchWorkerStatisticsParams.Builder> options) {
    return fetch(FetchWorkerStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of all workers. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerStatistics> fetchAsync(Consumer<FetchWorkerStatisticsParams.Builder> options) {
    return fetchAsync(FetchWorkerStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of all workers. With no options.
   *
   * @return the WorkerStatistics the API answered with
   */
  public WorkerStatistics fetch() {
    return fetch(FetchWorkerStatisticsParams.builder().build());
  }

  /**
   * Fetch statistics of all workers. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkerStatistics> fetchAsync() {
    return fetchAsync(FetchWorkerStatisticsParams.builder().build());
  }

  private Call<WorkerStatistics> fetchCall(FetchWorkerStatisticsParams params) {
    return api.fetchWorkerStatistics(workspaceSid, params.minutes(), params.startDate(), params.endDate(), params.taskQueueSid(), params.taskQueueName(), params.friendlyName(), params.taskChannel(), params.extraParams());
  }


  /**
   * Fetch cumulative statistics of all workers.
   *
   * <p>Returns reservation counters and time spent per Activity for all Workers over a time window (default: the last 15 minutes).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/CumulativeStatistics} ({@code FetchWorkersCumulativeStatistics}).
   *
   * @param params the options
   * @return the WorkersCumulativeStatistics the API answered with
   */
  public WorkersCumulativeStatistics cumulative(FetchWorkersCumulativeStatisticsParams params) {
    return context.execute(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of all workers. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkersCumulativeStatistics> cumulativeAsync(FetchWorkersCumulativeStatisticsParams params) {
    return context.executeAsync(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of all workers. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkersCumulativeStatistics the API answered with
   */
  public WorkersCumulativeStatistics cumulative(Consumer<FetchWorkersCumulativeStatisticsParams.Builder> options) {
    return cumulative(FetchWorkersCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of all workers. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkersCumulativeStatistics> cumulativeAsync(Consumer<FetchWorkersCumulativeStatisticsParams.Builder> options) {
    return cumulativeAsync(FetchWorkersCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of all workers. With no options.
   *
   * @return the WorkersCumulativeStatistics the API answered with
   */
  public WorkersCumulativeStatistics cumulative() {
    return cumulative(FetchWorkersCumulativeStatisticsParams.builder().build());
  }

  /**
   * Fetch cumulative statistics of all workers. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkersCumulativeStatistics> cumulativeAsync() {
    return cumulativeAsync(FetchWorkersCumulativeStatisticsParams.builder().build());
  }

  private Call<WorkersCumulativeStatistics> cumulativeCall(FetchWorkersCumulativeStatisticsParams params) {
    return api.fetchWorkersCumulativeStatistics(workspaceSid, params.endDate(), params.minutes(), params.startDate(), params.taskChannel(), params.extraParams());
  }


  /**
   * Fetch real-time statistics of all workers.
   *
   * <p>Returns how many Workers are currently in each Activity.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics} ({@code FetchWorkersRealTimeStatistics}).
   *
   * @param params the options
   * @return the WorkersRealTimeStatistics the API answered with
   */
  public WorkersRealTimeStatistics realTime(FetchWorkersRealTimeStatisticsParams params) {
    return context.execute(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of all workers. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkersRealTimeStatistics> realTimeAsync(FetchWorkersRealTimeStatisticsParams params) {
    return context.executeAsync(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of all workers. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkersRealTimeStatistics the API answered with
   */
  public WorkersRealTimeStatistics realTime(Consumer<FetchWorkersRealTimeStatisticsParams.Builder> options) {
    return realTime(FetchWorkersRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of all workers. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkersRealTimeStatistics> realTimeAsync(Consumer<FetchWorkersRealTimeStatisticsParams.Builder> options) {
    return realTimeAsync(FetchWorkersRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of all workers. With no options.
   *
   * @return the WorkersRealTimeStatistics the API answered with
   */
  public WorkersRealTimeStatistics realTime() {
    return realTime(FetchWorkersRealTimeStatisticsParams.builder().build());
  }

  /**
   * Fetch real-time statistics of all workers. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkersRealTimeStatistics> realTimeAsync() {
    return realTimeAsync(FetchWorkersRealTimeStatisticsParams.builder().build());
  }

  private Call<WorkersRealTimeStatistics> realTimeCall(FetchWorkersRealTimeStatisticsParams params) {
    return api.fetchWorkersRealTimeStatistics(workspaceSid, params.taskChannel(), params.extraParams());
  }

}
