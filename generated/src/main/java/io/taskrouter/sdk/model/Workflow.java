// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.JsonText;
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
 * Routing rules that move Tasks into TaskQueues.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class Workflow {

  private @Nullable String accountSid;

  private @Nullable String assignmentCallbackUrl;

  private @Nullable String configuration;

  private @Nullable OffsetDateTime dateCreated;

  private @Nullable OffsetDateTime dateUpdated;

  private @Nullable String documentContentType;

  private @Nullable String fallbackAssignmentCallbackUrl;

  private @Nullable String friendlyName;

  private @Nullable String sid;

  private @Nullable Integer taskReservationTimeout;

  private @Nullable String workspaceSid;

  private @Nullable String url;

  private @Nullable Map<String, String> links;


  /** Models are read from JSON (by {@link Adapter}). */
  Workflow() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
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
   * @return the value (always sent)
   */
  public String getSid() {
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
   * Reads and writes {@link Workflow} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<Workflow> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "assignment_callback_url",
        "configuration",
        "date_created",
        "date_updated",
        "document_content_type",
        "fallback_assignment_callback_url",
        "friendly_name",
        "sid",
        "task_reservation_timeout",
        "workspace_sid",
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
    public Workflow fromJson(JsonReader reader) throws IOException {
      Workflow model = new Workflow();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.assignmentCallbackUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.configuration = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.dateCreated = dateCreatedAdapter.fromJson(reader);
            break;
          case 4:
            model.dateUpdated = dateUpdatedAdapter.fromJson(reader);
            break;
          case 5:
            model.documentContentType = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.fallbackAssignmentCallbackUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 7:
            model.friendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 8:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 9:
            model.taskReservationTimeout = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
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
      RequiredFields.check(reader, model.accountSid, "Workflow", "account_sid");
      RequiredFields.check(reader, model.dateCreated, "Workflow", "date_created");
      RequiredFields.check(reader, model.sid, "Workflow", "sid");
      RequiredFields.check(reader, model.workspaceSid, "Workflow", "workspace_sid");
      RequiredFields.check(reader, model.url, "Workflow", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Workflow model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.assignmentCallbackUrl != null) {
        writer.name("assignment_callback_url").value(model.assignmentCallbackUrl);
      }
      if (model.configuration != null) {
        writer.name("configuration").value(model.configuration);
      }
      if (model.dateCreated != null) {
        writer.name("date_created");
        dateCreatedAdapter.toJson(writer, model.dateCreated);
      }
      if (model.dateUpdated != null) {
        writer.name("date_updated");
        dateUpdatedAdapter.toJson(writer, model.dateUpdated);
      }
      if (model.documentContentType != null) {
        writer.name("document_content_type").value(model.documentContentType);
      }
      if (model.fallbackAssignmentCallbackUrl != null) {
        writer.name("fallback_assignment_callback_url").value(model.fallbackAssignmentCallbackUrl);
      }
      if (model.friendlyName != null) {
        writer.name("friendly_name").value(model.friendlyName);
      }
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.taskReservationTimeout != null) {
        writer.name("task_reservation_timeout").value(model.taskReservationTimeout);
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
      return "JsonAdapter(Workflow)";
    }
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

