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
 * A state a Worker can be in (e.g. Offline, Available); it decides whether the Worker receives Tasks.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Activity {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "available")
  private @Nullable Boolean available;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "friendly_name")
  private @Nullable String friendlyName;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "links")
  private @Nullable Map<String, String> links;


  /** Models are read from JSON (Moshi uses this constructor). */
  Activity() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Whether Workers in this Activity can receive Tasks.
   *
   * @return the value, or null
   */
  public @Nullable Boolean getAvailable() {
    return available;
  }


  /**
   * When the resource was created (ISO 8601).
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getDateCreated() {
    return dateCreated;
  }


  /**
   * When the resource was last changed (ISO 8601).
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getDateUpdated() {
    return dateUpdated;
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
   * Unique SID of the Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
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
   * Absolute URL of this resource.
   *
   * @return the value, or null
   */
  public @Nullable String getUrl() {
    return url;
  }


  /**
   * URLs of related resources, keyed by relation name.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, String> getLinks() {
    return links;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Activity)) {
      return false;
    }
    Activity that = (Activity) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(available, that.available)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(sid, that.sid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, available, dateCreated, dateUpdated, friendlyName, sid, workspaceSid, url, links);
  }

  @Override
  public String toString() {
    return "Activity{"
        + "accountSid=" + accountSid
        + ", available=" + available
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", friendlyName=" + friendlyName
        + ", sid=" + sid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + "}";
  }
}

