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
 * Wire description of the WorkspaceStatistics operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkspaceStatisticsResource}.
 */
public interface WorkspaceStatisticsApi {


  @OperationInfo(id = "FetchWorkspaceCumulativeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/CumulativeStatistics")
  Call<WorkspaceCumulativeStatistics> fetchWorkspaceCumulativeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorkspaceRealTimeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/RealTimeStatistics")
  Call<WorkspaceRealTimeStatistics> fetchWorkspaceRealTimeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorkspaceStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Statistics")
  Call<WorkspaceStatistics> fetchWorkspaceStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @QueryMap Map<String, String> extraParams
  );

}
