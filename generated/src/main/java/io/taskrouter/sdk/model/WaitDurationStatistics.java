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
 * Summary of wait times, in seconds.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WaitDurationStatistics {

  @Json(name = "avg")
  private @Nullable Double avg;

  @Json(name = "min")
  private @Nullable Integer min;

  @Json(name = "max")
  private @Nullable Integer max;

  @Json(name = "total")
  private @Nullable Long total;


  /** Models are read from JSON (Moshi uses this constructor). */
  WaitDurationStatistics() {}


  /**
   * Average wait, in seconds.
   *
   * @return the value, {@code 0.0} when absent
   */
  public double getAvg() {
    return avg == null ? 0.0 : avg;
  }


  /**
   * Shortest wait, in seconds.
   *
   * @return the value, {@code 0} when absent
   */
  public int getMin() {
    return min == null ? 0 : min;
  }


  /**
   * Longest wait, in seconds.
   *
   * @return the value, {@code 0} when absent
   */
  public int getMax() {
    return max == null ? 0 : max;
  }


  /**
   * Sum of all waits, in seconds.
   *
   * @return the value, {@code 0L} when absent
   */
  public long getTotal() {
    return total == null ? 0L : total;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WaitDurationStatistics)) {
      return false;
    }
    WaitDurationStatistics that = (WaitDurationStatistics) other;
    return Objects.equals(avg, that.avg)
        && Objects.equals(min, that.min)
        && Objects.equals(max, that.max)
        && Objects.equals(total, that.total);
  }

  @Override
  public int hashCode() {
    return Objects.hash(avg, min, max, total);
  }

  @Override
  public String toString() {
    return "WaitDurationStatistics{"
        + "avg=" + avg
        + ", min=" + min
        + ", max=" + max
        + ", total=" + total
        + "}";
  }
}

