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
 * Wire description of the TaskReservations operations for Retrofit. Internal: call them through
 * {@code io.taskrouter.sdk.TaskReservationsResource}.
 */
public interface TaskReservationsApi {


  @OperationInfo(id = "FetchTaskReservation", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}")
  Call<TaskReservation> fetchTaskReservation(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("TaskSid") String taskSid,
      @Path("Sid") String sid
  );


  @OperationInfo(id = "ListTaskReservation", idempotent = true)
  @GET("v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations")
  Call<TaskReservationList> listTaskReservation(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("TaskSid") String taskSid,
      @Query("ReservationStatus") @Nullable ReservationStatus reservationStatus,
      @Query("WorkerSid") @Nullable String workerSid,
      @Query("PageSize") @Nullable Long pageSize,
      @Query("PageToken") @Nullable String pageToken,
      @QueryMap Map<String, String> extraParams
  );

  @OperationInfo(id = "ListTaskReservation", idempotent = true)
  @GET
  Call<TaskReservationList> listTaskReservationPage(@Url okhttp3.HttpUrl url);


  @OperationInfo(id = "UpdateTaskReservation", idempotent = false)
  @FormUrlEncoded
  @POST("v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}")
  Call<TaskReservation> updateTaskReservation(
      @Path("WorkspaceSid") String workspaceSid,
      @Path("TaskSid") String taskSid,
      @Path("Sid") String sid,
      @Header("If-Match") @Nullable String ifMatch,
      @Field("ReservationStatus") @Nullable ReservationStatus reservationStatus,
      @Field("WorkerActivitySid") @Nullable String workerActivitySid,
      @Field("Instruction") @Nullable ReservationInstruction instruction,
      @Field("DequeuePostWorkActivitySid") @Nullable String dequeuePostWorkActivitySid,
      @Field("DequeueFrom") @Nullable String dequeueFrom,
      @Field("DequeueRecord") @Nullable String dequeueRecord,
      @Field("DequeueTimeout") @Nullable Integer dequeueTimeout,
      @Field("DequeueTo") @Nullable String dequeueTo,
      @Field("DequeueStatusCallbackUrl") @Nullable String dequeueStatusCallbackUrl,
      @Field("CallFrom") @Nullable String callFrom,
      @Field("CallRecord") @Nullable String callRecord,
      @Field("CallTimeout") @Nullable Integer callTimeout,
      @Field("CallTo") @Nullable String callTo,
      @Field("CallUrl") @Nullable String callUrl,
      @Field("CallStatusCallbackUrl") @Nullable String callStatusCallbackUrl,
      @Field("CallAccept") @Nullable Boolean callAccept,
      @Field("RedirectCallSid") @Nullable String redirectCallSid,
      @Field("RedirectAccept") @Nullable Boolean redirectAccept,
      @Field("RedirectUrl") @Nullable String redirectUrl,
      @Field("To") @Nullable String to,
      @Field("From") @Nullable String from,
      @Field("StatusCallback") @Nullable String statusCallback,
      @Field("StatusCallbackMethod") @Nullable HttpMethod statusCallbackMethod,
      @Field("StatusCallbackEvent") @Nullable List<CallStatusEvent> statusCallbackEvent,
      @Field("Timeout") @Nullable Integer timeout,
      @Field("Record") @Nullable Boolean recordValue,
      @Field("Muted") @Nullable Boolean muted,
      @Field("Beep") @Nullable String beep,
      @Field("StartConferenceOnEnter") @Nullable Boolean startConferenceOnEnter,
      @Field("EndConferenceOnExit") @Nullable Boolean endConferenceOnExit,
      @Field("WaitUrl") @Nullable String waitUrl,
      @Field("WaitMethod") @Nullable HttpMethod waitMethod,
      @Field("EarlyMedia") @Nullable Boolean earlyMedia,
      @Field("MaxParticipants") @Nullable Integer maxParticipants,
      @Field("ConferenceStatusCallback") @Nullable String conferenceStatusCallback,
      @Field("ConferenceStatusCallbackMethod") @Nullable HttpMethod conferenceStatusCallbackMethod,
      @Field("ConferenceStatusCallbackEvent") @Nullable List<ConferenceEvent> conferenceStatusCallbackEvent,
      @Field("ConferenceRecord") @Nullable String conferenceRecord,
      @Field("ConferenceTrim") @Nullable String conferenceTrim,
      @Field("RecordingChannels") @Nullable String recordingChannels,
      @Field("RecordingStatusCallback") @Nullable String recordingStatusCallback,
      @Field("RecordingStatusCallbackMethod") @Nullable HttpMethod recordingStatusCallbackMethod,
      @Field("ConferenceRecordingStatusCallback") @Nullable String conferenceRecordingStatusCallback,
      @Field("ConferenceRecordingStatusCallbackMethod") @Nullable HttpMethod conferenceRecordingStatusCallbackMethod,
      @Field("Region") @Nullable String region,
      @Field("SipAuthUsername") @Nullable String sipAuthUsername,
      @Field("SipAuthPassword") @Nullable String sipAuthPassword,
      @Field("DequeueStatusCallbackEvent") @Nullable List<String> dequeueStatusCallbackEvent,
      @Field("PostWorkActivitySid") @Nullable String postWorkActivitySid,
      @Field("SupervisorMode") @Nullable SupervisorMode supervisorMode,
      @Field("Supervisor") @Nullable String supervisor,
      @Field("EndConferenceOnCustomerExit") @Nullable Boolean endConferenceOnCustomerExit,
      @Field("BeepOnCustomerEntrance") @Nullable Boolean beepOnCustomerEntrance,
      @Field("JitterBufferSize") @Nullable String jitterBufferSize,
      @FieldMap Map<String, String> extraParams
  );

}
