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
 * Counts below and above one {@code SplitByWaitTime} threshold.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WaitTimeSplit {

  private @Nullable WaitTimeSplitCounts below;

  private @Nullable WaitTimeSplitCounts above;


  /** Models are read from JSON (by {@link Adapter}). */
  WaitTimeSplit() {}


  /**
   * Counts for waits below the threshold.
   *
   * @return the value, or null
   */
  public @Nullable WaitTimeSplitCounts getBelow() {
    return below;
  }


  /**
   * Counts for waits above the threshold.
   *
   * @return the value, or null
   */
  public @Nullable WaitTimeSplitCounts getAbove() {
    return above;
  }


  /**
   * Reads and writes {@link WaitTimeSplit} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WaitTimeSplit> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "below",
        "above");
    private final JsonAdapter<WaitTimeSplitCounts> belowAdapter;
    private final JsonAdapter<WaitTimeSplitCounts> aboveAdapter;

    Adapter(Moshi moshi) {
      this.belowAdapter = moshi.adapter(WaitTimeSplitCounts.class);
      this.aboveAdapter = moshi.adapter(WaitTimeSplitCounts.class);
    }

    @Override
    public WaitTimeSplit fromJson(JsonReader reader) throws IOException {
      WaitTimeSplit model = new WaitTimeSplit();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.below = belowAdapter.fromJson(reader);
            break;
          case 1:
            model.above = aboveAdapter.fromJson(reader);
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
    public void toJson(JsonWriter writer, @Nullable WaitTimeSplit model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.below != null) {
        writer.name("below");
        belowAdapter.toJson(writer, model.below);
      }
      if (model.above != null) {
        writer.name("above");
        aboveAdapter.toJson(writer, model.above);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WaitTimeSplit)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WaitTimeSplit)) {
      return false;
    }
    WaitTimeSplit that = (WaitTimeSplit) other;
    return Objects.equals(below, that.below)
        && Objects.equals(above, that.above);
  }

  @Override
  public int hashCode() {
    return Objects.hash(below, above);
  }

  @Override
  public String toString() {
    return "WaitTimeSplit{"
        + "below=" + below
        + ", above=" + above
        + "}";
  }
}

