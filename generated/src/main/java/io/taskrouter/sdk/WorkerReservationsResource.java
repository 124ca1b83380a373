// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.WorkerReservationsApi;
import io.taskrouter.sdk.model.WorkerReservation;
import io.taskrouter.sdk.model.WorkerReservationList;
import io.taskrouter.sdk.params.ListWorkerReservationParams;
import io.taskrouter.sdk.params.UpdateWorkerReservationParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Reservations offered to one Worker.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class WorkerReservationsResource {
  private final ApiContext context;
  private final WorkerReservationsApi api;
  private final String workspaceSid;
  private final String workerSid;

  WorkerReservationsResource(ApiContext context, String workspaceSid, String workerSid) {
    this.context = context;
    this.api = context.api(WorkerReservationsApi.class);
    this.workspaceSid = workspaceSid;
    this.workerSid = workerSid;
  }


  /**
   * Fetch a reservation of a worker.
   *
   * <p>Returns one Reservation offered to a Worker.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}} ({@code FetchWorkerReservation}).
   *
   * @param sid SID of the Reservation.
   * @return the WorkerReservation the API answered with
   */
  public WorkerReservation fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch a reservation of a worker. Asynchronously.
   *
   * @param sid SID of the Reservation.
   * @return a future of the answer
   */
  public CompletableFuture<WorkerReservation> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<WorkerReservation> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WR[0-9a-fA-F]{32}$");
    return api.fetchWorkerReservation(workspaceSid, workerSid, sid);
  }


  /**
   * List reservations of a worker.
   *
   * <p>Returns one page of the reservations offered to one Worker.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations} ({@code ListWorkerReservation}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<WorkerReservation> list(ListWorkerReservationParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listWorkerReservationPage, params.pageSize(), 1000L);
  }

  /**
   * List reservations of a worker. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<WorkerReservation> list(Consumer<ListWorkerReservationParams.Builder> options) {
    return list(ListWorkerReservationParams.of(options));
  }

  /**
   * List reservations of a worker. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<WorkerReservation> list() {
    return list(ListWorkerReservationParams.builder().build());
  }

  /**
   * List reservations of a worker. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<WorkerReservation>> listAsync(ListWorkerReservationParams params) {
    return context.firstPageAsync(listCall(params, null), api::listWorkerReservationPage);
  }

  /**
   * List reservations of a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<WorkerReservation>> listAsync(Consumer<ListWorkerReservationParams.Builder> options) {
    return listAsync(ListWorkerReservationParams.of(options));
  }

  /**
   * List reservations of a worker. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<WorkerReservation>> listAsync() {
    return listAsync(ListWorkerReservationParams.builder().build());
  }

  private Call<WorkerReservationList> listCall(ListWorkerReservationParams params, @Nullable Long pageSize) {
    return api.listWorkerReservation(workspaceSid, workerSid, params.reservationStatus(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Update a reservation of a worker.
   *
   * <p>Answers a pending Reservation from the Worker's side: accept, reject or run an assignment instruction. With {@code If-Match} the update only applies at that revision (HTTP 412 otherwise).
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}} ({@code UpdateWorkerReservation}).
   *
   * @param sid SID of the Reservation.
   * @param params the options
   * @return the WorkerReservation the API answered with
   */
  public WorkerReservation update(String sid, UpdateWorkerReservationParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Update a reservation of a worker. Asynchronously.
   *
   * @param sid SID of the Reservation.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerReservation> updateAsync(String sid, UpdateWorkerReservationParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Update a reservation of a worker. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Reservation.
   * @param options sets the options
   * @return the WorkerReservation the API answered with
   */
  public WorkerReservation update(String sid, Consumer<UpdateWorkerReservationParams.Builder> options) {
    return update(sid, UpdateWorkerReservationParams.of(options));
  }

  /**
   * Update a reservation of a worker. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Reservation.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<WorkerReservation> updateAsync(String sid, Consumer<UpdateWorkerReservationParams.Builder> options) {
    return updateAsync(sid, UpdateWorkerReservationParams.of(options));
  }

  /**
   * Update a reservation of a worker. With no options.
   *
   * @param sid SID of the Reservation.
   * @return the WorkerReservation the API answered with
   */
  public WorkerReservation update(String sid) {
    return update(sid, UpdateWorkerReservationParams.builder().build());
  }

  /**
   * Update a reservation of a worker. Asynchronously, with no options.
   *
   * @param sid SID of the Reservation.
   * @return a future of the answer
   */
  public CompletableFuture<WorkerReservation> updateAsync(String sid) {
    return updateAsync(sid, UpdateWorkerReservationParams.builder().build());
  }

  private Call<WorkerReservation> updateCall(String sid, UpdateWorkerReservationParams params) {
    context.checkPathParam("Sid", sid, "^WR[0-9a-fA-F]{32}$");
    return api.updateWorkerReservation(workspaceSid, workerSid, sid, params.ifMatch(), params.reservationStatus(), params.workerActivitySid(), params.instruction(), params.dequeuePostWorkActivitySid(), params.dequeueFrom(), params.dequeueRecord(), params.dequeueTimeout(), params.dequeueTo(), params.dequeueStatusCallbackUrl(), params.callFrom(), params.callRecord(), params.callTimeout(), params.callTo(), params.callUrl(), params.callStatusCallbackUrl(), params.callAccept(), params.redirectCallSid(), params.redirectAccept(), params.redirectUrl(), params.to(), params.from(), params.statusCallback(), params.statusCallbackMethod(), params.statusCallbackEvent(), params.timeout(), params.recordValue(), params.muted(), params.beep(), params.startConferenceOnEnter(), params.endConferenceOnExit(), params.waitUrl(), params.waitMethod(), params.earlyMedia(), params.maxParticipants(), params.conferenceStatusCallback(), params.conferenceStatusCallbackMethod(), params.conferenceStatusCallbackEvent(), params.conferenceRecord(), params.conferenceTrim(), params.recordingChannels(), params.recordingStatusCallback(), params.recordingStatusCallbackMethod(), params.conferenceRecordingStatusCallback(), params.conferenceRecordingStatusCallbackMethod(), params.region(), params.sipAuthUsername(), params.sipAuthPassword(), params.dequeueStatusCallbackEvent(), params.postWorkActivitySid(), params.endConferenceOnCustomerExit(), params.beepOnCustomerEntrance(), params.jitterBufferSize(), params.extraParams());
  }

}
