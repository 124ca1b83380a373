// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.TaskReservationsApi;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.model.TaskReservationList;
import io.taskrouter.sdk.params.ListTaskReservationParams;
import io.taskrouter.sdk.params.UpdateTaskReservationParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Reservations of one Task: the offers of that Task made to Workers.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class TaskReservationsResource {
  private final ApiContext context;
  private final TaskReservationsApi api;
  private final String workspaceSid;
  private final String taskSid;

  TaskReservationsResource(ApiContext context, String workspaceSid, String taskSid) {
    this.context = context;
    this.api = context.api(TaskReservationsApi.class);
    this.workspaceSid = workspaceSid;
    this.taskSid = taskSid;
  }


  /**
   * Fetch a reservation of a task.
   *
   * <p>Returns one Reservation of a Task.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}} ({@code FetchTaskReservation}).
   *
   * @param sid SID of the Reservation.
   * @return the TaskReservation the API answered with
   */
  public TaskReservation fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a reservation of a task. Asynchronously.
   *
   * @param sid SID of the Reservation.
   * @return a future of the answer
   */
  public CompletableFuture<TaskReservation> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<TaskReservation> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WR[0-9a-fA-F]{32}$");
    return api.fetchTaskReservation(workspaceSid, taskSid, sid);
  }


  /**
   * List reservations of a task.
   *
   * <p>Returns one page of the reservations created for one Task.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations} ({@code ListTaskReservation}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskReservation> list(ListTaskReservationParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listTaskReservationPage, params.pageSize(), 1000L);
  }

  /**
   * List reservations of a task. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskReservation> list(Consumer<ListTaskReservationParams.Builder> options) {
    return list(ListTaskReservationParams.of(options));
  }

  /**
   * List reservations of a task. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<TaskReservation> list() {
    return list(ListTaskReservationParams.builder().build());
  }

  /**
   * List reservations of a task. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskReservation>> listAsync(ListTaskReservationParams params) {
    return context.firstPageAsync(listCall(params, null), api::listTaskReservationPage);
  }

  /**
   * List reservations of a task. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<TaskReservation>> listAsync(Consumer<ListTaskReservationParams.Builder> options) {
    return listAsync(ListTaskReservationParams.of(options));
  }

  /**
   * List reservations of a task. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<TaskReservation>> listAsync() {
    return listAsync(ListTaskReservationParams.builder().build());
  }

  private Call<TaskReservationList> listCall(ListTaskReservationParams params, @Nullable Long pageSize) {
    return api.listTaskReservation(workspaceSid, taskSid, params.reservationStatus(), params.workerSid(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a reservation of a task.
   *
   * <p>Answers a pending Reservation: accept or reject it, or execute an assignment instruction (dequeue, call, redirect, conference) with its parameters. Updating a reservation that is no longer pending fails. With {@code If-Match} the update only applies at that revision (HTTP 412 otherwise).
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}} ({@code UpdateTaskReservation}).
   *
   * @param sid SID of the Reservation.
   * @param params the options
   * @return the TaskReservation the API answered with
   */
  public TaskReservation update(String sid, UpdateTaskReservationParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a reservation of a task. Asynchronously.
   *
   * @param sid SID of the Reservation.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskReservation> updateAsync(String sid, UpdateTaskReservationParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a reservation of a task. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Reservation.
   * @param options sets the options
   * @return the TaskReservation the API answered with
   */
  public TaskReservation update(String sid, Consumer<UpdateTaskReservationParams.Builder> options) {
    return update(sid, UpdateTaskReservationParams.of(options));
  }

  /**
   * Update a reservation of a task. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Reservation.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<TaskReservation> updateAsync(String sid, Consumer<UpdateTaskReservationParams.Builder> options) {
    return updateAsync(sid, UpdateTaskReservationParams.of(options));
  }

  /**
   * Update a reservation of a task. With no options.
   *
   * @param sid SID of the Reservation.
   * @return the TaskReservation the API answered with
   */
  public TaskReservation update(String sid) {
    return update(sid, UpdateTaskReservationParams.builder().build());
  }

  /**
   * Update a reservation of a task. Asynchronously, with no options.
   *
   * @param sid SID of the Reservation.
   * @return a future of the answer
   */
  public CompletableFuture<TaskReservation> updateAsync(String sid) {
    return updateAsync(sid, UpdateTaskReservationParams.builder().build());
  }

  private Call<TaskReservation> updateCall(String sid, UpdateTaskReservationParams params) {
    context.checkPathParam("Sid", sid, "^WR[0-9a-fA-F]{32}$");
    return api.updateTaskReservation(workspaceSid, taskSid, sid, params.ifMatch(), params.reservationStatus(), params.workerActivitySid(), params.instruction(), params.dequeuePostWorkActivitySid(), params.dequeueFrom(), params.dequeueRecord(), params.dequeueTimeout(), params.dequeueTo(), params.dequeueStatusCallbackUrl(), params.callFrom(), params.callRecord(), params.callTimeout(), params.callTo(), params.callUrl(), params.callStatusCallbackUrl(), params.callAccept(), params.redirectCallSid(), params.redirectAccept(), params.redirectUrl(), params.to(), params.from(), params.statusCallback(), params.statusCallbackMethod(), params.statusCallbackEvent(), params.timeout(), params.recordValue(), params.muted(), params.beep(), params.startConferenceOnEnter(), params.endConferenceOnExit(), params.waitUrl(), params.waitMethod(), params.earlyMedia(), params.maxParticipants(), params.conferenceStatusCallback(), params.conferenceStatusCallbackMethod(), params.conferenceStatusCallbackEvent(), params.conferenceRecord(), params.conferenceTrim(), params.recordingChannels(), params.recordingStatusCallback(), params.recordingStatusCallbackMethod(), params.conferenceRecordingStatusCallback(), params.conferenceRecordingStatusCallbackMethod(), params.region(), params.sipAuthUsername(), params.sipAuthPassword(), params.dequeueStatusCallbackEvent(), params.postWorkActivitySid(), params.supervisorMode(), params.supervisor(), params.endConferenceOnCustomerExit(), params.beepOnCustomerEntrance(), params.jitterBufferSize(), params.extraParams());
  }

}
