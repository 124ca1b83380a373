// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkflowStatisticsApi;
import io.taskrouter.sdk.model.WorkflowCumulativeStatistics;
import io.taskrouter.sdk.model.WorkflowRealTimeStatistics;
import io.taskrouter.sdk.model.WorkflowStatistics;
import io.taskrouter.sdk.params.FetchWorkflowCumulativeStatisticsParams;
import io.taskrouter.sdk.params.FetchWorkflowRealTimeStatisticsParams;
import io.taskrouter.sdk.params.FetchWorkflowStatisticsParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Real-time and cumulative statistics of one Workflow.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkflowStatisticsResource {
  private final ApiContext context;
  private final WorkflowStatisticsApi api;
  private final String workspaceSid;
  private final String workflowSid;

  WorkflowStatisticsResource(ApiContext context, String workspaceSid, String workflowSid) {
    this.context = context;
    this.api = context.api(WorkflowStatisticsApi.class);
    this.workspaceSid = workspaceSid;
    this.workflowSid = workflowSid;
  }


  /**
   * Fetch cumulative statistics of a workflow.
   *
   * <p>Returns Task and Reservation counters of one Workflow over a time window (default: the last 15 minutes).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics} ({@code FetchWorkflowCumulativeStatistics}).
   *
   * @param params the options
   * @return the WorkflowCumulativeStatistics the API answered with
   */
  public WorkflowCumulativeStatistics cumulative(FetchWorkflowCumulativeStatisticsParams params) {
    return context.execute(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of a workflow. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowCumulativeStatistics> cumulativeAsync(FetchWorkflowCumulativeStatisticsParams params) {
    return context.executeAsync(cumulativeCall(params));
  }

  /**
   * Fetch cumulative statistics of a workflow. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkflowCumulativeStatistics the API answered with
   */
  public WorkflowCumulativeStatistics cumulative(Consumer<FetchWorkflowCumulativeStatisticsParams.Builder> options) {
    return cumulative(FetchWorkflowCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of a workflow. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowCumulativeStatistics> cumulativeAsync(Consumer<FetchWorkflowCumulativeStatisticsParams.Builder> options) {
    return cumulativeAsync(FetchWorkflowCumulativeStatisticsParams.of(options));
  }

  /**
   * Fetch cumulative statistics of a workflow. With no options.
   *
   * @return the WorkflowCumulativeStatistics the API answered with
   */
  public WorkflowCumulativeStatistics cumulative() {
    return cumulative(FetchWorkflowCumulativeStatisticsParams.builder().build());
  }

  /**
   * Fetch cumulative statistics of a workflow. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowCumulativeStatistics> cumulativeAsync() {
    return cumulativeAsync(FetchWorkflowCumulativeStatisticsParams.builder().build());
  }

  private Call<WorkflowCumulativeStatistics> cumulativeCall(FetchWorkflowCumulativeStatisticsParams params) {
    return api.fetchWorkflowCumulativeStatistics(workspaceSid, workflowSid, params.endDate(), params.minutes(), params.startDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), params.extraParams());
  }


  /**
   * Fetch real-time statistics of a workflow.
   *
   * <p>Returns the Workflow's current Tasks by status and priority and its longest waiting Task.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics} ({@code FetchWorkflowRealTimeStatistics}).
   *
   * @param params the options
   * @return the WorkflowRealTimeStatistics the API answered with
   */
  public WorkflowRealTimeStatistics realTime(FetchWorkflowRealTimeStatisticsParams params) {
    return context.execute(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of a workflow. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowRealTimeStatistics> realTimeAsync(FetchWorkflowRealTimeStatisticsParams params) {
    return context.executeAsync(realTimeCall(params));
  }

  /**
   * Fetch real-time statistics of a workflow. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkflowRealTimeStatistics the API answered with
   */
  public WorkflowRealTimeStatistics realTime(Consumer<FetchWorkflowRealTimeStatisticsParams.Builder> options) {
    return realTime(FetchWorkflowRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of a workflow. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowRealTimeStatistics> realTimeAsync(Consumer<FetchWorkflowRealTimeStatisticsParams.Builder> options) {
    return realTimeAsync(FetchWorkflowRealTimeStatisticsParams.of(options));
  }

  /**
   * Fetch real-time statistics of a workflow. With no options.
   *
   * @return the WorkflowRealTimeStatistics the API answered with
   */
  public WorkflowRealTimeStatistics realTime() {
    return realTime(FetchWorkflowRealTimeStatisticsParams.builder().build());
  }

  /**
   * Fetch real-time statistics of a workflow. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowRealTimeStatistics> realTimeAsync() {
    return realTimeAsync(FetchWorkflowRealTimeStatisticsParams.builder().build());
  }

  private Call<WorkflowRealTimeStatistics> realTimeCall(FetchWorkflowRealTimeStatisticsParams params) {
    return api.fetchWorkflowRealTimeStatistics(workspaceSid, workflowSid, params.taskChannel(), params.extraParams());
  }


  /**
   * Fetch statistics of a workflow.
   *
   * <p>Returns both the real-time snapshot and the cumulative statistics of one Workflow (cumulative window: last 15 minutes unless specified).
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics} ({@code FetchWorkflowStatistics}).
   *
   * @param params the options
   * @return the WorkflowStatistics the API answered with
   */
  public WorkflowStatistics fetch(FetchWorkflowStatisticsParams params) {
    return context.execute(fetchCall(params));
  }

  /**
   * Fetch statistics of a workflow. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowStatistics> fetchAsync(FetchWorkflowStatisticsParams params) {
    return context.executeAsync(fetchCall(params));
  }

  /**
   * Fetch statistics of a workflow. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the WorkflowStatistics the API answered with
   */
  public WorkflowStatistics fetch(Consumer<FetchWorkflowStatisticsParams.Builder> options) {
    return fetch(FetchWorkflowStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a workflow. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowStatistics> fetchAsync(Consumer<FetchWorkflowStatisticsParams.Builder> options) {
    return fetchAsync(FetchWorkflowStatisticsParams.of(options));
  }

  /**
   * Fetch statistics of a workflow. With no options.
   *
   * @return the WorkflowStatistics the API answered with
   */
  public WorkflowStatistics fetch() {
    return fetch(FetchWorkflowStatisticsParams.builder().build());
  }

  /**
   * Fetch statistics of a workflow. Asynchronously, with no options.
   *
   * @return a future of the answer
   */
  public CompletableFuture<WorkflowStatistics> fetchAsync() {
    return fetchAsync(FetchWorkflowStatisticsParams.builder().build());
  }

  private Call<WorkflowStatistics> fetchCall(FetchWorkflowStatisticsParams params) {
    return api.fetchWorkflowStatistics(workspaceSid, workflowSid, params.minutes(), params.startDate(), params.endDate(), params.taskChannel(), io.taskrouter.sdk.internal.Checks.commaJoined(params.splitByWaitTime()), params.extraParams());
  }

}
