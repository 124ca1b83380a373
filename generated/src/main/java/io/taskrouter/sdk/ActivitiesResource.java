// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.api.ActivitiesApi;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.ActivityList;
import io.taskrouter.sdk.params.CreateActivityParams;
import io.taskrouter.sdk.params.ListActivityParams;
import io.taskrouter.sdk.params.UpdateActivityParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Activities: the states a Worker can be in, each either available or unavailable for new work.
 *
 * <p>Every operation has a blocking form, which returns the result or throws an
 * {@link ApiException} (the API answered with an error) or a {@link TransportException} (no answer),
 * and an {@code Async} form, whose future completes with the result or with one of those exceptions.
 * Options are checked when they are set and built: nothing invalid is sent.
 */
public final class ActivitiesResource {
  private final ApiContext context;
  private final ActivitiesApi api;
  private final String workspaceSid;

  ActivitiesResource(ApiContext context, String workspaceSid) {
    this.context = context;
    this.api = context.api(ActivitiesApi.class);
    this.workspaceSid = workspaceSid;
  }


  /**
   * Create an activity.
   *
   * <p>Adds an Activity to the Workspace. Whether Workers in it can receive Tasks ({@code Available}) is decided here and cannot be changed later. A Workspace holds at most 100 activities.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Activities} ({@code CreateActivity}).
   *
   * @param params the options
   * @return the Activity the API answered with
   */
  public Activity create(CreateActivityParams params) {
    return context.execute(createCall(params));
  }

  /**
   * Create an activity. Asynchronously.
   *
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Activity> createAsync(CreateActivityParams params) {
    return context.executeAsync(createCall(params));
  }

  /**
   * Create an activity. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the Activity the API answered with
   */
  public Activity create(Consumer<CreateActivityParams.Builder> options) {
    return create(CreateActivityParams.of(options));
  }

  /**
   * Create an activity. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Activity> createAsync(Consumer<CreateActivityParams.Builder> options) {
    return createAsync(CreateActivityParams.of(options));
  }

  private Call<Activity> createCall(CreateActivityParams params) {
    return api.createActivity(workspaceSid, params.friendlyName(), params.available(), params.extraParams());
  }


  /**
   * Delete an activity.
   *
   * <p>Removes an Activity. The request is refused while Workers occupy the Activity or while it is referenced as a Workspace default/timeout activity or as a TaskQueue reservation/assignment activity.
   *
   * <p>Wire: {@code DELETE /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}} ({@code DeleteActivity}).
   *
   * @param sid SID of the Activity.
   */
  public void delete(String sid) {
    context.execute(deleteCall(sid));
  }

  /**
   * Delete an activity. Asynchronously.
   *
   * @param sid SID of the Activity.
   * @return a future of the answer
   */
  public CompletableFuture<Void> deleteAsync(String sid) {
    return context.executeAsync(deleteCall(sid));
  }

  private Call<Void> deleteCall(String sid) {
    context.checkPathParam("Sid", sid, "^WA[0-9a-fA-F]{32}$");
    return api.deleteActivity(workspaceSid, sid);
  }


  /**
   * Fetch an activity.
   *
   * <p>Returns one Activity of the Workspace.
   *
   * <p>Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}} ({@code FetchActivity}).
   *
   * @param sid SID of the Activity.
   * @return the Activity the API answered with
   */
  public Activity fetch(String sid) {
    return context.execute(fetchCall(sid));
  }

  /**
   * Fetch an activity. Asynchronously.
   *
   * @param sid SID of the Activity.
   * @return a future of the answer
   */
  public CompletableFuture<Activity> fetchAsync(String sid) {
    return context.executeAsync(fetchCall(sid));
  }

  private Call<Activity> fetchCall(String sid) {
    context.checkPathParam("Sid", sid, "^WA[0-9a-fA-F]{32}$");
    return api.fetchActivity(workspaceSid, sid);
  }


