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
 * Counters on one side of a wait-time threshold.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WaitTimeSplitCounts {

  private @Nullable Integer tasksCanceled;

  private @Nullable Integer reservationsAccepted;


  /** Models are read from JSON (by {@link Adapter}). */
  WaitTimeSplitCounts() {}


  /**
   * Tasks canceled on this side of the threshold.
   *
   * @return the value, {@code 0} when absent
   */
  public int getTasksCanceled() {
    return tasksCanceled == null ? 0 : tasksCanceled;
  }


  /**
   * Reservations accepted on this side of the threshold.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReservationsAccepted() {
    return reservationsAccepted == null ? 0 : reservationsAccepted;
  }


  /**
   * Reads and writes {@link WaitTimeSplitCounts} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WaitTimeSplitCounts> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "tasks_canceled",
        "reservations_accepted");

    Adapter(Moshi moshi) {
    }

    @Override
    public WaitTimeSplitCounts fromJson(JsonReader reader) throws IOException {
      WaitTimeSplitCounts model = new WaitTimeSplitCounts();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.tasksCanceled = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 1:
            model.reservationsAccepted = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
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
    public void toJson(JsonWriter writer, @Nullable WaitTimeSplitCounts model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.tasksCanceled != null) {
        writer.name("tasks_canceled").value(model.tasksCanceled);
      }
      if (model.reservationsAccepted != null) {
        writer.name("reservations_accepted").value(model.reservationsAccepted);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WaitTimeSplitCounts)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WaitTimeSplitCounts)) {
      return false;
    }
    WaitTimeSplitCounts that = (WaitTimeSplitCounts) other;
    return Objects.equals(tasksCanceled, that.tasksCanceled)
        && Objects.equals(reservationsAccepted, that.reservationsAccepted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tasksCanceled, reservationsAccepted);
  }

  @Override
  public String toString() {
    return "WaitTimeSplitCounts{"
        + "tasksCanceled=" + tasksCanceled
        + ", reservationsAccepted=" + reservationsAccepted
        + "}";
  }
}

