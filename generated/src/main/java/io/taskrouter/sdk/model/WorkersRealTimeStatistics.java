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
 * Current distribution of Workers over Activities. Also the shape of the {@code realtime} part of WorkerStatistics.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkersRealTimeStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "activity_statistics")
  private @Nullable List<ActivityStatistic> activityStatistics;

  @Json(name = "total_workers")
  private @Nullable Integer totalWorkers;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkersRealTimeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Number of Workers currently in each Activity.
   *
   * @return the value, or null
   */
  public @Nullable List<ActivityStatistic> getActivityStatistics() {
    return activityStatistics;
  }


  /**
   * Number of Workers.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTotalWorkers() {
    return totalWorkers == null ? 0 : totalWorkers;
  }


  /**
   * SID of the Workspace that contains the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkspaceSid() {
    return workspaceSid;
  }


  /**
   * Absolute URL of this statistics resource.
   *
   * @return the value, or null
   */
  public @Nullable String getUrl() {
    return url;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkersRealTimeStatistics)) {
      return false;
    }
    WorkersRealTimeStatistics that = (WorkersRealTimeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(activityStatistics, that.activityStatistics)
        && Objects.equals(totalWorkers, that.totalWorkers)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, activityStatistics, totalWorkers, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkersRealTimeStatistics{"
        + "accountSid=" + accountSid
        + ", activityStatistics=" + activityStatistics
        + ", totalWorkers=" + totalWorkers
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

