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
 * Wire description of the WorkersStatistics operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkersStatisticsResource}.
 */
public interface WorkersStatisticsApi {


  @OperationInfo(id = "FetchWorkerStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/Statistics")
  Call<WorkerStatistics> fetchWorkerStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("TaskQueueSid") @Nullable String taskQueueSid,
      @Query("TaskQueueName") @Nullable String taskQueueName,
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorkersCumulativeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/CumulativeStatistics")
  Call<WorkersCumulativeStatistics> fetchWorkersCumulativeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorkersRealTimeStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics")
  Call<WorkersRealTimeStatistics> fetchWorkersRealTimeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );

}
