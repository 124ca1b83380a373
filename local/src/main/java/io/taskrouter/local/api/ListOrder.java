package io.taskrouter.local.api;

import io.taskrouter.local.engine.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The total order a list is served in: its keys (each a number, ascending or descending), then the
 * SID, so no two records tie. Because every record has a definite place, a page can resume "after
 * this position" even when the record that held it has been deleted: that is what makes paging
 * stable under change (see {@link PageToken}).
 */
public final class ListOrder<T> implements Comparator<T> {
  /** One sort key: a name (part of the list's signature) and a numeric value. */
  public record Key<T>(String name, ToLongFunction<T> value, boolean descending) {}

  private final List<Key<T>> keys;
  private final Function<T, String> sid;

  private ListOrder(List<Key<T>> keys, Function<T, String> sid) {
    this.keys = List.copyOf(keys);
    this.sid = sid;
  }

  public static <T> ListOrder<T> of(List<Key<T>> keys, Function<T, String> sid) {
    return new ListOrder<>(keys, sid);
  }

  /** Creation order: how lists are served when the request gives no Ordering. */
  public static <T extends Resource> ListOrder<T> creation() {
    return of(List.of(new Key<>("Created", Resource::sequence, false)), Resource::sid);
  }

  /** The Ordering parameter's keys if it was given, else creation order. */
  public static <T extends Resource> ListOrder<T> requested(Optional<List<Key<T>>> ordering) {
    return ordering.<ListOrder<T>>map(keys -> of(keys, Resource::sid)).orElseGet(ListOrder::creation);
  }

  /** An instant as one number (nanoseconds since the epoch), so dates can be sort keys. */
  public static long instant(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /** Names the keys and directions: a token issued for one order is refused by another. */
  public String signature() {
    return keys.stream().map(k -> k.name() + (k.descending() ? ":desc" : ":asc")).collect(Collectors.joining(","));
  }

  public Position positionOf(T item) {
    List<Long> values = new ArrayList<>();
    for (Key<T> key : keys) {
      values.add(key.value().applyAsLong(item));
    }
    return new Position(values, sid.apply(item));
  }

  @Override
  public int compare(T a, T b) {
    return compare(a, positionOf(b));
  }

  /** Where {@code item} stands relative to {@code position}: negative before, positive after. */
  public int compare(T item, Position position) {
    for (int i = 0; i < keys.size(); i++) {
      Key<T> key = keys.get(i);
      int c = Long.compare(key.value().applyAsLong(item), position.values().get(i));
      if (c != 0) {
        return key.descending() ? -c : c;
      }
    }
    return sid.apply(item).compareTo(position.sid());
  }

  int size() {
    return keys.size();
  }

  /** A place in the order: the key values and SID of a record (which may since have gone). */
  public record Position(List<Long> values, String sid) {}
}
