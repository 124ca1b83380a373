// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.ListResponse;
import io.taskrouter.sdk.internal.Checks;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of TaskQueue records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueList implements ListResponse<TaskQueue> {

  private @Nullable List<TaskQueue> taskQueues;

  private @Nullable ListMeta meta;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskQueueList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<TaskQueue> getTaskQueues() {
    return taskQueues;
  }


  /**
   * {@code meta}.
   *
   * @return the value, or null
   */
  public @Nullable ListMeta getMeta() {
    return meta;
  }


  /** Internal: the items of this page. */
  @Override
  public List<TaskQueue> items() {
    List<TaskQueue> items = getTaskQueues();
    return items == null ? Collections.emptyList() : items;
  }

  /** Internal: the URL of the next page, or null on the last one. */
  @Override
  public @Nullable String nextPageUrl() {
    ListMeta meta = getMeta();
    return meta == null ? null : meta.getNextPageUrl();
  }

  /**
   * Reads and writes {@link TaskQueueList} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskQueueList> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "task_queues",
        "meta");
    private final JsonAdapter<List<TaskQueue>> taskQueuesAdapter;
    private final JsonAdapter<ListMeta> metaAdapter;

    Adapter(Moshi moshi) {
      this.taskQueuesAdapter = moshi.adapter(Types.newParameterizedType(List.class, TaskQueue.class));
      this.metaAdapter = moshi.adapter(ListMeta.class);
    }

    @Override
    public TaskQueueList fromJson(JsonReader reader) throws IOException {
      TaskQueueList model = new TaskQueueList();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.taskQueues = taskQueuesAdapter.fromJson(reader);
            break;
          case 1:
            model.meta = metaAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable TaskQueueList model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.taskQueues != null) {
        writer.name("task_queues");
        taskQueuesAdapter.toJson(writer, model.taskQueues);
      }
      if (model.meta != null) {
        writer.name("meta");
        metaAdapter.toJson(writer, model.meta);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(TaskQueueList)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueueList)) {
      return false;
    }
    TaskQueueList that = (TaskQueueList) other;
    return Objects.equals(taskQueues, that.taskQueues)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taskQueues, meta);
  }

  @Override
  public String toString() {
    return "TaskQueueList{"
        + "taskQueues=" + taskQueues
        + ", meta=" + meta
        + "}";
  }
}

