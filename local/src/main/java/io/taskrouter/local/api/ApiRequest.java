package io.taskrouter.local.api;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request, already taken apart by the HTTP layer: path parameters from the route, query
 * and form parameters decoded, header names in lower case.
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> pathParams,
    Params query,
    Params form,
    Map<String, String> headers,
    byte[] body,
    @Nullable String remoteAddress) {

  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path parameter " + name);
    }
    return value;
  }
}
