package io.taskrouter.sdk.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list operation, as the API sends it: the items under the list's key, and
 * {@code meta.next_page_url}. Implemented by the generated list models.
 *
 * @param <T> the item type
 */
public interface ListResponse<T> {
  /** @return the items of this page, never null */
  List<T> items();

  /** @return the absolute URL of the next page, or null when this is the last */
  @Nullable String nextPageUrl();
}
