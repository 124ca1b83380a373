package io.taskrouter.benchmarks;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor: the client a developer writes by hand. OkHttp's default client, Moshi's reflective
 * adapters on plain classes holding every field, one {@code execute()} per call, no retries, no
 * checks.
 */
final class FloorContender implements Contender {
  private final OkHttpClient http = new OkHttpClient();
  private final JsonAdapter<FloorTask> taskAdapter;
  private final JsonAdapter<FloorTaskList> listAdapter;
  private final String origin;
  private final String authorization = Credentials.basic(Fixtures.ACCOUNT, Fixtures.TOKEN);

  FloorContender(String origin) {
    this.origin = origin;
    Moshi moshi = new Moshi.Builder().build();
    taskAdapter = moshi.adapter(FloorTask.class);
    listAdapter = moshi.adapter(FloorTaskList.class);
  }

  @Override
  public String fetch() {
    Request request = new Request.Builder()
        .url(origin + "/v1/Workspaces/" + Fixtures.WORKSPACE + "/Tasks/" + Fixtures.TASK)
        .header("Authorization", authorization).build();
    return read(request, taskAdapter).sid;
  }

  @Override
  public String create() {
    Request request = new Request.Builder()
        .url(origin + "/v1/Workspaces/" + Fixtures.WORKSPACE + "/Tasks")
        .header("Authorization", authorization)
        .post(new FormBody.Builder().add("WorkflowSid", Fixtures.WORKFLOW).add("Attributes", "{\"type\":\"support\"}").build())
        .build();
    return read(request, taskAdapter).sid;
  }

  @Override
  public int listAll() {
    return (int) list(Fixtures.WORKSPACE, Fixtures.LIST_PAGE);
  }

  @Override
  public long listHuge() {
    return list(Fixtures.BIG_WORKSPACE, Fixtures.BIG_PAGE);
  }

  private long list(String workspace, int pageSize) {
    String url = origin + "/v1/Workspaces/" + workspace + "/Tasks?PageSize=" + pageSize;
    long count = 0;
    while (url != null) {
      FloorTaskList page = read(new Request.Builder().url(HttpUrl.get(url)).header("Authorization", authorization)
          .build(), listAdapter);
      for (FloorTask task : page.tasks) {
        count += task.sid != null ? 1 : 0;
      }
      url = page.meta.nextPageUrl;
    }
    return count;
  }

  private <T> T read(Request request, JsonAdapter<T> adapter) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return adapter.fromJson(response.body().source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Every field of a task, as a hand-written client would declare them. */
  static final class FloorTask {
    @Json(name = "account_sid") String accountSid;
    Integer age;
    @Json(name = "assignment_status") String assignmentStatus;
    String attributes;
    String addons;
    @Json(name = "date_created") String dateCreated;
    @Json(name = "date_updated") String dateUpdated;
    @Json(name = "task_queue_entered_date") String taskQueueEnteredDate;
    Integer priority;
    String reason;
    String sid;
    @Json(name = "task_queue_sid") String taskQueueSid;
    @Json(name = "task_queue_friendly_name") String taskQueueFriendlyName;
    @Json(name = "task_channel_sid") String taskChannelSid;
    @Json(name = "task_channel_unique_name") String taskChannelUniqueName;
    Integer timeout;
    @Json(name = "workflow_sid") String workflowSid;
    @Json(name = "workflow_friendly_name") String workflowFriendlyName;
    @Json(name = "workspace_sid") String workspaceSid;
    String url;
    Map<String, String> links;
    @Json(name = "virtual_start_time") String virtualStartTime;
    @Json(name = "ignore_capacity") Boolean ignoreCapacity;
    @Json(name = "routing_target") String routingTarget;
  }

  static final class FloorTaskList {
    List<FloorTask> tasks;
    FloorMeta meta;
  }

  static final class FloorMeta {
    Integer page;
    @Json(name = "page_size") Integer pageSize;
    @Json(name = "first_page_url") String firstPageUrl;
    @Json(name = "previous_page_url") String previousPageUrl;
    String url;
    @Json(name = "next_page_url") String nextPageUrl;
    String key;
  }
}
