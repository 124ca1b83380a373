package io.taskrouter.local.api;

import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.Store;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Resource;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.render.Representations;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A request being executed on the engine: the request, the store, and the lookups every handler needs. */
public final class Call {
  private final ApiRequest request;
  private final Store store;
  private final Representations render;

  public Call(ApiRequest request, Store store, Representations render) {
    this.request = request;
    this.store = store;
    this.render = render;
  }

  public ApiRequest request() {
    return request;
  }

  public Store store() {
    return store;
  }

  public Representations render() {
    return render;
  }

  public Params form() {
    return request.form();
  }

  public Params query() {
    return request.query();
  }

  public Instant now() {
    return store.now();
  }

  /** A path parameter that must be a SID of {@code prefix}: anything else is a 400 naming it. */
  public String pathSid(String name, String prefix) {
    String raw = request.pathParam(name);
    if (!Sids.hasShape(raw, prefix)) {
      throw ApiException.badRequest("Invalid path parameter " + name + ": must be a SID of " + prefix
          + " followed by 32 hex digits, got '" + raw + "'");
    }
    return Sids.normalize(raw);
  }

  /** The workspace named by the {@code WorkspaceSid} path parameter. */
  public WorkspaceState workspace() {
    return workspace("WorkspaceSid");
  }

  public WorkspaceState workspace(String pathParam) {
    return found(store.workspace(pathSid(pathParam, Sids.WORKSPACE)));
  }

  /** A task channel named in the path by SID or unique name (the API accepts both). */
  public TaskChannel taskChannel(WorkspaceState ws, String pathParam) {
    return found(ws.taskChannel(request.pathParam(pathParam)));
  }

  /** The value, or a 404 naming the requested path, as the service words it. */
  public <T> T found(Optional<T> value) {
    return value.orElseThrow(() -> ApiException.notFound(
        "The requested resource " + request.path().replaceFirst("^/v1", "") + " was not found"));
  }

  /**
   * Optimistic concurrency: with an {@code If-Match} header the change only happens if it names the
   * resource's current revision (the ETag); otherwise 412. Quotes and a weak prefix are ignored so
   * that a client may echo the header in either form; {@code *} matches any revision.
   */
  public void checkIfMatch(Resource resource) {
    @Nullable String ifMatch = request.header("If-Match");
    if (ifMatch == null) {
      return;
    }
    String expected = ifMatch.trim();
    if (expected.startsWith("W/")) {
      expected = expected.substring(2);
    }
    if (expected.length() >= 2 && expected.startsWith("\"") && expected.endsWith("\"")) {
      expected = expected.substring(1, expected.length() - 1);
    }
    if (!expected.equals("*") && !expected.equals(Long.toString(resource.revision()))) {
      throw ApiException.preconditionFailed("Precondition failed: If-Match " + ifMatch
          + " does not match the current ETag " + resource.revision() + " of " + resource.sid());
    }
  }
}
