// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.EventsApi;
import io.taskrouter.sdk.model.Event;
import io.taskrouter.sdk.model.EventList;
import io.taskrouter.sdk.params.ListEventParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Events: the audit trail of everything that happened inside a Workspace during the last 30 days.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class EventsResource {
  private final ApiContext context;
  private final EventsApi api;
  private final String workspaceSid;

  EventsResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(EventsApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Fetch an event.
   *
   * <p>Returns one recorded Event of the Workspace.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Events/{Sid}} ({@code FetchEvent}).
   *
   * @param sid SID of the Event.
   * @return the Event the API answered with
   */
  public Event fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch an event. Asynchronously.
   *
   * @param sid SID of the Event.
   * @return a future of the answer
   */
  public CompletableFuture<Event> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<Event> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^EV[0-9a-fA-F]{32}$");
    return api.fetchEvent(workspaceSid, sid);
  }


  /**
   * List events.
   *
   * <p>Returns one page of the Workspace's recorded events. Events are kept for 30 days; without a time filter only the last 15 minutes are searched. Further filters narrow the result to one event type or to the events of one Task, Reservation, Worker, TaskQueue, Workflow or TaskChannel.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Events} ({@code ListEvent}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Event> list(ListEventParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listEventPage, params.pageSize(), 1000L);
  }

  /**
   * List events. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Event> list(Consumer<ListEventParams.Builder> options) {
    return list(ListEventParams.of(options));
  }

  /**
   * List events. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Event> list() {
    return list(ListEventParams.builder().build());
  }

  /**
   * List events. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<Event>> listAsync(ListEventParams params) {
    return context.firstPageAsync(listCall(params, null), api::listEventPage);
  }

  /**
   * List events. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<Event>> listAsync(Consumer<ListEventParams.Builder> options) {
    return listAsync(ListEventParams.of(options));
  }

  /**
   * List events. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<Event>> listAsync() {
    return listAsync(ListEventParams.builder().build());
  }

  private Call<EventList> listCall(ListEventParams params, @Nullable Long pageSize) {
    return api.listEvent(workspaceSid, params.endDate(), params.eventType(), params.minutes(), params.reservationSid(), params.startDate(), params.taskQueueSid(), params.taskSid(), params.workerSid(), params.workflowSid(), params.taskChannel(), params.sid(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }

}
