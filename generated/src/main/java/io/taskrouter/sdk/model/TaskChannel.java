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
 * A kind of work (voice, chat, ...) used for per-channel Worker capacity.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TaskChannel {

  private @Nullable String accountSid;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String friendlyName;

  private @Nullable String sid;

  private @Nullable String uniqueName;

  private @Nullable String workspaceSid;

  private @Nullable Boolean channelOptimizedRouting;

  private @Nullable String url;

  private @Nullable Map<String, String> links;


  /** Models are read from JSON (by {@link Adapter}). */
  TaskChannel() {}


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
   * Display name of the TaskChannel.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * Unique SID of the TaskChannel.
   *
   * @return the value (always sent)
   */
  public String getSid() {
    return sid;
  }


  /**
   * Identifier of the channel used in requests, e.g. {@code voice}.
   *
   * @return the value, or null
   */
  public @Nullable String getUniqueName() {
    return uniqueName;
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
   * Whether Tasks of this channel prefer the Worker idle longest on this channel.
   *
   * @return the value, or null
   */
  public @Nullable Boolean getChannelOptimizedRouting() {
    return channelOptimizedRouting;
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
   * Reads and writes {@link TaskChannel} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TaskChannel> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "date_created",
        "date_updated",
        "friendly_name",
        "sid",
        "unique_name",
        "workspace_sid",
        "channel_optimized_routing",
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
    public TaskChannel fromJson(JsonReader reader) throws IOException {
      TaskChannel model = new TaskChannel();
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
            model.friendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.uniqueName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 7:
            model.channelOptimizedRouting = reader.peek() == JsonReader.Token.NULL ? reader.<Boolean>nextNull() : reader.nextBoolean();
            break;
          case 8:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.links = linksAdapter.fromJson(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "TaskChannel", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "TaskChannel", "date_created");
      RequiredFields.check(reader, model.sid, "TaskChannel", "sid");
      RequiredFields.check(reader, model.workspaceSid, "TaskChannel", "workspace_sid");
      RequiredFields.check(reader, model.url, "TaskChannel", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable TaskChannel model) throws IOException {
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
      if (model.friendlyName != null) {
        writer.name("friendly_name").value(model.friendlyName);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.uniqueName != null) {
        writer.name("unique_name").value(model.uniqueName);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.channelOptimizedRouting != null) {
        writer.name("channel_optimized_routing").value(model.channelOptimizedRouting);
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
      return "JsonAdapter(TaskChannel)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaskChannel)) {
      return false;
    }
    TaskChannel that = (TaskChannel) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(dateCreated, that.dateCreated)
        && Objects.equals(dateUpdated, that.dateUpdated)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(sid, that.sid)
        && Objects.equals(uniqueName, that.uniqueName)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(channelOptimizedRouting, that.channelOptimizedRouting)
        && Objects.equals(url, that.url)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, dateCreated, dateUpdated, friendlyName, sid, uniqueName, workspaceSid, channelOptimizedRouting, url, links);
  }

  @Override
  public String toString() {
    return "TaskChannel{"
        + "accountSid=" + accountSid
        + ", dateCreated=" + dateCreated
        + ", dateUpdated=" + dateUpdated
        + ", friendlyName=" + friendlyName
        + ", sid=" + sid
        + ", uniqueName=" + uniqueName
        + ", workspaceSid=" + workspaceSid
        + ", channelOptimizedRouting=" + channelOptimizedRouting
        + ", url=" + Checks.maskUserInfo(url)
        + ", links=" + links
        + "}";
  }
}

