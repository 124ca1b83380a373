package io.taskrouter.local.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A target's {@code order_by}: {@code worker.<attribute> ASC|DESC} clauses, later ones breaking
 * ties. Only integer values take part: a worker whose value is missing or not an integer sorts
 * after every worker that has one, in either direction. Ties that survive every clause are broken
 * by the caller (longest idle, then SID).
 */
public record OrderBy(List<Clause> clauses) {

  /** One clause: the attribute path below {@code worker.} and the direction. */
  public record Clause(List<String> path, boolean descending) {
    public Clause {
      path = List.copyOf(path);
    }

    /** The worker's value for this clause, or null when it is missing or not an integer. */
    @Nullable Long valueIn(Map<String, ?> attributes) {
      Object value = attributes;
      for (String name : path) {
        value = value instanceof Map<?, ?> map ? map.get(name) : null;
      }
      if (value instanceof Number number) {
        double d = number.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d) ? number.longValue() : null;
      }
      return null;
    }
  }

  public OrderBy {
    clauses = List.copyOf(clauses);
  }

  /**
   * Parses {@code worker.level DESC, worker.skills.rating ASC}. Direction keywords are
   * case-insensitive.
   *
   * @throws IllegalArgumentException naming the clause that is not {@code worker.<attribute>
   *     ASC|DESC}
   */
  public static OrderBy parse(String text) {
    List<Clause> clauses = new ArrayList<>();
    for (String raw : text.split(",", -1)) {
      String[] words = raw.trim().split("\\s+");
      if (words.length != 2 || !words[0].startsWith("worker.") || words[0].length() == 7) {
        throw invalid(text, raw);
      }
      String direction = words[1].toUpperCase(Locale.ROOT);
      if (!direction.equals("ASC") && !direction.equals("DESC")) {
        throw invalid(text, raw);
      }
      List<String> path = Arrays.asList(words[0].substring(7).split("\\.", -1));
      if (path.contains("")) {
        throw invalid(text, raw);
      }
      clauses.add(new Clause(path, direction.equals("DESC")));
    }
    return new OrderBy(clauses);
  }

  /** Compares two workers' attributes clause by clause; 0 when every clause ties. */
  int compare(Map<String, ?> a, Map<String, ?> b) {
    for (Clause clause : clauses) {
      Long x = clause.valueIn(a);
      Long y = clause.valueIn(b);
      if (x == null || y == null) {
        if (x != y) {
          return x == null ? 1 : -1; // missing sorts last whatever the direction
        }
        continue;
      }
      int c = clause.descending() ? Long.compare(y, x) : Long.compare(x, y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static IllegalArgumentException invalid(String text, String clause) {
    return new IllegalArgumentException(
        "order_by '" + text + "': each clause must be worker.<attribute> ASC or DESC, but found '"
            + clause.trim() + "'");
  }
}
