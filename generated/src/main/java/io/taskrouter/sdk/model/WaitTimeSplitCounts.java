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
 * Counters on one side of a wait-time threshold.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WaitTimeSplitCounts {

  @Json(name = "tasks_canceled")
  private @Nullable Integer tasksCanceled;

  @Json(name = "reservations_accepted")
  private @Nullable Integer reservationsAccepted;


  /** Models are read from JSON (Moshi uses this constructor). */
  WaitTimeSplitCounts() {}


  /**
   * Tasks canceled on this side of the threshold.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksCanceled() {
    return tasksCanceled == null ? 0 : tasksCanceled;
  }


  /**
   * Reservations accepted on this side of the threshold.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsAccepted() {
    return reservationsAccepted == null ? 0 : reservationsAccepted;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WaitTimeSplitCounts)) {
      return false;
    }
    WaitTimeSplitCounts that = (WaitTimeSplitCounts) other;
    return Objects.equals(tasksCanceled, that.tasksCanceled)
        && Objects.equals(reservationsAccepted, that.reservationsAccepted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tasksCanceled, reservationsAccepted);
  }

  @Override
  public String toString() {
    return "WaitTimeSplitCounts{"
        + "tasksCanceled=" + tasksCanceled
        + ", reservationsAccepted=" + reservationsAccepted
        + "}";
  }
}

