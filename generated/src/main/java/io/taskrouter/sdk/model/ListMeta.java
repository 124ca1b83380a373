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
 * Paging information of a list response.
 *
 * <p>Read from the API's JSON; fields the SDK does not know are skipped, and enum values it does not
 * know read as {@code UNKNOWN} (the {@code ...Value()} getter keeps the text as sent).
 */
public final class ListMeta {

  private @Nullable Integer page;

  private @Nullable Integer pageSize;

  private @Nullable String firstPageUrl;

  private @Nullable String previousPageUrl;

  private @Nullable String url;

  private @Nullable String nextPageUrl;

  private @Nullable String key;


  /** Models are read from JSON (by {@link Adapter}). */
  ListMeta() {}


  /**
   * Zero-based index of this page.
   *
   * @return the value, {@code 0} when absent
   */
  public int getPage() {
    return page == null ? 0 : page;
  }


  /**
   * Maximum number of records per page.
   *
   * @return the value, {@code 0} when absent
   */
  public int getPageSize() {
    return pageSize == null ? 0 : pageSize;
  }


  /**
   * URL of the first page.
   *
   * @return the value, or null
   */
  public @Nullable String getFirstPageUrl() {
    return firstPageUrl;
  }


  /**
   * URL of the previous page; null on the first page.
   *
   * @return the value, or null
   */
  public @Nullable String getPreviousPageUrl() {
    return previousPageUrl;
  }


  /**
   * URL of this page.
   *
   * @return the value, or null
   */
  public @Nullable String getUrl() {
    return url;
  }


  /**
   * URL of the next page; null on the last page. Clients page by following this link.
   *
   * @return the value, or null
   */
  public @Nullable String getNextPageUrl() {
    return nextPageUrl;
  }


  /**
   * Name of the property that holds the records, e.g. {@code tasks}.
   *
   * @return the value, or null
   */
  public @Nullable String getKey() {
    return key;
  }


  /**
   * Reads and writes {@link ListMeta} as the API's JSON, streaming: names are matched with
   * {@code JsonReader.Options}; fields this SDK does not know are skipped; nulls are skipped when
   * writing.
   */
  static final class Adapter extends JsonAdapter<ListMeta> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "page",
        "page_size",
        "first_page_url",
        "previous_page_url",
        "url",
        "next_page_url",
        "key");

    Adapter(Moshi moshi) {
    }

    @Override
    public ListMeta fromJson(JsonReader reader) throws IOException {
      ListMeta model = new ListMeta();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            model.page = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 1:
            model.pageSize = reader.peek() == JsonReader.Token.NULL ? reader.<Integer>nextNull() : reader.nextInt();
            break;
          case 2:
            model.firstPageUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 3:
            model.previousPageUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 4:
            model.url = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 5:
            model.nextPageUrl = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
            break;
          case 6:
            model.key = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
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
    public void toJson(JsonWriter writer, @Nullable ListMeta model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (model.page != null) {
        writer.name("page").value(model.page);
      }
      if (model.pageSize != null) {
        writer.name("page_size").value(model.pageSize);
      }
      if (model.firstPageUrl != null) {
        writer.name("first_page_url").value(model.firstPageUrl);
      }
      if (model.previousPageUrl != null) {
        writer.name("previous_page_url").value(model.previousPageUrl);
      }
      if (model.url != null) {
        writer.name("url").value(model.url);
      }
      if (model.nextPageUrl != null) {
        writer.name("next_page_url").value(model.nextPageUrl);
      }
      if (model.key != null) {
        writer.name("key").value(model.key);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(ListMeta)";
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ListMeta)) {
      return false;
    }
    ListMeta that = (ListMeta) other;
    return Objects.equals(page, that.page)
        && Objects.equals(pageSize, that.pageSize)
        && Objects.equals(firstPageUrl, that.firstPageUrl)
        && Objects.equals(previousPageUrl, that.previousPageUrl)
        && Objects.equals(url, that.url)
        && Objects.equals(nextPageUrl, that.nextPageUrl)
        && Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, pageSize, firstPageUrl, previousPageUrl, url, nextPageUrl, key);
  }

  @Override
  public String toString() {
    return "ListMeta{"
        + "page=" + page
        + ", pageSize=" + pageSize
        + ", firstPageUrl=" + Checks.maskUserInfo(firstPageUrl)
        + ", previousPageUrl=" + Checks.maskUserInfo(previousPageUrl)
        + ", url=" + Checks.maskUserInfo(url)
        + ", nextPageUrl=" + Checks.maskUserInfo(nextPageUrl)
        + ", key=" + key
        + "}";
  }
}

