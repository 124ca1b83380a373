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
 * Wire description of the Events operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.EventsResource}.
 */
public interface EventsApi {


  @OperationInfo(id = "FetchEvent", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Events/{Sid}")
  Call<Event> fetchEvent(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListEvent", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Events")
  Call<EventList> listEvent(
      @Path("WorkspaceSid") String workspaceSid,
      @Query("EndDate") @Nullable OffsetDateTime endDate,
      @Query("EventType") @Nullable String eventType,
      @Query("Minutes") @Nullable Integer minutes,
      @Query("ReservationSid") @Nullable String reservationSid,
      @Query("StartDate") @Nullable OffsetDateTime startDate,
      @Query("TaskQueueSid") @Nullable String taskQueueSid,
      @Query("TaskSid") @Nullable String taskSid,
      @Query("WorkerSid") @Nullable String workerSid,
      @Query("WorkflowSid") @Nullable String workflowSid,
      @Query("TaskChannel") @Nullable String taskChannel,
      @Query("Sid") @Nullable String sid,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListEvent", idempotent = true)
  @GET
  Call<EventList> listEventPage(@Url okhttp3.HttpUrl url);

}
