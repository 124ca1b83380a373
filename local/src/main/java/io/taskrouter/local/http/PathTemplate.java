package io.taskrouter.local.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path such as {@code /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}}, matched segment by segment. */
final class PathTemplate {
  private final String text;
  private final List<String> segments;

  PathTemplate(String text) {
    this.text = text;
    this.segments = List.of(text.substring(1).split("/"));
  }

  String text() {
    return text;
  }

  /**
   * How many segments are literal: when two templates match one path, the more literal one wins
   * ({@code /TaskQueues/Statistics} over {@code /TaskQueues/{Sid}}).
   */
  int literalSegments() {
    return (int) segments.stream().filter(s -> !isParameter(s)).count();
  }

  /** The path parameters (decoded) if {@code rawPath} matches. */
  Optional<Map<String, String>> match(String rawPath) {
    String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments.get(i);
      if (isParameter(segment)) {
        if (parts[i].isEmpty()) {
          return Optional.empty();
        }
        try {
          params.put(segment.substring(1, segment.length() - 1), PercentDecoder.decode(parts[i], false));
        } catch (PercentDecoder.MalformedException e) {
          return Optional.empty();
        }
      } else if (!segment.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