  /**
   * List activities.
   *
   * <p>Returns one page of the Workspace's activities, optionally filtered by name or availability.
   *
   * <p>Pages are fetched lazily, one request per page, while the result is iterated.
   * Wire: {@code GET /v1/Workspaces/{WorkspaceSid}/Activities} ({@code ListActivity}).
   *
   * @param params the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Activity> list(ListActivityParams params) {
    return context.list(pageSize -> listCall(params, pageSize), api::listActivityPage, params.pageSize(), 1000L);
  }

  /**
   * List activities. The options are set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Activity> list(Consumer<ListActivityParams.Builder> options) {
    return list(ListActivityParams.of(options));
  }

  /**
   * List activities. No filter.
   *
   * @return the items, fetched page after page as they are iterated
   */
  public ResourceList<Activity> list() {
    return list(ListActivityParams.builder().build());
  }

  /**
   * List activities. Asynchronously: the future completes with the first page, which leads to the next.
   *
   * @param params the options
   * @return the first page
   */
  public CompletableFuture<Page<Activity>> listAsync(ListActivityParams params) {
    return context.firstPageAsync(listCall(params, null), api::listActivityPage);
  }

  /**
   * List activities. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param options sets the options
   * @return the first page
   */
  public CompletableFuture<Page<Activity>> listAsync(Consumer<ListActivityParams.Builder> options) {
    return listAsync(ListActivityParams.of(options));
  }

  /**
   * List activities. Asynchronously, no filter.
   *
   * @return the first page
   */
  public CompletableFuture<Page<Activity>> listAsync() {
    return listAsync(ListActivityParams.builder().build());
  }

  private Call<ActivityList> listCall(ListActivityParams params, @Nullable Long pageSize) {
    return api.listActivity(workspaceSid, params.friendlyName(), params.available(), pageSize != null ? pageSize : params.pageSize(), params.pageToken(), params.extraParams());
  }


  /**
   * Rename an activity.
   *
   * <p>Changes the friendly name of an Activity; its availability is fixed at creation.
   *
   * <p>Wire: {@code POST /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}} ({@code UpdateActivity}).
   *
   * @param sid SID of the Activity.
   * @param params the options
   * @return the Activity the API answered with
   */
  public Activity update(String sid, UpdateActivityParams params) {
    return context.execute(updateCall(sid, params));
  }

  /**
   * Rename an activity. Asynchronously.
   *
   * @param sid SID of the Activity.
   * @param params the options
   * @return a future of the answer
   */
  public CompletableFuture<Activity> updateAsync(String sid, UpdateActivityParams params) {
    return context.executeAsync(updateCall(sid, params));
  }

  /**
   * Rename an activity. The options are set on a builder by {@code options}.
   *
   * @param sid SID of the Activity.
   * @param options sets the options
   * @return the Activity the API answered with
   */
  public Activity update(String sid, Consumer<UpdateActivityParams.Builder> options) {
    return update(sid, UpdateActivityParams.of(options));
  }

  /**
   * Rename an activity. Asynchronously, with the options set on a builder by {@code options}.
   *
   * @param sid SID of the Activity.
   * @param options sets the options
   * @return a future of the answer
   */
  public CompletableFuture<Activity> updateAsync(String sid, Consumer<UpdateActivityParams.Builder> options) {
    return updateAsync(sid, UpdateActivityParams.of(options));
  }

  /**
   * Rename an activity. With no options.
   *
   * @param sid SID of the Activity.
   * @return the Activity the API answered with
   */
  public Activity update(String sid) {
    return update(sid, UpdateActivityParams.builder().build());
  }

  /**
   * Rename an activity. Asynchronously, with no options.
   *
   * @param sid SID of the Activity.
   * @return a future of the answer
   */
  public CompletableFuture<Activity> updateAsync(String sid) {
    return updateAsync(sid, UpdateActivityParams.builder().build());
  }

  private Call<Activity> updateCall(String sid, UpdateActivityParams params) {
    context.checkPathParam("Sid", sid, "^WA[0-9a-fA-F]{32}$");
    return api.updateActivity(workspaceSid, sid, params.friendlyName(), params.extraParams());
  }

}
