package io.taskrouter.local.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * One kind of resource of a workspace, in creation order (the order lists are served in). Read by
 * anyone; changed only by the engine's lifecycles, which add, remove and {@link #touch} rows here
 * so that the table's version follows every change.
 */
public final class Table<T extends Resource> {
  private final Map<String, T> rows = new LinkedHashMap<>();
  private final LongSupplier changes;
  private long version;

  /** @param changes the store's change counter: it only grows, so a version is never repeated */
  Table(LongSupplier changes) {
    this.changes = changes;
    this.version = changes.getAsLong();
  }

  public Optional<T> find(String sid) {
    return Optional.ofNullable(rows.get(Sids.normalize(sid)));
  }

  void add(T row) {
    rows.put(row.sid, row);
    version = changes.getAsLong();
  }

  void remove(String sid) {
    if (rows.remove(Sids.normalize(sid)) != null) {
      version = changes.getAsLong();
    }
  }

  /** Records a change of {@code row} at {@code now}: its revision and the table's version move on. */
  void touch(T row, Instant now) {
    row.touch(now);
    version = changes.getAsLong();
  }

  /** A change of a row that is not a revision of it (routing moving a task): the list's version moves on. */
  void changed() {
    version = changes.getAsLong();
  }

  public Stream<T> stream() {
    return rows.values().stream();
  }

  /** A copy, so callers may remove rows while walking it. */
  public List<T> list() {
    return new ArrayList<>(rows.values());
  }

  public int size() {
    return rows.size();
  }

  /**
   * Changes whenever a row is added, removed or changed, and never takes a value it had before
   * (it is drawn from the store's ever-growing change counter): the ETag of list responses.
   */
  public long version() {
    return version;
  }
}
