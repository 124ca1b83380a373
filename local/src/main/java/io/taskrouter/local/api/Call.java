package io.taskrouter.local.api;

import io.taskrouter.local.engine.Resource;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Store;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.render.Links;
import io.taskrouter.local.wire.WireResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every handler is given beside its typed request: the store (the handler runs on the engine
 * thread), this server's {@link Links}, and the request's path and query as sent (for the 404
 * message and for the page URLs of lists, which repeat the request's filters).
 */
public final class Call {
  private final Store store;
  private final Links links;
  private final String path;
  private final Map<String, List<String>> query;

  public Call(Store store, Links links, String path, Map<String, List<String>> query) {
    this.store = store;
    this.links = links;
    this.path = path;
    this.query = query;
  }

  public Store store() {
    return store;
  }

  public Links links() {
    return links;
  }

  /** The request's path without a trailing slash, e.g. {@code /v1/Workspaces/WS.../Tasks}. */
  public String path() {
    return path;
  }

  public Map<String, List<String>> query() {
    return query;
  }

  public Instant now() {
    return store.now();
  }

  /** The caller's workspace of that SID (already checked for shape by the decoder), or a 404. */
  public WorkspaceState workspace(String workspaceSid) {
    return found(store.workspace(Sids.normalize(workspaceSid)));
  }

  /** The value, or a 404 naming the requested path, as the service words it. */
  public <T> T found(Optional<T> value) {
    return value.orElseThrow(() -> ApiException.notFound(
        "The requested resource " + path.replaceFirst("^/v1", "") + " was not found"));
  }

  /**
   * Optimistic concurrency: with an {@code If-Match} header the change only happens if it names the
   * resource's current revision (the ETag); otherwise 412. Quotes and a weak prefix are ignored so
   * that a client may echo the header in either form; {@code *} matches any revision.
   */
  public static void checkIfMatch(Optional<String> ifMatch, Resource resource) {
    if (ifMatch.isEmpty()) {
      return;
    }
    String expected = ifMatch.get().trim();
    if (expected.startsWith("W/")) {
      expected = expected.substring(2);
    }
    if (expected.length() >= 2 && expected.startsWith("\"") && expected.endsWith("\"")) {
      expected = expected.substring(1, expected.length() - 1);
    }
    if (!expected.equals("*") && !expected.equals(Long.toString(resource.revision()))) {
      throw ApiException.preconditionFailed("Precondition failed: If-Match " + ifMatch.get()
          + " does not match the current ETag " + resource.revision() + " of " + resource.sid());
    }
  }

  /** 200 with the body, and the ETag of {@code versioned} when given. */
  public static WireResponse ok(String json, @Nullable Resource versioned) {
    WireResponse response = WireResponse.ok(json);
    return versioned == null ? response : response.withETag(versioned.revision());
  }

  /** 200 with a body written later from a snapshot (see {@link WireResponse}), and the ETag of {@code versioned}. */
  public static WireResponse ok(Supplier<String> snapshotWriter, Resource versioned) {
    return WireResponse.ok(snapshotWriter).withETag(versioned.revision());
  }

  /** 201 with a body written later from a snapshot, and the ETag of {@code versioned}. */
  public static WireResponse created(Supplier<String> snapshotWriter, Resource versioned) {
    return WireResponse.created(snapshotWriter).withETag(versioned.revision());
  }

  public static WireResponse created(String json, @Nullable Resource versioned) {
    WireResponse response = WireResponse.created(json);
    return versioned == null ? response : response.withETag(versioned.revision());
  }
}
