package io.taskrouter.sdk;

import io.taskrouter.sdk.internal.ListResponse;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list, as the API sent it, leading to the next one.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final Pager<T, ?> pager;
  private final ListResponse<T> body;
  private final PageTrail trail;

  Page(Pager<T, ?> pager, ListResponse<T> body, PageTrail trail) {
    this.pager = pager;
    this.body = body;
    this.trail = trail;
  }

  ListResponse<T> body() {
    return body;
  }

  /** The pages fetched up to this one. */
  PageTrail trail() {
    return trail;
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
   * @throws PagingException when the next page is not a URL, or one of the pages before this one
   */
  public Page<T> nextPage() {
    return pager.next(this);
  }

  /**
   * Fetches the next page asynchronously.
   *
   * @return a future of the next page
   * @throws java.util.NoSuchElementException on the last page
   * @throws PagingException when the next page is not a URL, or one of the pages before this one
   */
  public CompletableFuture<Page<T>> nextPageAsync() {
    return pager.nextAsync(this);
  }

  @Override
  public String toString() {
    return "Page{items=" + body.items().size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
