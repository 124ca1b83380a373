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
 * A recorded occurrence in a Workspace (task created, reservation accepted, worker activity changed, ...).
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Event {

  private @Nullable String accountSid;

  private @Nullable String actorSid;

  private @Nullable String actorType;

  private @Nullable String actorUrl;

  private @Nullable String description;

  private @Nullable Map<String, Object> eventData;

  private @Nullable OffsetDateTime eventDate;

  private @Nullable Long eventDateMs;

  private @Nullable String eventType;

  private @Nullable String resourceSid;

  private @Nullable String resourceType;

  private @Nullable String resourceUrl;

  private @Nullable String sid;

  private @Nullable String source;

  private @Nullable String sourceIpAddress;

  private @Nullable String url;

  private @Nullable String workspaceSid;


  /** Models are read from JSON (by {@link Adapter}). */
  Event() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
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
   * @return the value (always sent)
   */
  public String getSid() {
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
   * @return the value (always sent)
   */
  public String getUrl() {
    return url;
  }


  /**
   * SID of the Workspace that contains the resource.
   *
   * @return the value (always sent)
   */
  public String getWorkspaceSid() {
    return workspaceSid;
  }


  /**
   * Reads and writes {@link Event} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<Event> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "actor_sid",
        "actor_type",
        "actor_url",
        "description",
        "event_data",
        "event_date",
        "event_date_ms",
        "event_type",
        "resource_sid",
        "resource_type",
        "resource_url",
        "sid",
        "source",
        "source_ip_address",
        "url",
        "workspace_sid");
    private final JsonAdapter<Map<String, Object>> eventDataAdapter;
    private final JsonAdapter<OffsetDateTime> eventDateAdapter;

    Adapter(Moshi moshi) {
      this.eventDataAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
      this.eventDateAdapter = moshi.adapter(OffsetDateTime.class);
    }

    @Override
    public Event fromJson(JsonReader reader) throws IOException {
      Event model = new Event();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.actorSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.actorType = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.actorUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.description = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.eventData = eventDataAdapter.fromJson(reader);
            break;
          case 6:
            model.eventDate = eventDateAdapter.fromJson(reader);
            break;
          case 7:
            model.eventDateMs = reader.peek() == JsonReader.Token.NULL ? reader.<Long>nextNull() : reader.nextLong();
            break;
          case 8:
            model.eventType = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.resourceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.resourceType = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
            model.resourceUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 12:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 13:
            model.source = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 14:
            model.sourceIpAddress = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 15:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 16:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "Event", "account_sid");
      RequiredFields.check(reader, model.sid, "Event", "sid");
      RequiredFields.check(reader, model.url, "Event", "url");
      RequiredFields.check(reader, model.workspaceSid, "Event", "workspace_sid");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Event model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.actorSid != null) {
        writer.name("actor_sid").value(model.actorSid);
      }
      if (model.actorType != null) {
        writer.name("actor_type").value(model.actorType);
      }
      if (model.actorUrl != null) {
        writer.name("actor_url").value(model.actorUrl);
      }
      if (model.description != null) {
        writer.name("description").value(model.description);
      }
      if (model.eventData != null) {
        writer.name("event_data");
        eventDataAdapter.toJson(writer, model.eventData);
      }
      if (model.eventDate != null) {
        writer.name("event_date");
        eventDateAdapter.toJson(writer, model.eventDate);
      }
      if (model.eventDateMs != null) {
        writer.name("event_date_ms").value(model.eventDateMs);
      }
      if (model.eventType != null) {
        writer.name("event_type").value(model.eventType);
      }
      if (model.resourceSid != null) {
        writer.name("resource_sid").value(model.resourceSid);
      }
      if (model.resourceType != null) {
        writer.name("resource_type").value(model.resourceType);
      }
      if (model.resourceUrl != null) {
        writer.name("resource_url").value(model.resourceUrl);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.source != null) {
        writer.name("source").value(model.source);
      }
      if (model.sourceIpAddress != null) {
        writer.name("source_ip_address").value(model.sourceIpAddress);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(Event)";
    }
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

