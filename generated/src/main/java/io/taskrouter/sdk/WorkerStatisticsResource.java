// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkerStatisticsApi;
import io.taskrouter.sdk.model.WorkerInstanceStatistics;
import io.taskrouter.sdk.params.FetchWorkerInstanceStatisticsParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Cumulative statistics of one Worker.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkerStatisticsResource {
  private final ApiContext context;
  private final WorkerStatisticsApi api;
  private final String workspaceSid;
  private final String workerSid;

  WorkerStatisticsResource(ApiContext context, String workspaceSid, String workerSid) {
    this.context = context;
    this.api = context.api(WorkerStatisticsApi.class);
    this.workspaceSid = workspaceSid;
    this.workerSid = workerSid;
  }


  /**
   * Fetch statistics of a worker.
   *
   * <p>Returns the cumulative statistics of one Worker over a time window (default: the last 15 minutes).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics} ({@code FetchWorkerInstanceStatistics}).
   *
   * @param params the options
   * @return the WorkerInstanceStatistics the API answered with
   */
  public WorkerInstanceStatistics fetch(FetchWorkerInstanceStatisticsParams params) {
    return context.execute(fetchCall(params));
  }

  /**
   * Fetch statistics of a worker. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerInstanceStatistics> fetchAsync(FetchWorkerInstanceStatisticsParams params) {
    return context.executeAsync(fetchCall(params));
  }

  /**
   * Fetch statistics of a worker. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkerInstanceStatistics the API answered with
   */
  public WorkerInstanceStatistics fetch(Consumer<FetchWorkerInstanceStatisticsParams.Builder> options) {
    return fetch(FetchWorkerInstanceStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerInstanceStatistics> fetchAsync(Consumer<FetchWorkerInstanceStatisticsParams.Builder> options) {
    return fetchAsync(FetchWorkerInstanceStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a worker. With no options.
   *
   * @return the WorkerInstanceStatistics the API answered with
   */
  public WorkerInstanceStatistics fetch() {
    return fetch(FetchWorkerInstanceStatisticsParams.builder().build());
  }

  /**
   * Fetch statistics of a worker. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkerInstanceStatistics> fetchAsync() {
    return fetchAsync(FetchWorkerInstanceStatisticsParams.builder().build());
  }

  private Call<WorkerInstanceStatistics> fetchCall(FetchWorkerInstanceStatisticsParams params) {
    return api.fetchWorkerInstanceStatistics(workspaceSid, workerSid, params.minutes(), params.startDate(), params.endDate(), params.taskChannel(), params.extraParams());
  }

}
