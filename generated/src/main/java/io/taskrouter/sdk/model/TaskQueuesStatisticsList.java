// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.ListResponse;
import io.taskrouter.sdk.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of TaskQueuesStatistics records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskQueuesStatisticsList implements ListResponse<TaskQueuesStatistics> {

  @Json(name = "task_queues_statistics")
  private @Nullable List<TaskQueuesStatistics> taskQueuesStatistics;

  @Json(name = "meta")
  private @Nullable ListMeta meta;


  /** Models are read from JSON (Moshi uses this constructor). */
  TaskQueuesStatisticsList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<TaskQueuesStatistics> getTaskQueuesStatistics() {
    return taskQueuesStatistics;
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
  public List<TaskQueuesStatistics> items() {
    List<TaskQueuesStatistics> items = getTaskQueuesStatistics();
    return items == null ? Collections.emptyList() : items;
  }

  /** Internal: the URL of the next page, or null on the last one. */
  @Override
  public @Nullable String nextPageUrl() {
    ListMeta meta = getMeta();
    return meta == null ? null : meta.getNextPageUrl();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskQueuesStatisticsList)) {
      return false;
    }
    TaskQueuesStatisticsList that = (TaskQueuesStatisticsList) other;
    return Objects.equals(taskQueuesStatistics, that.taskQueuesStatistics)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taskQueuesStatistics, meta);
  }

  @Override
  public String toString() {
    return "TaskQueuesStatisticsList{"
        + "taskQueuesStatistics=" + taskQueuesStatistics
        + ", meta=" + meta
        + "}";
  }
}

