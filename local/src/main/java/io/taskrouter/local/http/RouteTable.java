package io.taskrouter.local.http;

import io.taskrouter.local.api.Handler;
import io.taskrouter.local.api.Registry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Method + path template to operation. Knows nothing about what operations do. */
public final class RouteTable implements Registry {

  /** One operation's binding. */
  public record Route(String method, String pathTemplate, String operationId, Body body, Handler handler) {}

  /**
   * The outcome of matching a request: a route and its path parameters; or, when the path is known
   * but not with this method, the methods it allows; or neither (unknown path).
   */
  record Match(@Nullable Route route, Map<String, String> pathParams, Set<String> allowedMethods) {}

  private record Entry(Route route, PathTemplate template) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> operationIds = new HashSet<>();

  @Override
  public void register(String method, String pathTemplate, String operationId, Body body, Handler handler) {
    if (!operationIds.add(operationId)) {
      throw new IllegalStateException("operation registered twice: " + operationId);
    }
    for (Entry entry : entries) {
      if (entry.route().method().equals(method) && entry.route().pathTemplate().equals(pathTemplate)) {
        throw new IllegalStateException("two operations on " + method + " " + pathTemplate);
      }
    }
    entries.add(new Entry(new Route(method, pathTemplate, operationId, body, handler), new PathTemplate(pathTemplate)));
  }

  public List<Route> routes() {
    return entries.stream().map(Entry::route).toList();
  }

  Match match(String method, String rawPath) {
    int best = -1;
    List<Entry> candidates = new ArrayList<>();
    Map<String, String> params = Map.of();
    for (Entry entry : entries) {
      Optional<Map<String, String>> matched = entry.template().match(rawPath);
      if (matched.isEmpty()) {
        continue;
      }
      int specificity = entry.template().literalSegments();
      if (specificity > best) {
        best = specificity;
        candidates.clear();
        params = matched.get();
      }
      if (specificity == best) {
        candidates.add(entry);
      }
    }
    Set<String> allowed = new TreeSet<>();
    for (Entry candidate : candidates) {
      if (candidate.route().method().equals(method)) {
        return new Match(candidate.route(), params, Set.of());
      }
      allowed.add(candidate.route().method());
    }
    return new Match(null, Map.of(), Collections.unmodifiableSet(allowed));
  }
}
