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
 * A recorded occurrence in a Workspace (task created, reservation accepted, worker activity changed, ...).
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Event {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "actor_sid")
  private @Nullable String actorSid;

  @Json(name = "actor_type")
  private @Nullable String actorType;

  @Json(name = "actor_url")
  private @Nullable String actorUrl;

  @Json(name = "description")
  private @Nullable String description;

  @Json(name = "event_data")
  private @Nullable Map<String, Object> eventData;

  @Json(name = "event_date")
  private @Nullable OffsetDateTime eventDate;

  @Json(name = "event_date_ms")
  private @Nullable Long eventDateMs;

  @Json(name = "event_type")
  private @Nullable String eventType;

  @Json(name = "resource_sid")
  private @Nullable String resourceSid;

  @Json(name = "resource_type")
  private @Nullable String resourceType;

  @Json(name = "resource_url")
  private @Nullable String resourceUrl;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "source")
  private @Nullable String source;

  @Json(name = "source_ip_address")
  private @Nullable String sourceIpAddress;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "workspace_sid")
  private @Nullable String workspaceSid;


  /** Models are read from JSON (Moshi uses this constructor). */
  Event() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * SID of the resource that caused the event.
   *
   * @return the value, or null
   */
  public @Nullable String getActorSid() {
    return actorSid;
  }


  /**
   * Lower-case type of the resource that caused the event, e.g. {@code workspace} or {@code worker}.
   *
   * @return the value, or null
   */
  public @Nullable String getActorType() {
    return actorType;
  }


  /**
   * URL of the resource that caused the event.
   *
   * @return the value, or null
   */
  public @Nullable String getActorUrl() {
    return actorUrl;
  }


  /**
   * Human-readable summary of the event.
   *
   * @return the value, or null
   */
  public @Nullable String getDescription() {
    return description;
  }


  /**
   * Event-specific details as a flat object with snake_case keys; most values are strings.
   *
   * @return the value, or null
   */
  public @Nullable Map<String, Object> getEventData() {
    return eventData;
  }


  /**
   * When the event happened (ISO 8601).
   *
   * @return the value, or null
   */
  public @Nullable OffsetDateTime getEventDate() {
    return eventDate;
  }


  /**
   * When the event happened, in milliseconds since the Unix epoch.
   *
   * @return the value, or null
   */
  public @Nullable Long getEventDateMs() {
    return eventDateMs;
  }


  /**
   * Type of the event, e.g. {@code task.created} or {@code worker.activity.update}.
   *
   * @return the value, or null
   */
  public @Nullable String getEventType() {
    return eventType;
  }


  /**
   * SID of the resource the event is about.
   *
   * @return the value, or null
   */
  public @Nullable String getResourceSid() {
    return resourceSid;
  }


  /**
   * Lower-case type of the resource the event is about.
   *
   * @return the value, or null
   */
  public @Nullable String getResourceType() {
    return resourceType;
  }


  /**
   * URL of the resource the event is about.
   *
   * @return the value, or null
   */
  public @Nullable String getResourceUrl() {
    return resourceUrl;
  }


  /**
   * Unique SID of the Event.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * Component that emitted the event.
   *
   * @return the value, or null
   */
  public @Nullable String getSource() {
    return source;
  }


  /**
   * IP address of the client whose request caused the event, when there was one.
   *
   * @return the value, or null
   */
  public @Nullable String getSourceIpAddress() {
    return sourceIpAddress;
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
   * SID of the Workspace that contains the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getWorkspaceSid() {
    return workspaceSid;
  }


  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Event)) {
      return false;
    }
    Event that = (Event) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(actorSid, that.actorSid)
        && Objects.equals(actorType, that.actorType)
        && Objects.equals(actorUrl, that.actorUrl)
        && Objects.equals(description, that.description)
        && Objects.equals(eventData, that.eventData)
        && Objects.equals(eventDate, that.eventDate)
        && Objects.equals(eventDateMs, that.eventDateMs)
        && Objects.equals(eventType, that.eventType)
        && Objects.equals(resourceSid, that.resourceSid)
        && Objects.equals(resourceType, that.resourceType)
        && Objects.equals(resourceUrl, that.resourceUrl)
        && Objects.equals(sid, that.sid)
        && Objects.equals(source, that.source)
        && Objects.equals(sourceIpAddress, that.sourceIpAddress)
        && Objects.equals(url, that.url)
        && Objects.equals(workspaceSid, that.workspaceSid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, actorSid, actorType, actorUrl, description, eventData, eventDate, eventDateMs, eventType, resourceSid, resourceType, resourceUrl, sid, source, sourceIpAddress, url, workspaceSid);
  }

  @Override
  public String toString() {
    return "Event{"
        + "accountSid=" + accountSid
        + ", actorSid=" + actorSid
        + ", actorType=" + actorType
        + ", actorUrl=" + Checks.maskUserInfo(actorUrl)
        + ", description=" + description
        + ", eventData=" + eventData
        + ", eventDate=" + eventDate
        + ", eventDateMs=" + eventDateMs
        + ", eventType=" + eventType
        + ", resourceSid=" + resourceSid
        + ", resourceType=" + resourceType
        + ", resourceUrl=" + Checks.maskUserInfo(resourceUrl)
        + ", sid=" + sid
        + ", source=" + source
        + ", sourceIpAddress=" + sourceIpAddress
        + ", url=" + Checks.maskUserInfo(url)
        + ", workspaceSid=" + workspaceSid
        + "}";
  }
}

