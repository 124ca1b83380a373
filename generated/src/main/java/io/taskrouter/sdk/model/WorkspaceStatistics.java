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
 * Real-time and cumulative statistics of a Workspace.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkspaceStatistics {

  @Json(name = "realtime")
  private @Nullable WorkspaceRealTimeStatistics realtime;

  @Json(name = "cumulative")
  private @Nullable WorkspaceCumulativeStatistics cumulative;

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;


  /** Models are read from JSON (Moshi uses this constructor). */
  WorkspaceStatistics() {}


  /**
   * Real-time statistics of the Workspace.
   *
   * @return the value, or null
   */
  public @Nullable WorkspaceRealTimeStatistics getRealtime() {
    return realtime;
  }


  /**
   * Cumulative statistics of the Workspace over the requested window.
   *
   * @return the value, or null
   */
  public @Nullable WorkspaceCumulativeStatistics getCumulative() {
    return cumulative;
  }


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
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
    if (!(other instanceof WorkspaceStatistics)) {
      return false;
    }
    WorkspaceStatistics that = (WorkspaceStatistics) other;
    return Objects.equals(realtime, that.realtime)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(accountSid, that.accountSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(realtime, cumulative, accountSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkspaceStatistics{"
        + "realtime=" + realtime
        + ", cumulative=" + cumulative
        + ", accountSid=" + accountSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

