package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.ListResponse;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, as the API sent it, leading to the next one.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final Pager<T, ?> pager;
  private final ListResponse<T> body;
  private final @Nullable HttpUrl fetchedFrom;

  Page(Pager<T, ?> pager, ListResponse<T> body, @Nullable HttpUrl fetchedFrom) {
    this.pager = pager;
    this.body = body;
    this.fetchedFrom = fetchedFrom;
  }

  ListResponse<T> body() {
    return body;
  }

  /** The URL this page was fetched from, or null for a first page. */
  @Nullable HttpUrl fetchedFrom() {
    return fetchedFrom;
  }

  /** @return the items of this page, in the API's order (unmodifiable) */
  public List<T> items() {
    return Collections.unmodifiableList(body.items());
  }

  /** @return true when the API announced a next page */
  public boolean hasNextPage() {
    return body.nextPageUrl() != null;
  }

  /**
   * Fetches the next page, blocking.
   *
   * @return the next page
   * @throws java.util.NoSuchElementException on the last page
   */
  public Page<T> nextPage() {
    return pager.next(this);
  }

  /**
   * Fetches the next page asynchronously.
   *
   * @return a future of the next page
   * @throws java.util.NoSuchElementException on the last page
   */
  public CompletableFuture<Page<T>> nextPageAsync() {
    return pager.nextAsync(this);
  }

  @Override
  public String toString() {
    return "Page{items=" + body.items().size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
