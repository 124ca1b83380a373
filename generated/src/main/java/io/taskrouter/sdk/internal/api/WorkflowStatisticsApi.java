// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.internal.api;

import io.taskrouter.sdk.internal.OperationInfo;
import io.taskrouter.sdk.model.*;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.*;

/**
 * Wire description of the WorkflowStatistics operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkflowStatisticsResource}.
 */
public interface WorkflowStatisticsApi {


  @OperationInfo(id = "FetchWorkflowCumulativeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics")
  Call<WorkflowCumulativeStatistics> fetchWorkflowCumulativeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkflowSid") String workflowSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorkflowRealTimeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics")
  Call<WorkflowRealTimeStatistics> fetchWorkflowRealTimeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkflowSid") String workflowSid,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorkflowStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics")
  Call<WorkflowStatistics> fetchWorkflowStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkflowSid") String workflowSid,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @QueryMap Map<String, String> extraParams
  );

}
