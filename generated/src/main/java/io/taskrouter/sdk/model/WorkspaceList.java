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
 * One page of Workspace records.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class WorkspaceList implements ListResponse<Workspace> {

  private @Nullable List<Workspace> workspaces;

  private @Nullable ListMeta meta;


  /** Models are read from JSON (by {@link Adapter}). */
  WorkspaceList() {}


  /**
   * The records of this page.
   *
   * @return the value, or null
   */
  public @Nullable List<Workspace> getWorkspaces() {
    return workspaces;
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
  public List<Workspace> items() {
    List<Workspace> items = getWorkspaces();
    return items == null ? Collections.emptyList() : items;
  }

  /** Internal: the URL of the next page, or null on the last one. */
  @Override
  public @Nullable String nextPageUrl() {
    ListMeta meta = getMeta();
    return meta == null ? null : meta.getNextPageUrl();
  }

  /**
   * Reads and writes {@link WorkspaceList} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<WorkspaceList> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "workspaces",
        "meta");
    private final JsonAdapter<List<Workspace>> workspacesAdapter;
    private final JsonAdapter<ListMeta> metaAdapter;

    Adapter(Moshi moshi) {
      this.workspacesAdapter = moshi.adapter(Types.newParameterizedType(List.class, Workspace.class));
      this.metaAdapter = moshi.adapter(ListMeta.class);
    }

    @Override
    public WorkspaceList fromJson(JsonReader reader) throws IOException {
      WorkspaceList model = new WorkspaceList();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.workspaces = workspacesAdapter.fromJson(reader);
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
    public void toJson(JsonWriter writer, @Nullable WorkspaceList model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.workspaces != null) {
        writer.name("workspaces");
        workspacesAdapter.toJson(writer, model.workspaces);
      }
      if (model.meta != null) {
        writer.name("meta");
        metaAdapter.toJson(writer, model.meta);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(WorkspaceList)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkspaceList)) {
      return false;
    }
    WorkspaceList that = (WorkspaceList) other;
    return Objects.equals(workspaces, that.workspaces)
        && Objects.equals(meta, that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workspaces, meta);
  }

  @Override
  public String toString() {
    return "WorkspaceList{"
        + "workspaces=" + workspaces
        + ", meta=" + meta
        + "}";
  }
}

