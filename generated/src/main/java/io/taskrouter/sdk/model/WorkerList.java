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
 * One page of Worker records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerList implements ListResponse<Worker> {

  private @Nullable List<Worker> workers;

  private @Nullable ListMeta meta;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkerList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<Worker> getWorkers() {
    return workers;
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
  public List<Worker> items() {
    List<Worker> items = getWorkers();
    return items == null ? Collections.emptyList() : items;
  }

  /** Internal: the URL of the next page, or null on the last one. */
  @Override
  public @Nullable String nextPageUrl() {
    ListMeta meta = getMeta();
    return meta == null ? null : meta.getNextPageUrl();
  }

  /**
   * Reads and writes {@link WorkerList} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkerList> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "workers",
        "meta");
    private final JsonAdapter<List<Worker>> workersAdapter;
    private final JsonAdapter<ListMeta> metaAdapter;

    Adapter(Moshi moshi) {
      this.workersAdapter = moshi.adapter(Types.newParameterizedType(List.class, Worker.class));
      this.metaAdapter = moshi.adapter(ListMeta.class);
    }

    @Override
    public WorkerList fromJson(JsonReader reader) throws IOException {
      WorkerList model = new WorkerList();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.workers = workersAdapter.fromJson(reader);
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
    public void toJson(JsonWriter writer, @Nullable WorkerList model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.workers != null) {
        writer.name("workers");
        workersAdapter.toJson(writer, model.workers);
      }
      if (model.meta != null) {
        writer.name("meta");
        metaAdapter.toJson(writer, model.meta);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkerList)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkerList)) {
      return false;
    }
    WorkerList that = (WorkerList) other;
    return Objects.equals(workers, that.workers)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workers, meta);
  }

  @Override
  public String toString() {
    return "WorkerList{"
        + "workers=" + workers
        + ", meta=" + meta
        + "}";
  }
}

