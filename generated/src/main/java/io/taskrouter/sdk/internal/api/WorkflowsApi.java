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
 * Wire description of the Workflows operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkflowsResource}.
 */
public interface WorkflowsApi {


  @OperationInfo(id = "CreateWorkflow", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Workflows")
  Call<Workflow> createWorkflow(
      @Path("WorkspaceSid") String workspaceSid,
      @Field("FriendlyName") String friendlyName,
      @Field("Configuration") String configuration,
      @Field("AssignmentCallbackUrl") @Nullable String assignmentCallbackUrl,
      @Field("FallbackAssignmentCallbackUrl") @Nullable String fallbackAssignmentCallbackUrl,
      @Field("TaskReservationTimeout") @Nullable Integer taskReservationTimeout,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteWorkflow", idempotent = true)
  @DELETE("v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}")
  Call<Void> deleteWorkflow(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "FetchWorkflow", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}")
  Call<Workflow> fetchWorkflow(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListWorkflow", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workflows")
  Call<WorkflowList> listWorkflow(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListWorkflow", idempotent = true)
  @GET
  Call<WorkflowList> listWorkflowPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateWorkflow", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}")
  Call<Workflow> updateWorkflow(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Field("FriendlyName") @Nullable String friendlyName,
      @Field("AssignmentCallbackUrl") @Nullable String assignmentCallbackUrl,
      @Field("FallbackAssignmentCallbackUrl") @Nullable String fallbackAssignmentCallbackUrl,
      @Field("Configuration") @Nullable String configuration,
      @Field("TaskReservationTimeout") @Nullable Integer taskReservationTimeout,
      @Field("ReEvaluateTasks") @Nullable Boolean reEvaluateTasks,
      @FieldMap Map<String, String> extraParams
  );

}
