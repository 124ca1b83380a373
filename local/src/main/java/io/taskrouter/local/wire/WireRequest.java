package io.taskrouter.local.wire;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The raw inputs of one request, as the HTTP front end has them after routing: the path parameters
 * (already percent-decoded), the query string and the form body (names in order, repeated names
 * collecting their values), the headers, and the body text when the operation takes JSON.
 */
public final class WireRequest {
  private final Map<String, String> pathParams;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> form;
  private final Map<String, List<String>> headers;
  private final @Nullable String jsonBody;

  private WireRequest(Map<String, String> pathParams, Map<String, List<String>> query,
      Map<String, List<String>> form, Map<String, List<String>> headers, @Nullable String jsonBody) {
    this.pathParams = Map.copyOf(pathParams);
    this.query = copy(query);
    this.form = copy(form);
    // Header names are case-insensitive (RFC 9110).
    TreeMap<String, List<String>> folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> folded.computeIfAbsent(name, n -> new java.util.ArrayList<>()).addAll(values));
    this.headers = Collections.unmodifiableMap(folded);
    this.jsonBody = jsonBody;
  }

  /** A request whose body, if any, is form encoded (every operation but the bulk statistics one). */
  public static WireRequest of(Map<String, String> pathParams, Map<String, List<String>> query,
      Map<String, List<String>> form, Map<String, List<String>> headers) {
    return new WireRequest(pathParams, query, form, headers, null);
  }

  /** A request with a JSON body ({@code application/json}), given as the text received. */
  public static WireRequest json(Map<String, String> pathParams, Map<String, List<String>> query,
      Map<String, List<String>> headers, String jsonBody) {
    return new WireRequest(pathParams, query, Map.of(), headers, jsonBody);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  public Map<String, String> pathParams() {
    return pathParams;
  }

  public Map<String, List<String>> query() {
    return query;
  }

  public Map<String, List<String>> form() {
    return form;
  }

  /** Every value of a header, whatever the case of its name; empty when it was not sent. */
  public List<String> header(String name) {
    return headers.getOrDefault(name, List.of());
  }

  public @Nullable String jsonBody() {
    return jsonBody;
  }
}
