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
 * Number of current Tasks per assignment status. Counts may be rendered as numeric strings.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class TasksByStatus {

  private @Nullable Integer pending;

  private @Nullable Integer reserved;

  private @Nullable Integer assigned;

  private @Nullable Integer wrapping;


  /** Models are read from JSON (by {@link Adapter}). */
  TasksByStatus() {}


  /**
   * Tasks waiting for a Worker.
   *
   * @return the value, {@code 0} when absent
   */
  public int getPending() {
    return pending == null ? 0 : pending;
  }


  /**
   * Tasks offered to a Worker.
   *
   * @return the value, {@code 0} when absent
   */
  public int getReserved() {
    return reserved == null ? 0 : reserved;
  }


  /**
   * Tasks accepted by a Worker.
   *
   * @return the value, {@code 0} when absent
   */
  public int getAssigned() {
    return assigned == null ? 0 : assigned;
  }


  /**
   * Tasks in wrap-up.
   *
   * @return the value, {@code 0} when absent
   */
  public int getWrapping() {
    return wrapping == null ? 0 : wrapping;
  }


  /**
   * Reads and writes {@link TasksByStatus} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<TasksByStatus> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "pending",
        "reserved",
        "assigned",
        "wrapping");

    Adapter(Moshi moshi) {
    }

    @Override
    public TasksByStatus fromJson(JsonReader reader) throws IOException {
      TasksByStatus model = new TasksByStatus();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.pending = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 1:
            model.reserved = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.assigned = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 3:
            model.wrapping = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
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
    public void toJson(JsonWriter writer, @Nullable TasksByStatus model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.pending != null) {
        writer.name("pending").value(model.pending);
      }
      if (model.reserved != null) {
        writer.name("reserved").value(model.reserved);
      }
      if (model.assigned != null) {
        writer.name("assigned").value(model.assigned);
      }
      if (model.wrapping != null) {
        writer.name("wrapping").value(model.wrapping);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(TasksByStatus)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TasksByStatus)) {
      return false;
    }
    TasksByStatus that = (TasksByStatus) other;
    return Objects.equals(pending, that.pending)
        && Objects.equals(reserved, that.reserved)
        && Objects.equals(assigned, that.assigned)
        && Objects.equals(wrapping, that.wrapping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pending, reserved, assigned, wrapping);
  }

  @Override
  public String toString() {
    return "TasksByStatus{"
        + "pending=" + pending
        + ", reserved=" + reserved
        + ", assigned=" + assigned
        + ", wrapping=" + wrapping
        + "}";
  }
}

