// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.RequiredFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of the bulk real-time statistics request: the TaskQueues to report on. The property name follows the JSON example of the public documentation ({@code queueSids}); the parameter table of the same page spells it {@code QueueSids}.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueueBulkRealTimeStatisticsRequest {

  private @Nullable List<String> queueSids;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskQueueBulkRealTimeStatisticsRequest() {}


  /**
   * SIDs of the TaskQueues, at least 1 and at most 50.
   *
   * @return the value (always sent)
   */
  public List<String> getQueueSids() {
    return queueSids;
  }


  /** @return a builder of this request body: values are checked when set, required ones when built */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueueBulkRealTimeStatisticsRequest} to send. */
  public static final class Builder {

    private @Nullable List<String> queueSids;


    private Builder() {}


    /**
     * SIDs of the TaskQueues, at least 1 and at most 50.
     *
     * @param queueSids the value
     * @return this builder
     */
    public Builder queueSids(List<String> queueSids) {
      this.queueSids = Checks.listItems("queueSids", new ArrayList<>(queueSids));
      for (int i = 0; i < this.queueSids.size(); i++) {
        Checks.pattern("queueSids[" + i + "]", String.valueOf(this.queueSids.get(i)), "^WQ[0-9a-fA-F]{32}$");
      }
      return this;
    }

    /**
     * SIDs of the TaskQueues, at least 1 and at most 50.
     *
     * @param queueSids the values
     * @return this builder
     */
    public Builder queueSids(String... queueSids) {
      return queueSids(Arrays.asList(queueSids));
    }


    /**
     * @return the request body
     * @throws IllegalArgumentException naming the first value that is missing or out of bounds
     */
    public TaskQueueBulkRealTimeStatisticsRequest build() {
      TaskQueueBulkRealTimeStatisticsRequest built = new TaskQueueBulkRealTimeStatisticsRequest();

      Checks.required("queueSids", queueSids);
      if (queueSids != null) {
        Checks.range("queueSids size", queueSids.size(), 1, 50);
      }
      built.queueSids = queueSids;

      return built;
    }
  }

  /**
   * Reads and writes {@link TaskQueueBulkRealTimeStatisticsRequest} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskQueueBulkRealTimeStatisticsRequest> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "queueSids");
    private final JsonAdapter<List<String>> queueSidsAdapter;

    Adapter(Moshi moshi) {
      this.queueSidsAdapter = moshi.adapter(Types.newParameterizedType(List.class, String.class));
    }

    @Override
    public TaskQueueBulkRealTimeStatisticsRequest fromJson(JsonReader reader) throws IOException {
      TaskQueueBulkRealTimeStatisticsRequest model = new TaskQueueBulkRealTimeStatisticsRequest();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.queueSids = queueSidsAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.queueSids, "TaskQueueBulkRealTimeStatisticsRequest", "queueSids");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable TaskQueueBulkRealTimeStatisticsRequest model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.queueSids != null) {
        writer.name("queueSids");
        queueSidsAdapter.toJson(writer, model.queueSids);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(TaskQueueBulkRealTimeStatisticsRequest)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueueBulkRealTimeStatisticsRequest)) {
      return false;
    }
    TaskQueueBulkRealTimeStatisticsRequest that = (TaskQueueBulkRealTimeStatisticsRequest) other;
    return Objects.equals(queueSids, that.queueSids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueSids);
  }

  @Override
  public String toString() {
    return "TaskQueueBulkRealTimeStatisticsRequest{"
        + "queueSids=" + queueSids
        + "}";
  }
}

