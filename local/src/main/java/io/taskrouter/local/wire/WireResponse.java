package io.taskrouter.local.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What an operation answers on the wire: a status, the JSON body as text (written by a generated
 * response writer) or none, and headers.
 *
 * <p>A body may be given as a writer over an immutable snapshot instead of text: a handler runs on
 * the engine thread, which then only copies the values the answer shows, and the JSON is written
 * the first time {@link #body} is asked for, on the HTTP thread (the engine stays free for the
 * next command). The snapshot must not read engine state: by then it may have moved on.
 */
public final class WireResponse {
  private final int status;
  private final Map<String, String> headers;
  private @Nullable Supplier<String> writer;
  private @Nullable String body;

  public WireResponse(int status, @Nullable String body, Map<String, String> headers) {
    this(status, body, null, headers);
  }

  private WireResponse(int status, @Nullable String body, @Nullable Supplier<String> writer, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.writer = writer;
    this.headers = Map.copyOf(headers);
  }

  public static WireResponse ok(String json) {
    return new WireResponse(200, json, Map.of());
  }

  public static WireResponse created(String json) {
    return new WireResponse(201, json, Map.of());
  }

  /** 200 whose body {@code snapshotWriter} writes later, from values it already holds (see the class comment). */
  public static WireResponse ok(Supplier<String> snapshotWriter) {
    return new WireResponse(200, null, Objects.requireNonNull(snapshotWriter, "snapshotWriter"), Map.of());
  }

  /** 201 whose body {@code snapshotWriter} writes later, from values it already holds. */
  public static WireResponse created(Supplier<String> snapshotWriter) {
    return new WireResponse(201, null, Objects.requireNonNull(snapshotWriter, "snapshotWriter"), Map.of());
  }

  public static WireResponse noContent() {
    return new WireResponse(204, null, Map.of());
  }

  public int status() {
    return status;
  }

  /** The JSON text, written now if it was deferred; null when the answer has no body. */
  public @Nullable String body() {
    Supplier<String> pending = writer;
    if (pending != null) {
      body = pending.get();
      writer = null;
    }
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The same response with an ETag header (the resource's revision). */
  public WireResponse withETag(long revision) {
    return withHeader("ETag", Long.toString(revision));
  }

  /** The same response with one more header (the body, deferred or not, is shared). */
  public WireResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new WireResponse(status, body, writer, copy);
  }

  @Override
  public String toString() {
    return "WireResponse[" + status + ", " + headers + (writer != null ? ", body deferred]" : ", " + body + "]");
  }
}
