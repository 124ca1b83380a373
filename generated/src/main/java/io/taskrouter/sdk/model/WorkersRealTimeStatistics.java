// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.Checks;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Current distribution of Workers over Activities. Also the shape of the {@code realtime} part of WorkerStatistics.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkersRealTimeStatistics {

  private @Nullable String accountSid;

  private @Nullable List<ActivityStatistic> activityStatistics;

  private @Nullable Integer totalWorkers;

  private @Nullable String workspaceSid;

  private @Nullable String url;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkersRealTimeStatistics() {}


  /**
   * SID of the Twilio account that owns the resource.
   *
   * @return the value, or null
   */
  public @Nullable String getAccountSid() {
    return accountSid;
  }


  /**
   * Number of Workers currently in each Activity.
   *
   * @return the value, or null
   */
  public @Nullable List<ActivityStatistic> getActivityStatistics() {
    return activityStatistics;
  }


  /**
   * Number of Workers.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTotalWorkers() {
    return totalWorkers == null ? 0 : totalWorkers;
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
   * Absolute URL of this statistics resource.
   *
   * @return the value, or null
   */
  public @Nullable String getUrl() {
    return url;
  }


  /**
   * Reads and writes {@link WorkersRealTimeStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkersRealTimeStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "account_sid",
        "activity_statistics",
        "total_workers",
        "workspace_sid",
        "url");
    private final JsonAdapter<List<ActivityStatistic>> activityStatisticsAdapter;

    Adapter(Moshi moshi) {
      this.activityStatisticsAdapter = moshi.adapter(Types.newParameterizedType(List.class, ActivityStatistic.class));
    }

    @Override
    public WorkersRealTimeStatistics fromJson(JsonReader reader) throws IOException {
      WorkersRealTimeStatistics model = new WorkersRealTimeStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.accountSid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.activityStatistics = activityStatisticsAdapter.fromJson(reader);
            break;
          case 2:
            model.totalWorkers = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
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
      reader.endObject();
      return model;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable WorkersRealTimeStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.accountSid != null) {
        writer.name("account_sid").value(model.accountSid);
      }
      if (model.activityStatistics != null) {
        writer.name("activity_statistics");
        activityStatisticsAdapter.toJson(writer, model.activityStatistics);
      }
      if (model.totalWorkers != null) {
        writer.name("total_workers").value(model.totalWorkers);
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
      return "JsonAdapter(WorkersRealTimeStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkersRealTimeStatistics)) {
      return false;
    }
    WorkersRealTimeStatistics that = (WorkersRealTimeStatistics) other;
    return Objects.equals(accountSid, that.accountSid)
        && Objects.equals(activityStatistics, that.activityStatistics)
        && Objects.equals(totalWorkers, that.totalWorkers)
        && Objects.equals(workspaceSid, that.workspaceSid)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, activityStatistics, totalWorkers, workspaceSid, url);
  }

  @Override
  public String toString() {
    return "WorkersRealTimeStatistics{"
        + "accountSid=" + accountSid
        + ", activityStatistics=" + activityStatistics
        + ", totalWorkers=" + totalWorkers
        + ", workspaceSid=" + workspaceSid
        + ", url=" + Checks.maskUserInfo(url)
        + "}";
  }
}

