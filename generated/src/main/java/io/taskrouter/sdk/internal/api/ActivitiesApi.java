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
 * Wire description of the Activities operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.ActivitiesResource}.
 */
public interface ActivitiesApi {


  @OperationInfo(id = "CreateActivity", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Activities")
  Call<Activity> createActivity(
      @Path("WorkspaceSid") String workspaceSid,
      @Field("FriendlyName") String friendlyName,
      @Field("Available") @Nullable Boolean available,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteActivity", idempotent = true)
  @DELETE("v1/Workspaces/{WorkspaceSid}/Activities/{Sid}")
  Call<Void> deleteActivity(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "FetchActivity", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Activities/{Sid}")
  Call<Activity> fetchActivity(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListActivity", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Activities")
  Call<ActivityList> listActivity(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("FriendlyName") @Nullable String friendlyName,
      @Query("Available") @Nullable Boolean available,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListActivity", idempotent = true)
  @GET
  Call<ActivityList> listActivityPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateActivity", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Activities/{Sid}")
  Call<Activity> updateActivity(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Field("FriendlyName") @Nullable String friendlyName,
      @FieldMap Map<String, String> extraParams
  );

}
