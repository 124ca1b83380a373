package io.taskrouter.local.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds the route of a request among the generated ones. When two templates match a path, the one
 * with more literal segments wins ({@code /TaskQueues/Statistics} over {@code /TaskQueues/{Sid}}),
 * as OpenAPI has concrete paths win over templated ones.
 */
public final class RouteMatcher {

  /**
   * The outcome of matching: the route and its decoded path parameters; or, when the path is known
   * but not with this method, the methods it allows (for a 405 with {@code Allow}); or neither
   * (unknown path, a 404).
   */
  public record Match(@Nullable Route route, Map<String, String> pathParams, Set<String> allowedMethods) {
    public boolean found() {
      return route != null;
    }

    public boolean pathKnown() {
      return route != null || !allowedMethods.isEmpty();
    }
  }

  /** {@code names}: per segment, the parameter's name, or null for a literal. */
  private record Template(Route route, List<String> segments, List<@Nullable String> names, int literals) {}

  /** By segment count: only templates with as many segments as the path can match it (every request looks). */
  private final Map<Integer, List<Template>> templatesBySize = new HashMap<>();

  public RouteMatcher(List<Route> routes) {
    for (Route route : routes) {
      List<String> segments = List.of(route.pathTemplate().substring(1).split("/"));
      int literals = (int) segments.stream().filter(s -> !isParameter(s)).count();
      List<@Nullable String> names = new ArrayList<>();
      for (String segment : segments) {
        names.add(isParameter(segment) ? segment.substring(1, segment.length() - 1) : null);
      }
      templatesBySize.computeIfAbsent(segments.size(), n -> new ArrayList<>())
          .add(new Template(route, segments, java.util.Collections.unmodifiableList(names), literals));
    }
  }

  /**
   * @param method the request's method
   * @param rawPath the request's path, still percent-encoded (a trailing slash is ignored)
   */
  public Match match(String method, String rawPath) {
    int best = -1;
    List<Template> candidates = new ArrayList<>();
    Map<String, String> bestParams = Map.of();
    String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    String[] parts = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[0];
    for (Template template : templatesBySize.getOrDefault(parts.length, List.of())) {
      Map<String, String> params = params(template, parts);
      if (params == null || template.literals() < best) {
        continue;
      }
      if (template.literals() > best) {
        best = template.literals();
        candidates.clear();
        bestParams = params;
      }
      candidates.add(template);
    }
    Set<String> allowed = new TreeSet<>();
    for (Template candidate : candidates) {
      if (candidate.route().method().equals(method)) {
        return new Match(candidate.route(), bestParams, Set.of());
      }
      allowed.add(candidate.route().method());
    }
    return new Match(null, Map.of(), java.util.Collections.unmodifiableSet(allowed));
  }

  /** The path's parameters when {@code parts} (as many as the template's segments) match the template, else null. */
  private static @Nullable Map<String, String> params(Template template, String[] parts) {
    for (int i = 0; i < parts.length; i++) { // literals first: decode nothing for a template that fails
      if (template.names().get(i) != null ? parts[i].isEmpty() : !template.segments().get(i).equals(parts[i])) {
        return null;
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      if (template.names().get(i) != null) {
        String part = parts[i];
        if (part.indexOf('%') < 0) { // nearly every request: nothing to decode
          params.put(template.names().get(i), part);
          continue;
        }
        try {
          // '+' is literal in a path: only percent escapes are decoded.
          params.put(template.names().get(i), URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
          return null;
        }
      }
    }
    return params;
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
