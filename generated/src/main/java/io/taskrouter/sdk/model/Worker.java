// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.internal.ETagCarrier;
import io.taskrouter.sdk.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person or process that handles Tasks.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Worker implements ETagCarrier {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "activity_name")
  private @Nullable String activityName;

  @Json(name = "activity_sid")
  private @Nullable String activitySid;

  @Json(name = "attributes")
  private @Nullable String attributes;

  @Json(name = "available")
  private @Nullable Boolean available;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_status_changed")
  private @Nullable OffsetDateTime dateStatusChanged;

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

  private transient @Nullable String etag;

  /** Models are read from JSON (Moshi uses this constructor). */
  Worker() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Name of the Worker's current Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getActivityName() {
    return activityName;
  }


  /**
   * SID of the Worker's current Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getActivitySid() {
    return activitySid;
  }


  /**
   * JSON document (as a string) describing the Worker.
   *
   * @return the value, or null
   */
  public @Nullable String getAttributes() {
    return attributes;
  }

  /**
   * {@code attributes} read as a JSON object.
   *
   * @return the object as a Map (numbers as Double), empty when absent
   */
  public Map<String, Object> getAttributesAsMap() {
    return attributes == null ? Collections.emptyMap() : JsonText.readMap("attributes", attributes);
  }

  /**
   * {@code attributes} read as a type of yours, with Moshi.
   *
   * @param type the class to read into
   * @param <T> the type
   * @return the value, or null when absent
   */
  public <T> @Nullable T getAttributesAs(Class<T> type) {
    return attributes == null ? null : JsonText.read("attributes", attributes, type);
  }


  /**
   * Whether the Worker's current Activity lets it receive Tasks.
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
   * When the Worker last changed Activity.
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getDateStatusChanged() {
    return dateStatusChanged;
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
   * Name of the Worker.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * Unique SID of the Worker.
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


  /** @return the {@code ETag} header that came with this response (its revision), or null */
  public @Nullable String getETag() {
    return etag;
  }

  /** Internal: the SDK records the response's {@code ETag} header here. */
  @Override
  public void receiveETag(@Nullable String etag) {
    this.etag = etag;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Worker)) {
      return false;
    }
    Worker that = (Worker) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(activityName, that.activityName)
        && Objects.equals(activitySid, that.activitySid)
        && Objects.equals(attributes, that.attributes)
        && Objects.equals(available, that.available)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateStatusChanged, that.dateStatusChanged)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(sid, that.sid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, activityName, activitySid, attributes, available, dateCreated, dateStatusChanged, dateUpdated, friendlyName, sid, workspaceSid, url, links);
  }

  @Override
  public String toString() {
    return "Worker{"
        + "accountSid=" + accountSid
        + ", activityName=" + activityName
        + ", activitySid=" + activitySid
        + ", attributes=" + attributes
        + ", available=" + available
        + ", dateCreated=" + dateCreated
        + ", dateStatusChanged=" + dateStatusChanged
        + ", dateUpdated=" + dateUpdated
        + ", friendlyName=" + friendlyName
        + ", sid=" + sid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + "}";
  }
}

