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
 * Counts below and above one {@code SplitByWaitTime} threshold.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WaitTimeSplit {

  @Json(name = "below")
  private @Nullable WaitTimeSplitCounts below;

  @Json(name = "above")
  private @Nullable WaitTimeSplitCounts above;


  /** Models are read from JSON (Moshi uses this constructor). */
  WaitTimeSplit() {}


  /**
   * Counts for waits below the threshold.
   *
   * @return the value, or null
   */
  public @Nullable WaitTimeSplitCounts getBelow() {
    return below;
  }


  /**
   * Counts for waits above the threshold.
   *
   * @return the value, or null
   */
  public @Nullable WaitTimeSplitCounts getAbove() {
    return above;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WaitTimeSplit)) {
      return false;
    }
    WaitTimeSplit that = (WaitTimeSplit) other;
    return Objects.equals(below, that.below)
        && Objects.equals(above, that.above);
  }

  @Override
  public int hashCode() {
    return Objects.hash(below, above);
  }

  @Override
  public String toString() {
    return "WaitTimeSplit{"
        + "below=" + below
        + ", above=" + above
        + "}";
  }
}

