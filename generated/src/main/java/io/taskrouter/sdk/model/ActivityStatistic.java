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
 * Number of Workers currently in one Activity.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class ActivityStatistic {

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "friendly_name")
  private @Nullable String friendlyName;

  @Json(name = "workers")
  private @Nullable Integer workers;


  /** Models are read from JSON (Moshi uses this constructor). */
  ActivityStatistic() {}


  /**
   * SID of the Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * Name of the Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * Number of Workers in the Activity.
   *
   * @return the value, {@code 0} when absent
   */
  public int getWorkers() {
    return workers == null ? 0 : workers;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ActivityStatistic)) {
      return false;
    }
    ActivityStatistic that = (ActivityStatistic) other;
    return Objects.equals(sid, that.sid)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(workers, that.workers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, friendlyName, workers);
  }

  @Override
  public String toString() {
    return "ActivityStatistic{"
        + "sid=" + sid
        + ", friendlyName=" + friendlyName
        + ", workers=" + workers
        + "}";
  }
}

