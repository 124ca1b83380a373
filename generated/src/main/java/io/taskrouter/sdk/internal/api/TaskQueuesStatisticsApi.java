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
 * Wire description of the TaskQueuesStatistics operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.TaskQueuesStatisticsResource}.
 */
public interface TaskQueuesStatisticsApi {


  @OperationInfo(id = "CreateTaskQueueBulkRealTimeStatistics", idempotent = false)
  @POST("v1/Workspaces/{WorkspaceSid}/TaskQueues/RealTimeStatistics")
  Call<TaskQueueBulkRealTimeStatistics> createTaskQueueBulkRealTimeStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Body TaskQueueBulkRealTimeStatisticsRequest body
  );


  @OperationInfo(id = "ListTaskQueuesStatistics", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics")
  Call<TaskQueuesStatisticsList> listTaskQueuesStatistics(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("SplitByWaitTime") @Nullable String splitByWaitTime,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListTaskQueuesStatistics", idempotent = true)
  @GET
  Call<TaskQueuesStatisticsList> listTaskQueuesStatisticsPage(@Url okhttp3.HttpUrl url);

}
