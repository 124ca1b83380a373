// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
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

  @Json(name = "queueSids")
  private @Nullable List<String> queueSids;


  /** Models are read from JSON (Moshi uses this constructor). */
  TaskQueueBulkRealTimeStatisticsRequest() {}


  /**
   * SIDs of the TaskQueues, at least 1 and at most 50.
   *
   * @return the value, or null
   */
  public @Nullable List<String> getQueueSids() {
    return queueSids;
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

