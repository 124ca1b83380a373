// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.JsonText;
import io.taskrouter.sdk.internal.ETagCarrier;
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
 * A person or process that handles Tasks.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Worker implements ETagCarrier {

  private @Nullable String accountSid;

  private @Nullable String activityName;

  private @Nullable String activitySid;

  private @Nullable String attributes;

  private @Nullable Boolean available;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateStatusChanged;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String friendlyName;

  private @Nullable String sid;

  private @Nullable String workspaceSid;

  private @Nullable String url;

  private @Nullable Map<String, String> links;

  private transient @Nullable String etag;

  /** Models are read from JSON (by {@link Adapter}). */
  Worker() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
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
   * @return the value (always sent)
   */
  public OffsetDateTime getDateCreated() {
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
   * @return the value (always sent)
   */
  public String getSid() {
    return sid;
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
   * The revision of this Worker, for {@code If-Match}: the {@code ETag} header of the answer it
   * was read from. The answer of an operation on this one object (fetch, update...) carries one; a
   * list's answer has no revision per item, so for an item read from a list this is null: fetch the
   * Worker by its SID to get its revision.
   *
   * @return the {@code ETag} header that came with this object's answer, or null
   */
  public @Nullable String getETag() {
    return etag;
  }

  /** Internal: the SDK records the response's {@code ETag} header here. */
  @Override
  public void receiveETag(@Nullable String etag) {
    this.etag = etag;
  }

  /**
   * Reads and writes {@link Worker} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<Worker> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "activity_name",
        "activity_sid",
        "attributes",
        "available",
        "date_created",
        "date_status_changed",
        "date_updated",
        "friendly_name",
        "sid",
        "workspace_sid",
        "url",
        "links");
    private final JsonAdapter<OffsetDateTime> dateCreatedAdapter;
    private final JsonAdapter<OffsetDateTime> dateStatusChangedAdapter;
    private final JsonAdapter<OffsetDateTime> dateUpdatedAdapter;
    private final JsonAdapter<Map<String, String>> linksAdapter;

    Adapter(Moshi moshi) {
      this.dateCreatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.dateStatusChangedAdapter = moshi.adapter(OffsetDateTime.class);
      this.dateUpdatedAdapter = moshi.adapter(OffsetDateTime.class);
      this.linksAdapter = moshi.adapter(Types.newParameterizedType(Map.class, String.class, String.class));
    }

    @Override
    public Worker fromJson(JsonReader reader) throws IOException {
      Worker model = new Worker();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.activityName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.activitySid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.attributes = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.available = reader.peek() == JsonReader.Token.NULL ? reader.<Boolean>nextNull() : reader.nextBoolean();
            break;
          case 5:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 6:
            model.dateStatusChanged = dateStatusChangedAdapter.fromJson(reader);
            break;
          case 7:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 8:
            model.friendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 10:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 11:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 12:
            model.links = linksAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "Worker", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "Worker", "date_created");
      RequiredFields.check(reader, model.sid, "Worker", "sid");
      RequiredFields.check(reader, model.workspaceSid, "Worker", "workspace_sid");
      RequiredFields.check(reader, model.url, "Worker", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Worker model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.activityName != null) {
        writer.name("activity_name").value(model.activityName);
      }
      if (model.activitySid != null) {
        writer.name("activity_sid").value(model.activitySid);
      }
      if (model.attributes != null) {
        writer.name("attributes").value(model.attributes);
      }
      if (model.available != null) {
        writer.name("available").value(model.available);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateStatusChanged != null) {
        writer.name("date_status_changed");
        dateStatusChangedAdapter.toJson(writer, model.dateStatusChanged);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.friendlyName != null) {
        writer.name("friendly_name").value(model.friendlyName);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
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
      return "JsonAdapter(Worker)";
    }
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

