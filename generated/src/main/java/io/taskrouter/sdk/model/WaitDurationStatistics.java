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
 * Summary of wait times, in seconds.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WaitDurationStatistics {

  private @Nullable Double avg;

  private @Nullable Integer min;

  private @Nullable Integer max;

  private @Nullable Long total;


  /** Models are read from JSON (by {@link Adapter}). */
  WaitDurationStatistics() {}


  /**
   * Average wait, in seconds.
   *
   * @return the value, {@code 0.0} when absent
   */
  public double getAvg() {
    return avg == null ? 0.0 : avg;
  }


  /**
   * Shortest wait, in seconds.
   *
   * @return the value, {@code 0} when absent
   */
  public int getMin() {
    return min == null ? 0 : min;
  }


  /**
   * Longest wait, in seconds.
   *
   * @return the value, {@code 0} when absent
   */
  public int getMax() {
    return max == null ? 0 : max;
  }


  /**
   * Sum of all waits, in seconds.
   *
   * @return the value, {@code 0L} when absent
   */
  public long getTotal() {
    return total == null ? 0L : total;
  }


  /**
   * Reads and writes {@link WaitDurationStatistics} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WaitDurationStatistics> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "avg",
        "min",
        "max",
        "total");

    Adapter(Moshi moshi) {
    }

    @Override
    public WaitDurationStatistics fromJson(JsonReader reader) throws IOException {
      WaitDurationStatistics model = new WaitDurationStatistics();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.avg = reader.peek() == JsonReader.Token.NULL ? reader.<Double>nextNull() : reader.nextDouble();
            break;
          case 1:
            model.min = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.max = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 3:
            model.total = reader.peek() == JsonReader.Token.NULL ? reader.<Long>nextNull() : reader.nextLong();
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
    public void toJson(JsonWriter writer, @Nullable WaitDurationStatistics model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.avg != null) {
        writer.name("avg").value(model.avg);
      }
      if (model.min != null) {
        writer.name("min").value(model.min);
      }
      if (model.max != null) {
        writer.name("max").value(model.max);
      }
      if (model.total != null) {
        writer.name("total").value(model.total);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WaitDurationStatistics)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WaitDurationStatistics)) {
      return false;
    }
    WaitDurationStatistics that = (WaitDurationStatistics) other;
    return Objects.equals(avg, that.avg)
        && Objects.equals(min, that.min)
        && Objects.equals(max, that.max)
        && Objects.equals(total, that.total);
  }

  @Override
  public int hashCode() {
    return Objects.hash(avg, min, max, total);
  }

  @Override
  public String toString() {
    return "WaitDurationStatistics{"
        + "avg=" + avg
        + ", min=" + min
        + ", max=" + max
        + ", total=" + total
        + "}";
  }
}

