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
 * Wire description of the Tasks operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.TasksResource}.
 */
public interface TasksApi {


  @OperationInfo(id = "CreateTask", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Tasks")
  Call<Task> createTask(
      @Path("WorkspaceSid") String workspaceSid,
      @Field("Timeout") @Nullable Integer timeout,
      @Field("Priority") @Nullable Integer priority,
      @Field("TaskChannel") @Nullable String taskChannel,
      @Field("WorkflowSid") @Nullable String workflowSid,
      @Field("Attributes") @Nullable String attributes,
      @Field("VirtualStartTime") @Nullable OffsetDateTime virtualStartTime,
      @Field("RoutingTarget") @Nullable String routingTarget,
      @Field("IgnoreCapacity") @Nullable Boolean ignoreCapacity,
      @Field("TaskQueueSid") @Nullable String taskQueueSid,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteTask", idempotent = true)
  @DELETE("v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}")
  Call<Void> deleteTask(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Header("If-Match") @Nullable String ifMatch,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchTask", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}")
  Call<Task> fetchTask(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListTask", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Tasks")
  Call<TaskList> listTask(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("Priority") @Nullable Integer priority,
      @Query("AssignmentStatus") @Nullable List<TaskStatus> assignmentStatus,
      @Query("WorkflowSid") @Nullable String workflowSid,
      @Query("WorkflowName") @Nullable String workflowName,
      @Query("TaskQueueSid") @Nullable String taskQueueSid,
      @Query("TaskQueueName") @Nullable String taskQueueName,
      @Query("EvaluateTaskAttributes") @Nullable String evaluateTaskAttributes,
      @Query("RoutingTarget") @Nullable String routingTarget,
      @Query("Ordering") @Nullable String ordering,
      @Query("HasAddons") @Nullable Boolean hasAddons,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListTask", idempotent = true)
  @GET
  Call<TaskList> listTaskPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateTask", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}")
  Call<Task> updateTask(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Header("If-Match") @Nullable String ifMatch,
      @Field("Attributes") @Nullable String attributes,
      @Field("AssignmentStatus") @Nullable TaskStatus assignmentStatus,
      @Field("Reason") @Nullable String reason,
      @Field("Priority") @Nullable Integer priority,
      @Field("TaskChannel") @Nullable String taskChannel,
      @Field("VirtualStartTime") @Nullable OffsetDateTime virtualStartTime,
      @FieldMap Map<String, String> extraParams
  );

}
