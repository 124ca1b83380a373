// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Number of current Tasks per assignment status. Counts may be rendered as numeric strings.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TasksByStatus {

  @Json(name = "pending")
  private @Nullable Integer pending;

  @Json(name = "reserved")
  private @Nullable Integer reserved;

  @Json(name = "assigned")
  private @Nullable Integer assigned;

  @Json(name = "wrapping")
  private @Nullable Integer wrapping;


  /** Models are read from JSON (Moshi uses this constructor). */
  TasksByStatus() {}


  /**
   * Tasks waiting for a Worker.
   *
   * @return the value, {@code 0} when absent
   */
  public int getPending() {
    return pending == null ? 0 : pending;
  }


  /**
   * Tasks offered to a Worker.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReserved() {
    return reserved == null ? 0 : reserved;
  }


  /**
   * Tasks accepted by a Worker.
   *
   * @return the value, {@code 0} when absent
   */
  public int getAssigned() {
    return assigned == null ? 0 : assigned;
  }


  /**
   * Tasks in wrap-up.
   *
   * @return the value, {@code 0} when absent
   */
  public int getWrapping() {
    return wrapping == null ? 0 : wrapping;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TasksByStatus)) {
      return false;
    }
    TasksByStatus that = (TasksByStatus) other;
    return Objects.equals(pending, that.pending)
        && Objects.equals(reserved, that.reserved)
        && Objects.equals(assigned, that.assigned)
        && Objects.equals(wrapping, that.wrapping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pending, reserved, assigned, wrapping);
  }

  @Override
  public String toString() {
    return "TasksByStatus{"
        + "pending=" + pending
        + ", reserved=" + reserved
        + ", assigned=" + assigned
        + ", wrapping=" + wrapping
        + "}";
  }
}

