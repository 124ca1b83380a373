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
 * Wire description of the TaskChannels operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.TaskChannelsResource}.
 */
public interface TaskChannelsApi {


  @OperationInfo(id = "CreateTaskChannel", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/TaskChannels")
  Call<TaskChannel> createTaskChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Field("FriendlyName") String friendlyName,
      @Field("UniqueName") String uniqueName,
      @Field("ChannelOptimizedRouting") @Nullable Boolean channelOptimizedRouting,
      @FieldMap Map<String, String> extraParams
  );


  @OperationInfo(id = "DeleteTaskChannel", idempotent = true)
  @DELETE("v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}")
  Call<Void> deleteTaskChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "FetchTaskChannel", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}")
  Call<TaskChannel> fetchTaskChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListTaskChannel", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/TaskChannels")
  Call<TaskChannelList> listTaskChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListTaskChannel", idempotent = true)
  @GET
  Call<TaskChannelList> listTaskChannelPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateTaskChannel", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}")
  Call<TaskChannel> updateTaskChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid,
      @Field("FriendlyName") @Nullable String friendlyName,
      @Field("ChannelOptimizedRouting") @Nullable Boolean channelOptimizedRouting,
      @FieldMap Map<String, String> extraParams
  );

}
