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
 * Number of Workers currently in one Activity.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class ActivityStatistic {

  private @Nullable String sid;

  private @Nullable String friendlyName;

  private @Nullable Integer workers;


  /** Models are read from JSON (by {@link Adapter}). */
  ActivityStatistic() {}


  /**
   * SID of the Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getSid() {
    return sid;
  }


  /**
   * Name of the Activity.
   *
   * @return the value, or null
   */
  public @Nullable String getFriendlyName() {
    return friendlyName;
  }


  /**
   * Number of Workers in the Activity.
   *
   * @return the value, {@code 0} when absent
   */
  public int getWorkers() {
    return workers == null ? 0 : workers;
  }


  /**
   * Reads and writes {@link ActivityStatistic} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<ActivityStatistic> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "sid",
        "friendly_name",
        "workers");

    Adapter(Moshi moshi) {
    }

    @Override
    public ActivityStatistic fromJson(JsonReader reader) throws IOException {
      ActivityStatistic model = new ActivityStatistic();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.sid = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 1:
            model.friendlyName = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 2:
            model.workers = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
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
    public void toJson(JsonWriter writer, @Nullable ActivityStatistic model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.sid != null) {
        writer.name("sid").value(model.sid);
      }
      if (model.friendlyName != null) {
        writer.name("friendly_name").value(model.friendlyName);
      }
      if (model.workers != null) {
        writer.name("workers").value(model.workers);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(ActivityStatistic)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ActivityStatistic)) {
      return false;
    }
    ActivityStatistic that = (ActivityStatistic) other;
    return Objects.equals(sid, that.sid)
        && Objects.equals(friendlyName, that.friendlyName)
        && Objects.equals(workers, that.workers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, friendlyName, workers);
  }

  @Override
  public String toString() {
    return "ActivityStatistic{"
        + "sid=" + sid
        + ", friendlyName=" + friendlyName
        + ", workers=" + workers
        + "}";
  }
}

