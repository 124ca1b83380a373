package io.taskrouter.sdk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The result of a list operation: every item of every page, fetched lazily. Nothing is requested
 * until iteration starts; each page is requested when the previous one is used up, by following the
 * API's {@code next_page_url}. Every iteration starts again from the first page and has its own
 * state, so one list can be iterated twice, or from two threads.
 *
 * <pre>{@code
 * for (Task task : workspace.tasks().list(p -> p.assignmentStatus(TaskStatus.PENDING)).limit(100)) { ... }
 * workspace.workers().list().stream().filter(Worker::getAvailable).count();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class ResourceList<T> implements Iterable<T> {
  private final Pager<T, ?> pager;
  private final @Nullable Long pageSize;
  /** The largest PageSize the spec allows for this list. */
  private final long maxPageSize;
  private final long limit;

  ResourceList(Pager<T, ?> pager, @Nullable Long pageSize, long maxPageSize, long limit) {
    this.pager = pager;
    this.pageSize = pageSize;
    this.maxPageSize = maxPageSize;
    this.limit = limit;
  }

  /**
   * @param maxItems the most items to return, across pages
   * @return a list that stops after {@code maxItems}, whose first page asks for no more than
   *     {@code maxItems} items (later pages keep the first page's size)
   */
  public ResourceList<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("limit must be zero or positive, got " + maxItems);
    }
    return new ResourceList<>(pager, pageSize, maxPageSize, maxItems);
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /** @return the items as a sequential stream, fetched lazily like the iterator */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** @return every item, up to the limit, in one list: fetches all pages at once */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return all;
  }

  /** @return the first page, fetched now */
  public Page<T> firstPage() {
    return pager.first(effectivePageSize());
  }

  /** @return the pages, fetched lazily one after the other (the limit does not apply) */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<Page<T>>() {
      private @Nullable Page<T> last;
      private @Nullable Page<T> next;
      private boolean started;

      @Override
      public boolean hasNext() {
        // The next page is fetched here, when it is asked for, never ahead of time.
        if (next == null) {
          if (!started) {
            started = true;
            next = firstPage();
          } else if (last != null && last.hasNextPage()) {
            next = last.nextPage();
          }
        }
        return next != null;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        last = next;
        next = null;
        return last;
      }
    };
  }

  /**
   * The first page is never larger than the limit: asking for 5 items should not fetch a page of 50
   * (nor of a PageSize set larger). Later pages follow the API's next_page_url, which keeps the
   * first page's size: with PageSize 100 and limit 250, the third page still asks for 100.
   */
  private @Nullable Long effectivePageSize() {
    if (limit == Long.MAX_VALUE) {
      return pageSize;
    }
    return Math.max(1, Math.min(limit, pageSize != null ? pageSize : maxPageSize));
  }

  private final class ItemIterator implements Iterator<T> {
    private @Nullable Page<T> page;
    private @Nullable Iterator<T> items;
    private long returned;

    @Override
    public boolean hasNext() {
      if (returned >= limit) {
        return false;
      }
      // Pages are fetched here, not in next(): the request happens only when more is wanted.
      while (items == null || !items.hasNext()) {
        if (page == null) {
          page = firstPage();
        } else if (page.hasNextPage()) {
          page = page.nextPage();
        } else {
          return false;
        }
        items = page.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      returned++;
      return items.next();
    }
  }

  @Override
  public String toString() {
    return "ResourceList{pageSize=" + pageSize + ", limit=" + (limit == Long.MAX_VALUE ? "none" : limit) + "}";
  }
}
