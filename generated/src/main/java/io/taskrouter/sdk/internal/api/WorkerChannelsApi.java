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
 * Wire description of the WorkerChannels operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.WorkerChannelsResource}.
 */
public interface WorkerChannelsApi {


  @OperationInfo(id = "FetchWorkerChannel", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}")
  Call<WorkerChannel> fetchWorkerChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkerSid") String workerSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListWorkerChannel", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels")
  Call<WorkerChannelList> listWorkerChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkerSid") String workerSid,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListWorkerChannel", idempotent = true)
  @GET
  Call<WorkerChannelList> listWorkerChannelPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateWorkerChannel", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}")
  Call<WorkerChannel> updateWorkerChannel(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("WorkerSid") String workerSid,
      @Path("Sid") String sid,
      @Field("Capacity") @Nullable Integer capacity,
      @Field("Available") @Nullable Boolean available,
      @FieldMap Map<String, String> extraParams
  );

}
