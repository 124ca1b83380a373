// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.taskrouter.sdk.internal.ListResponse;
import io.taskrouter.sdk.internal.Checks;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of Activity records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class ActivityList implements ListResponse<Activity> {

  private @Nullable List<Activity> activities;

  private @Nullable ListMeta meta;


  /** Models are read from JSON (by {@link Adapter}). */
  ActivityList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<Activity> getActivities() {
    return activities;
  }


  /**
   * {@code meta}.
   *
   * @return the value, or null
   */
  public @Nullable ListMeta getMeta() {
    return meta;
  }


  /** Internal: the items of this page. */
  @Override
  public List<Activity> items() {
    List<Activity> items = getActivities();
    return items == null ? Collections.emptyList() : items;
  }

  /** Internal: the URL of the next page, or null on the last one. */
  @Override
  public @Nullable String nextPageUrl() {
    ListMeta meta = getMeta();
    return meta == null ? null : meta.getNextPageUrl();
  }

  /**
   * Reads and writes {@link ActivityList} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<ActivityList> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "activities",
        "meta");
    private final JsonAdapter<List<Activity>> activitiesAdapter;
    private final JsonAdapter<ListMeta> metaAdapter;

    Adapter(Moshi moshi) {
      this.activitiesAdapter = moshi.adapter(Types.newParameterizedType(List.class, Activity.class));
      this.metaAdapter = moshi.adapter(ListMeta.class);
    }

    @Override
    public ActivityList fromJson(JsonReader reader) throws IOException {
      ActivityList model = new ActivityList();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.activities = activitiesAdapter.fromJson(reader);
            break;
          case 1:
            model.meta = metaAdapter.fromJson(reader);
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
    public void toJson(JsonWriter writer, @Nullable ActivityList model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.activities != null) {
        writer.name("activities");
        activitiesAdapter.toJson(writer, model.activities);
      }
      if (model.meta != null) {
        writer.name("meta");
        metaAdapter.toJson(writer, model.meta);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(ActivityList)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ActivityList)) {
      return false;
    }
    ActivityList that = (ActivityList) other;
    return Objects.equals(activities, that.activities)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(activities, meta);
  }

  @Override
  public String toString() {
    return "ActivityList{"
        + "activities=" + activities
        + ", meta=" + meta
        + "}";
  }
}

