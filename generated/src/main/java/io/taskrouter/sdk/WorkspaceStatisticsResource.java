// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkspaceStatisticsApi;
import io.taskrouter.sdk.model.WorkspaceCumulativeStatistics;
import io.taskrouter.sdk.model.WorkspaceRealTimeStatistics;
import io.taskrouter.sdk.model.WorkspaceStatistics;
import io.taskrouter.sdk.params.FetchWorkspaceCumulativeStatisticsParams;
import io.taskrouter.sdk.params.FetchWorkspaceRealTimeStatisticsParams;
import io.taskrouter.sdk.params.FetchWorkspaceStatisticsParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Real-time and cumulative statistics of a whole Workspace.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkspaceStatisticsResource {
  private final ApiContext context;
  private final WorkspaceStatisticsApi api;
  private final String workspaceSid;

  WorkspaceStatisticsResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(WorkspaceStatisticsApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Fetch cumulative statistics of a workspace.
   *
   * <p>Returns Task and Reservation counters of the Workspace over a time window (default: the last 15 minutes, at most 30 days back).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/CumulativeStatistics} ({@code FetchWorkspaceCumulativeStatistics}).
   *
   * @param params the options
   * @return the WorkspaceCumulativeStatistics the API answered with
   */
  public WorkspaceCumulativeStatistics cumulative(FetchWorkspaceCumulativeStatisticsParams params) {
    return context.execute(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of a workspace. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceCumulativeStatistics> cumulativeAsync(FetchWorkspaceCumulativeStatisticsParams params) {
    return context.executeAsync(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of a workspace. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkspaceCumulativeStatistics the API answered with
   */
  public WorkspaceCumulativeStatistics cumulative(Consumer<FetchWorkspaceCumulativeStatisticsParams.Builder> options) {
    return cumulative(FetchWorkspaceCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of a workspace. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceCumulativeStatistics> cumulativeAsync(Consumer<FetchWorkspaceCumulativeStatisticsParams.Builder> options) {
    return cumulativeAsync(FetchWorkspaceCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of a workspace. With no options.
   *
   * @return the WorkspaceCumulativeStatistics the API answered with
   */
  public WorkspaceCumulativeStatistics cumulative() {
    return cumulative(FetchWorkspaceCumulativeStatisticsParams.builder().build());
  }

  /**
   * Fetch cumulative statistics of a workspace. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceCumulativeStatistics> cumulativeAsync() {
    return cumulativeAsync(FetchWorkspaceCumulativeStatisticsParams.builder().build());
  }

  private Call<WorkspaceCumulativeStatistics> cumulativeCall(FetchWorkspaceCumulativeStatisticsParams params) {
    return api.fetchWorkspaceCumulativeStatistics(workspaceSid, params.endDate(), params.minutes(), params.startDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), params.extraParams());
  }


  /**
   * Fetch real-time statistics of a workspace.
   *
   * <p>Returns the Workspace's current Tasks by status and priority, Workers by Activity and its longest waiting Task.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/RealTimeStatistics} ({@code FetchWorkspaceRealTimeStatistics}).
   *
   * @param params the options
   * @return the WorkspaceRealTimeStatistics the API answered with
   */
  public WorkspaceRealTimeStatistics realTime(FetchWorkspaceRealTimeStatisticsParams params) {
    return context.execute(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of a workspace. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceRealTimeStatistics> realTimeAsync(FetchWorkspaceRealTimeStatisticsParams params) {
    return context.executeAsync(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of a workspace. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkspaceRealTimeStatistics the API answered with
   */
  public WorkspaceRealTimeStatistics realTime(Consumer<FetchWorkspaceRealTimeStatisticsParams.Builder> options) {
    return realTime(FetchWorkspaceRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of a workspace. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceRealTimeStatistics> realTimeAsync(Consumer<FetchWorkspaceRealTimeStatisticsParams.Builder> options) {
    return realTimeAsync(FetchWorkspaceRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of a workspace. With no options.
   *
   * @return the WorkspaceRealTimeStatistics the API answered with
   */
  public WorkspaceRealTimeStatistics realTime() {
    return realTime(FetchWorkspaceRealTimeStatisticsParams.builder().build());
  }

  /**
   * Fetch real-time statistics of a workspace. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceRealTimeStatistics> realTimeAsync() {
    return realTimeAsync(FetchWorkspaceRealTimeStatisticsParams.builder().build());
  }

  private Call<WorkspaceRealTimeStatistics> realTimeCall(FetchWorkspaceRealTimeStatisticsParams params) {
    return api.fetchWorkspaceRealTimeStatistics(workspaceSid, params.taskChannel(), params.extraParams());
  }


  /**
   * Fetch statistics of a workspace.
   *
   * <p>Returns both the real-time snapshot and the cumulative statistics of the whole Workspace (cumulative window: last 15 minutes unless specified).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Statistics} ({@code FetchWorkspaceStatistics}).
   *
   * @param params the options
   * @return the WorkspaceStatistics the API answered with
   */
  public WorkspaceStatistics fetch(FetchWorkspaceStatisticsParams params) {
    return context.execute(fetchCall(params));
  }

  /**
   * Fetch statistics of a workspace. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceStatistics> fetchAsync(FetchWorkspaceStatisticsParams params) {
    return context.executeAsync(fetchCall(params));
  }

  /**
   * Fetch statistics of a workspace. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkspaceStatistics the API answered with
   */
  public WorkspaceStatistics fetch(Consumer<FetchWorkspaceStatisticsParams.Builder> options) {
    return fetch(FetchWorkspaceStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a workspace. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceStatistics> fetchAsync(Consumer<FetchWorkspaceStatisticsParams.Builder> options) {
    return fetchAsync(FetchWorkspaceStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a workspace. With no options.
   *
   * @return the WorkspaceStatistics the API answered with
   */
  public WorkspaceStatistics fetch() {
    return fetch(FetchWorkspaceStatisticsParams.builder().build());
  }

  /**
   * Fetch statistics of a workspace. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkspaceStatistics> fetchAsync() {
    return fetchAsync(FetchWorkspaceStatisticsParams.builder().build());
  }

  private Call<WorkspaceStatistics> fetchCall(FetchWorkspaceStatisticsParams params) {
    return api.fetchWorkspaceStatistics(workspaceSid, params.minutes(), params.startDate(), params.endDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), params.extraParams());
  }

}
