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
 * Wire description of the Workers operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkersResource}.
 */
public interface WorkersApi {


  @OperationInfo(id = "CreateWorker", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Workers")
  Call<Worker> createWorker(
      @Path("WorkspaceSid") String workspaceSid,
      @Field("FriendlyName") String friendlyName,
      @Field("ActivitySid") @Nullable String activitySid,
      @Field("Attributes") @Nullable String attributes,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteWorker", idempotent = true)
  @DELETE("v1/Workspaces/{WorkspaceSid}/Workers/{Sid}")
  Call<Void> deleteWorker(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Header("If-Match") @Nullable String ifMatch,
      @QueryMap Map<String, String> extraParams
  );


  @OperationInfo(id = "FetchWorker", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/{Sid}")
  Call<Worker> fetchWorker(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListWorker", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers")
  Call<WorkerList> listWorker(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("ActivityName") @Nullable String activityName,
      @Query("ActivitySid") @Nullable String activitySid,
      @Query("Available") @Nullable Boolean available,
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("TargetWorkersExpression") @Nullable String targetWorkersExpression,
      @Query("TaskQueueName") @Nullable String taskQueueName,
      @Query("TaskQueueSid") @Nullable String taskQueueSid,
      @Query("Ordering") @Nullable String ordering,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListWorker", idempotent = true)
  @GET
  Call<WorkerList> listWorkerPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateWorker", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Workers/{Sid}")
  Call<Worker> updateWorker(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Header("If-Match") @Nullable String ifMatch,
      @Field("ActivitySid") @Nullable String activitySid,
      @Field("Attributes") @Nullable String attributes,
      @Field("FriendlyName") @Nullable String friendlyName,
      @Field("RejectPendingReservations") @Nullable Boolean rejectPendingReservations,
      @FieldMap Map<String, String> extraParams
  );

}
