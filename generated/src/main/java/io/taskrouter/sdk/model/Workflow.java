// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Routing rules that move Tasks into TaskQueues.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Workflow {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "assignment_callback_url")
  private @Nullable String assignmentCallbackUrl;

  @Json(name = "configuration")
  private @Nullable String configuration;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "document_content_type")
  private @Nullable String documentContentType;

  @Json(name = "fallback_assignment_callback_url")
  private @Nullable String fallbackAssignmentCallbackUrl;

  @Json(name = "friendly_name")
  private @Nullable String friendlyName;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "task_reservation_timeout")
  private @Nullable Integer taskReservationTimeout;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "links")
  private @Nullable Map<String, String> links;


  /** Models are read from JSON (Moshi uses this constructor). */
  Workflow() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * URL that receives a POST whenever the Workflow creates a Reservation.
   *
   * @return the value, or null
   */
  public @Nullable String getAssignmentCallbackUrl() {
    return assignmentCallbackUrl;
  }


  /**
   * JSON routing configuration (as a string).
   *
   * @return the value, or null
   */
  public @Nullable String getConfiguration() {
    return configuration;
  }

  /**
   * {@code configuration} read as a JSON object.
   *
   * @return the object as a Map (numbers as Double), empty when absent
   */
  public Map<String, Object> getConfigurationAsMap() {
    return configuration == null ? Collections.emptyMap() : JsonText.readMap("configuration", configuration);
  }

  /**
   * {@code configuration} read as a type of yours, with Moshi.
   *
   * @param type the class to read into
   * @param <T> the type
   * @return the value, or null when absent
   */
  public <T> @Nullable T getConfigurationAs(Class<T> type) {
    return configuration == null ? null : JsonText.read("configuration", configuration, type);
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
   * Media type of the configuration document.
   *
   * @return the value, or null
   */
  public @Nullable String getDocumentContentType() {
    return documentContentType;
  }


  /**
   * URL called when the assignment callback fails.
   *
   * @return the value, or null
   */
  public @Nullable String getFallbackAssignmentCallbackUrl() {
    return fallbackAssignmentCallbackUrl;
  }


  /**
   * Display name of the Workflow.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * Unique SID of the Workflow.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * Seconds a Reservation may stay pending before it times out.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTaskReservationTimeout() {
    return taskReservationTimeout == null ? 0 : taskReservationTimeout;
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
    if (!(other instanceof Workflow)) {
      return false;
    }
    Workflow that = (Workflow) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(assignmentCallbackUrl, that.assignmentCallbackUrl)
        && Objects.equals(configuration, that.configuration)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(documentContentType, that.documentContentType)
        && Objects.equals(fallbackAssignmentCallbackUrl, that.fallbackAssignmentCallbackUrl)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(sid, that.sid)
        && Objects.equals(taskReservationTimeout, that.taskReservationTimeout)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, assignmentCallbackUrl, configuration, dateCreated, dateUpdated, documentContentType, fallbackAssignmentCallbackUrl, friendlyName, sid, taskReservationTimeout, workspaceSid, url, links);
  }

  @Override
  public String toString() {
    return "Workflow{"
        + "accountSid=" + accountSid
        + ", assignmentCallbackUrl=" + Checks.maskUserInfo(assignmentCallbackUrl)
        + ", configuration=" + configuration
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", documentContentType=" + documentContentType
        + ", fallbackAssignmentCallbackUrl=" + Checks.maskUserInfo(fallbackAssignmentCallbackUrl)
        + ", friendlyName=" + friendlyName
        + ", sid=" + sid
        + ", taskReservationTimeout=" + taskReservationTimeout
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + "}";
  }
}

