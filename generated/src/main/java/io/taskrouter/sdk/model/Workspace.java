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
 * A Workspace: the container of an application's activities, queues, workers, workflows and tasks.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Workspace {

  @Json(name = "account_sid")
  private @Nullable String accountSid;

  @Json(name = "date_created")
  private @Nullable OffsetDateTime dateCreated;

  @Json(name = "date_updated")
  private @Nullable OffsetDateTime dateUpdated;

  @Json(name = "default_activity_name")
  private @Nullable String defaultActivityName;

  @Json(name = "default_activity_sid")
  private @Nullable String defaultActivitySid;

  @Json(name = "event_callback_url")
  private @Nullable String eventCallbackUrl;

  @Json(name = "events_filter")
  private @Nullable String eventsFilter;

  @Json(name = "friendly_name")
  private @Nullable String friendlyName;

  @Json(name = "multi_task_enabled")
  private @Nullable Boolean multiTaskEnabled;

  @Json(name = "sid")
  private @Nullable String sid;

  @Json(name = "timeout_activity_name")
  private @Nullable String timeoutActivityName;

  @Json(name = "timeout_activity_sid")
  private @Nullable String timeoutActivitySid;

  @Json(name = "prioritize_queue_order")
  private @Nullable String prioritizeQueueOrder;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "links")
  private @Nullable Map<String, String> links;


  /** Models are read from JSON (Moshi uses this constructor). */
  Workspace() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
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
   * Name of the Activity given to new Workers that do not specify one.
   *
   * @return the value, or null
   */
  public @Nullable String getDefaultActivityName() {
    return defaultActivityName;
  }


  /**
   * SID of the Activity given to new Workers that do not specify one.
   *
   * @return the value, or null
   */
  public @Nullable String getDefaultActivitySid() {
    return defaultActivitySid;
  }


  /**
   * URL that receives a POST for each Workspace event.
   *
   * @return the value, or null
   */
  public @Nullable String getEventCallbackUrl() {
    return eventCallbackUrl;
  }


  /**
   * Comma-separated event types delivered to {@code event_callback_url}; null or empty means all.
   *
   * @return the value, or null
   */
  public @Nullable String getEventsFilter() {
    return eventsFilter;
  }


  /**
   * Display name of the Workspace.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * Whether Workers can hold several Tasks at once, limited per channel.
   *
   * @return the value, or null
   */
  public @Nullable Boolean getMultiTaskEnabled() {
    return multiTaskEnabled;
  }


  /**
   * Unique SID of the Workspace.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * Name of the Activity a Worker is moved to when a Reservation times out.
   *
   * @return the value, or null
   */
  public @Nullable String getTimeoutActivityName() {
    return timeoutActivityName;
  }


  /**
   * SID of the Activity a Worker is moved to when a Reservation times out.
   *
   * @return the value, or null
   */
  public @Nullable String getTimeoutActivitySid() {
    return timeoutActivitySid;
  }


  /**
   * {@code prioritize_queue_order}.
   *
   * @return the value, {@link QueueOrder#UNKNOWN} when it is absent or not known to this SDK
   */
  public QueueOrder getPrioritizeQueueOrder() {
    return QueueOrder.fromValue(prioritizeQueueOrder);
  }

  /** @return {@code prioritize_queue_order} exactly as the API sent it, or null */
  public @Nullable String getPrioritizeQueueOrderValue() {
    return prioritizeQueueOrder;
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
    if (!(other instanceof Workspace)) {
      return false;
    }
    Workspace that = (Workspace) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(defaultActivityName, that.defaultActivityName)
        && Objects.equals(defaultActivitySid, that.defaultActivitySid)
        && Objects.equals(eventCallbackUrl, that.eventCallbackUrl)
        && Objects.equals(eventsFilter, that.eventsFilter)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(multiTaskEnabled, that.multiTaskEnabled)
        && Objects.equals(sid, that.sid)
        && Objects.equals(timeoutActivityName, that.timeoutActivityName)
        && Objects.equals(timeoutActivitySid, that.timeoutActivitySid)
        && Objects.equals(prioritizeQueueOrder, that.prioritizeQueueOrder)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, dateCreated, dateUpdated, defaultActivityName, defaultActivitySid, eventCallbackUrl, eventsFilter, friendlyName, multiTaskEnabled, sid, timeoutActivityName, timeoutActivitySid, prioritizeQueueOrder, url, links);
  }

  @Override
  public String toString() {
    return "Workspace{"
        + "accountSid=" + accountSid
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", defaultActivityName=" + defaultActivityName
        + ", defaultActivitySid=" + defaultActivitySid
        + ", eventCallbackUrl=" + Checks.maskUserInfo(eventCallbackUrl)
        + ", eventsFilter=" + eventsFilter
        + ", friendlyName=" + friendlyName
        + ", multiTaskEnabled=" + multiTaskEnabled
        + ", sid=" + sid
        + ", timeoutActivityName=" + timeoutActivityName
        + ", timeoutActivitySid=" + timeoutActivitySid
        + ", prioritizeQueueOrder=" + prioritizeQueueOrder
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + "}";
  }
}

