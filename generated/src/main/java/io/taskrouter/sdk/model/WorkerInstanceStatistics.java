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
 * Cumulative statistics of one Worker.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerInstanceStatistics {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "cumulative")
  private @Nullable WorkersCumulativeStatistics cumulative;

  @Json(name = "worker_sid")
  private @Nullable String workerSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkerInstanceStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Cumulative statistics of the Worker over the requested window.
   *
   * @return the value, or null
   */
  public @Nullable WorkersCumulativeStatistics getCumulative() {
    return cumulative;
  }


  /**
   * SID of the Worker the statistics describe.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkerSid() {
    return workerSid;
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
    if (!(other instanceof WorkerInstanceStatistics)) {
      return false;
    }
    WorkerInstanceStatistics that = (WorkerInstanceStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(workerSid, that.workerSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, cumulative, workerSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkerInstanceStatistics{"
        + "accountSid=" + accountSid
        + ", cumulative=" + cumulative
        + ", workerSid=" + workerSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

