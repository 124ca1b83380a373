package io.taskrouter.local.engine;

import io.taskrouter.local.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One kind of resource of a workspace, in creation order (the order lists are served in). */
public final class Table<T extends Resource> {
  private final Map<String, T> rows = new LinkedHashMap<>();
  private long structuralChanges;

  public Optional<T> find(String sid) {
    return Optional.ofNullable(rows.get(Sids.normalize(sid)));
  }

  public void add(T row) {
    rows.put(row.sid, row);
    structuralChanges++;
  }

  public void remove(String sid) {
    if (rows.remove(Sids.normalize(sid)) != null) {
      structuralChanges++;
    }
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
   * A number that grows whenever a row is added, removed or changed (revisions only grow): the ETag
   * of list responses.
   */
  public long version() {
    long sum = structuralChanges;
    for (T row : rows.values()) {
      sum += row.revision;
    }
    return sum;
  }

  void clear() {
    rows.clear();
    structuralChanges++;
  }
}
