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
 * One page of WorkerReservation records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkerReservationList implements ListResponse<WorkerReservation> {

  private @Nullable List<WorkerReservation> reservations;

  private @Nullable ListMeta meta;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkerReservationList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<WorkerReservation> getReservations() {
    return reservations;
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
  public List<WorkerReservation> items() {
    List<WorkerReservation> items = getReservations();
    return items == null ? Collections.emptyList() : items;
  }

  /** Internal: the URL of the next page, or null on the last one. */
  @Override
  public @Nullable String nextPageUrl() {
    ListMeta meta = getMeta();
    return meta == null ? null : meta.getNextPageUrl();
  }

  /**
   * Reads and writes {@link WorkerReservationList} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkerReservationList> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "reservations",
        "meta");
    private final JsonAdapter<List<WorkerReservation>> reservationsAdapter;
    private final JsonAdapter<ListMeta> metaAdapter;

    Adapter(Moshi moshi) {
      this.reservationsAdapter = moshi.adapter(Types.newParameterizedType(List.class, WorkerReservation.class));
      this.metaAdapter = moshi.adapter(ListMeta.class);
    }

    @Override
    public WorkerReservationList fromJson(JsonReader reader) throws IOException {
      WorkerReservationList model = new WorkerReservationList();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.reservations = reservationsAdapter.fromJson(reader);
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
    public void toJson(JsonWriter writer, @Nullable WorkerReservationList model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.reservations != null) {
        writer.name("reservations");
        reservationsAdapter.toJson(writer, model.reservations);
      }
      if (model.meta != null) {
        writer.name("meta");
        metaAdapter.toJson(writer, model.meta);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkerReservationList)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkerReservationList)) {
      return false;
    }
    WorkerReservationList that = (WorkerReservationList) other;
    return Objects.equals(reservations, that.reservations)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reservations, meta);
  }

  @Override
  public String toString() {
    return "WorkerReservationList{"
        + "reservations=" + reservations
        + ", meta=" + meta
        + "}";
  }
}

