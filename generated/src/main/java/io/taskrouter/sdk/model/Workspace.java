// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import io.taskrouter.sdk.internal.RequiredFields;
import java.io.IOException;
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

  private @Nullable String accountSid;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String defaultActivityName;

  private @Nullable String defaultActivitySid;

  private @Nullable String eventCallbackUrl;

  private @Nullable String eventsFilter;

  private @Nullable String friendlyName;

  private @Nullable Boolean multiTaskEnabled;

  private @Nullable String sid;

  private @Nullable String timeoutActivityName;

  private @Nullable String timeoutActivitySid;

  private @Nullable String prioritizeQueueOrder;

  private @Nullable String url;

  private @Nullable Map<String, String> links;


  /** Models are read from JSON (by {@link Adapter}). */
  Workspace() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * When the resource was created (ISO 8601).
   *
   * @return the value (always sent)
   */
  public OffsetDateTime getDateCreated() {
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
   * @return the value (always sent)
   */
  public String getSid() {
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
   * @return the value (always sent)
   */
  public String getUrl() {
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


  /**
   * Reads and writes {@link Workspace} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<Workspace> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "date_created",
        "date_updated",
        "default_activity_name",
        "default_activity_sid",
        "event_callback_url",
        "events_filter",
        "friendly_name",
        "multi_task_enabled",
        "sid",
        "timeout_activity_name",
        "timeout_activity_sid",
        "prioritize_queue_order",
        "url",
        "links");
    private final JsonAdapter<OffsetDateTime> dateCreatedAdapter;
    private final JsonAdapter<OffsetDateTime> dateUpdatedAdapter;
    private final JsonAdapter<Map<String, String>> linksAdapter;

    Adapter(Moshi moshi) {
      this.dateCreatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.dateUpdatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.linksAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, String.class));
    }

    @Override
    public Workspace fromJson(JsonReader reader) throws IOException {
      Workspace model = new Workspace();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 2:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 3:
            model.defaultActivityName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.defaultActivitySid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.eventCallbackUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.eventsFilter = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 7:
            model.friendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 8:
            model.multiTaskEnabled = reader.peek() == JsonReader.Token.NULL ? reader.<Boolean>nextNull() : reader.nextBoolean();
            break;
          case 9:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.timeoutActivityName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
            model.timeoutActivitySid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 12:
            model.prioritizeQueueOrder = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 13:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 14:
            model.links = linksAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "Workspace", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "Workspace", "date_created");
      RequiredFields.check(reader, model.sid, "Workspace", "sid");
      RequiredFields.check(reader, model.url, "Workspace", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Workspace model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.defaultActivityName != null) {
        writer.name("default_activity_name").value(model.defaultActivityName);
      }
      if (model.defaultActivitySid != null) {
        writer.name("default_activity_sid").value(model.defaultActivitySid);
      }
      if (model.eventCallbackUrl != null) {
        writer.name("event_callback_url").value(model.eventCallbackUrl);
      }
      if (model.eventsFilter != null) {
        writer.name("events_filter").value(model.eventsFilter);
      }
      if (model.friendlyName != null) {
        writer.name("friendly_name").value(model.friendlyName);
      }
      if (model.multiTaskEnabled != null) {
        writer.name("multi_task_enabled").value(model.multiTaskEnabled);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.timeoutActivityName != null) {
        writer.name("timeout_activity_name").value(model.timeoutActivityName);
      }
      if (model.timeoutActivitySid != null) {
        writer.name("timeout_activity_sid").value(model.timeoutActivitySid);
      }
      if (model.prioritizeQueueOrder != null) {
        writer.name("prioritize_queue_order").value(model.prioritizeQueueOrder);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      if (model.links != null) {
        writer.name("links");
        linksAdapter.toJson(writer, model.links);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(Workspace)";
    }
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

