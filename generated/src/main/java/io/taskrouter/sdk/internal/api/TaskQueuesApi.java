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
 * Wire description of the TaskQueues operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.TaskQueuesResource}.
 */
public interface TaskQueuesApi {


  @OperationInfo(id = "CreateTaskQueue", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/TaskQueues")
  Call<TaskQueue> createTaskQueue(
      @Path("WorkspaceSid") String workspaceSid,
      @Field("FriendlyName") String friendlyName,
      @Field("TargetWorkers") @Nullable String targetWorkers,
      @Field("MaxReservedWorkers") @Nullable Integer maxReservedWorkers,
      @Field("TaskOrder") @Nullable QueueOrder taskOrder,
      @Field("ReservationActivitySid") @Nullable String reservationActivitySid,
      @Field("AssignmentActivitySid") @Nullable String assignmentActivitySid,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteTaskQueue", idempotent = true)
  @DELETE("v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}")
  Call<Void> deleteTaskQueue(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "FetchTaskQueue", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}")
  Call<TaskQueue> fetchTaskQueue(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListTaskQueue", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskQueues")
  Call<TaskQueueList> listTaskQueue(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("EvaluateWorkerAttributes") @Nullable String evaluateWorkerAttributes,
      @Query("WorkerSid") @Nullable String workerSid,
      @Query("Ordering") @Nullable String ordering,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListTaskQueue", idempotent = true)
  @GET
  Call<TaskQueueList> listTaskQueuePage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateTaskQueue", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}")
  Call<TaskQueue> updateTaskQueue(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Field("FriendlyName") @Nullable String friendlyName,
      @Field("TargetWorkers") @Nullable String targetWorkers,
      @Field("ReservationActivitySid") @Nullable String reservationActivitySid,
      @Field("AssignmentActivitySid") @Nullable String assignmentActivitySid,
      @Field("MaxReservedWorkers") @Nullable Integer maxReservedWorkers,
      @Field("TaskOrder") @Nullable QueueOrder taskOrder,
      @FieldMap Map<String, String> extraParams
  );

}
