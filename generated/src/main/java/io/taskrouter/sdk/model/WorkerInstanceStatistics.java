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
 * Cumulative statistics of one Worker.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerInstanceStatistics {

  private @Nullable String accountSid;

  private @Nullable WorkersCumulativeStatistics cumulative;

  private @Nullable String workerSid;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkerInstanceStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value (always sent)
   */
  public String getAccountSid() {
    return accountSid;
  }


  /**
   * Cumulative statistics of the Worker over the requested window.
   *
   * @return the value, or null
   */
  public @Nullable WorkersCumulativeStatistics getCumulative() {
    return cumulative;
  }


  /**
   * SID of the Worker the statistics describe.
   *
   * @return the value (always sent)
   */
  public String getWorkerSid() {
    return workerSid;
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
   * Absolute URL of this statistics resource.
   *
   * @return the value (always sent)
   */
  public String getUrl() {
    return url;
  }


  /**
   * Reads and writes {@link WorkerInstanceStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkerInstanceStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "cumulative",
        "worker_sid",
        "workspace_sid",
        "url");
    private final JsonAdapter<WorkersCumulativeStatistics> cumulativeAdapter;

    Adapter(Moshi moshi) {
      this.cumulativeAdapter = moshi.adapter(WorkersCumulativeStatistics.class);
    }

    @Override
    public WorkerInstanceStatistics fromJson(JsonReader reader) throws IOException {
      WorkerInstanceStatistics model = new WorkerInstanceStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.cumulative = cumulativeAdapter.fromJson(reader);
            break;
          case 2:
            model.workerSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.workspaceSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      RequiredFields.check(reader, model.accountSid, "WorkerInstanceStatistics", "account_sid");
      RequiredFields.check(reader, model.workerSid, "WorkerInstanceStatistics", "worker_sid");
      RequiredFields.check(reader, model.workspaceSid, "WorkerInstanceStatistics", "workspace_sid");
      RequiredFields.check(reader, model.url, "WorkerInstanceStatistics", "url");
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkerInstanceStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.cumulative != null) {
        writer.name("cumulative");
        cumulativeAdapter.toJson(writer, model.cumulative);
      }
      if (model.workerSid != null) {
        writer.name("worker_sid").value(model.workerSid);
      }
      if (model.workspaceSid != null) {
        writer.name("workspace_sid").value(model.workspaceSid);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkerInstanceStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkerInstanceStatistics)) {
      return false;
    }
    WorkerInstanceStatistics that = (WorkerInstanceStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(cumulative, that.cumulative)
        && Objects.equals(workerSid, that.workerSid)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, cumulative, workerSid, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkerInstanceStatistics{"
        + "accountSid=" + accountSid
        + ", cumulative=" + cumulative
        + ", workerSid=" + workerSid
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

