package io.taskrouter.local.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an operation answers on the wire: a status, the JSON body as text (written by a generated
 * response writer) or none, and headers.
 */
public record WireResponse(int status, @Nullable String body, Map<String, String> headers) {

  public WireResponse {
    headers = Map.copyOf(headers);
  }

  public static WireResponse ok(String json) {
    return new WireResponse(200, json, Map.of());
  }

  public static WireResponse created(String json) {
    return new WireResponse(201, json, Map.of());
  }

  public static WireResponse noContent() {
    return new WireResponse(204, null, Map.of());
  }

  /** The same response with an ETag header (the resource's revision). */
  public WireResponse withETag(long revision) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put("ETag", Long.toString(revision));
    return new WireResponse(status, body, copy);
  }
}
