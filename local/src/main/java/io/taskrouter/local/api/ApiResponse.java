package io.taskrouter.local.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a handler answers: a status, a JSON-able body (maps and lists) or none, and headers. */
public record ApiResponse(int status, @Nullable Object body, Map<String, String> headers) {

  public static ApiResponse ok(Object body) {
    return new ApiResponse(200, body, Map.of());
  }

  public static ApiResponse created(Object body) {
    return new ApiResponse(201, body, Map.of());
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, null, Map.of());
  }

  /** The same response with an ETag header. */
  public ApiResponse withETag(long revision) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put("ETag", Long.toString(revision));
    return new ApiResponse(status, body, copy);
  }
}
