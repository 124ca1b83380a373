package io.taskrouter.local.support;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** A response as the tests see it: status, headers, raw body and the body parsed as JSON. */
public record Reply(String method, String url, int status, Headers headers, String body) {
  private static final com.squareup.moshi.JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  @SuppressWarnings("unchecked")
  public Map<String, Object> json() {
    try {
      return (Map<String, Object>) JSON.fromJson(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  /** A top-level field. */
  public Object get(String field) {
    return json().get(field);
  }

  public String string(String field) {
    return (String) get(field);
  }

  /** A JSON number field as a long (Moshi reads numbers as doubles). */
  public long number(String field) {
    return ((Number) get(field)).longValue();
  }

  /** The records of a list response. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> list(String key) {
    return (List<Map<String, Object>>) get(key);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> meta() {
    return (Map<String, Object>) get("meta");
  }

  public String sid() {
    return string("sid");
  }

  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return method + " " + url + " -> " + status + " " + body;
  }
}
