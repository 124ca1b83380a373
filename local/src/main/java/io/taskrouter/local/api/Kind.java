package io.taskrouter.local.api;

import io.taskrouter.local.engine.Table;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Resource;
import io.taskrouter.local.render.Representations;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the generic fetch, list and delete handlers ({@link Crud}) need to know about one kind of
 * workspace resource: where it lives, how its path SID is checked, how it is rendered, and
 * whether it carries an ETag.
 */
public record Kind<T extends Resource>(
    String listKey,
    Function<WorkspaceState, Table<T>> table,
    Lookup<T> lookup,
    Renderer<T> renderer,
    boolean versioned) {

  /** Finds the resource the request's {@code Sid} path parameter names, or fails with 400/404. */
  @FunctionalInterface
  public interface Lookup<T> {
    T find(Call call, WorkspaceState ws);
  }

  @FunctionalInterface
  public interface Renderer<T> {
    Map<String, @Nullable Object> render(Representations render, WorkspaceState ws, T item);
  }

  /** The usual lookup: {@code Sid} must have {@code prefix}, and exist in the table. */
  public static <T extends Resource> Lookup<T> bySid(String prefix, Function<WorkspaceState, Table<T>> table) {
    return (call, ws) -> call.found(table.apply(ws).find(call.pathSid("Sid", prefix)));
  }

  public T find(Call call, WorkspaceState ws) {
    return lookup.find(call, ws);
  }

  public Map<String, @Nullable Object> render(Call call, WorkspaceState ws, T item) {
    return renderer.render(call.render(), ws, item);
  }

  /** A single-resource answer, with the ETag when the kind is versioned. */
  public ApiResponse respond(int status, Call call, WorkspaceState ws, T item) {
    ApiResponse response = new ApiResponse(status, render(call, ws, item), Map.of());
    return versioned ? response.withETag(item.revision()) : response;
  }
}
