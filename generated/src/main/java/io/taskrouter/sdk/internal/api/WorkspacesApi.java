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
 * Wire description of the Workspaces operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkspacesResource}.
 */
public interface WorkspacesApi {


  @OperationInfo(id = "CreateWorkspace", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces")
  Call<Workspace> createWorkspace(
      @Field("FriendlyName") String friendlyName,
      @Field("EventCallbackUrl") @Nullable String eventCallbackUrl,
      @Field("EventsFilter") @Nullable String eventsFilter,
      @Field("MultiTaskEnabled") @Nullable Boolean multiTaskEnabled,
      @Field("Template") @Nullable String template,
      @Field("PrioritizeQueueOrder") @Nullable QueueOrder prioritizeQueueOrder,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteWorkspace", idempotent = true)
  @DELETE("v1/Workspaces/{Sid}")
  Call<Void> deleteWorkspace(
      @Path("Sid") String sid
  );


  @OperationInfo(id = "FetchWorkspace", idempotent = true)
  @GET("v1/Workspaces/{Sid}")
  Call<Workspace> fetchWorkspace(
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListWorkspace", idempotent = true)
  @GET("v1/Workspaces")
  Call<WorkspaceList> listWorkspace(
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListWorkspace", idempotent = true)
  @GET
  Call<WorkspaceList> listWorkspacePage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateWorkspace", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{Sid}")
  Call<Workspace> updateWorkspace(
      @Path("Sid") String sid,
      @Field("DefaultActivitySid") @Nullable String defaultActivitySid,
      @Field("EventCallbackUrl") @Nullable String eventCallbackUrl,
      @Field("EventsFilter") @Nullable String eventsFilter,
      @Field("FriendlyName") @Nullable String friendlyName,
      @Field("MultiTaskEnabled") @Nullable Boolean multiTaskEnabled,
      @Field("TimeoutActivitySid") @Nullable String timeoutActivitySid,
      @Field("PrioritizeQueueOrder") @Nullable QueueOrder prioritizeQueueOrder,
      @FieldMap Map<String, String> extraParams
  );

}
