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
 * Wire description of the WorkerStatistics operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkerStatisticsResource}.
 */
public interface WorkerStatisticsApi {


  @OperationInfo(id = "FetchWorkerInstanceStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics")
  Call<WorkerInstanceStatistics> fetchWorkerInstanceStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkerSid") String workerSid,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @QueryMap Map<String, String> extraParams
  );

}
