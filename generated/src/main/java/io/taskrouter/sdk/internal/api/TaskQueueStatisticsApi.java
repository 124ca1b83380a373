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
 * Wire description of the TaskQueueStatistics operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.TaskQueueStatisticsResource}.
 */
public interface TaskQueueStatisticsApi {


  @OperationInfo(id = "FetchTaskQueueCumulativeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/CumulativeStatistics")
  Call<TaskQueueCumulativeStatistics> fetchTaskQueueCumulativeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("TaskQueueSid") String taskQueueSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchTaskQueueRealTimeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics")
  Call<TaskQueueRealTimeStatistics> fetchTaskQueueRealTimeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("TaskQueueSid") String taskQueueSid,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchTaskQueueStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics")
  Call<TaskQueueStatistics> fetchTaskQueueStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("TaskQueueSid") String taskQueueSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @QueryMap Map<String, String> extraParams
  );

}
