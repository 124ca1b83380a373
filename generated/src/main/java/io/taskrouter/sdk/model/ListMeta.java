// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;


import com.squareup.moshi.Json;
import io.taskrouter.sdk.internal.Checks;
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

  @Json(name = "page")
  private @Nullable Integer page;

  @Json(name = "page_size")
  private @Nullable Integer pageSize;

  @Json(name = "first_page_url")
  private @Nullable String firstPageUrl;

  @Json(name = "previous_page_url")
  private @Nullable String previousPageUrl;

  @Json(name = "url")
  private @Nullable String url;

  @Json(name = "next_page_url")
  private @Nullable String nextPageUrl;

  @Json(name = "key")
  private @Nullable String key;


  /** Models are read from JSON (Moshi uses this constructor). */
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

