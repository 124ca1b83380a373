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
 * One page of Workflow records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkflowList implements ListResponse<Workflow> {

  @Json(name = "workflows")
  private @Nullable List<Workflow> workflows;

  @Json(name = "meta")
  private @Nullable ListMeta meta;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkflowList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<Workflow> getWorkflows() {
    return workflows;
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
  public List<Workflow> items() {
    List<Workflow> items = getWorkflows();
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
    if (!(other instanceof WorkflowList)) {
      return false;
    }
    WorkflowList that = (WorkflowList) other;
    return Objects.equals(workflows, that.workflows)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workflows, meta);
  }

  @Override
  public String toString() {
    return "WorkflowList{"
        + "workflows=" + workflows
        + ", meta=" + meta
        + "}";
  }
}

