package io.taskrouter.local.api;

import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.engine.Resource;

/**
 * Fetch, list and delete are the same for every kind of workspace resource; only the
 * {@link Kind}, the list's filters and the deletion rules differ.
 */
public final class Crud {
  private Crud() {}

  /** Filters a list and says its order; validates its own query parameters. */
  @FunctionalInterface
  public interface ListQuery<T> {
    ListPage.Selection<T> select(Call call, WorkspaceState ws);
  }

  /** The engine's deletion command: checks the deletion rules (throwing a 400) and then removes. */
  @FunctionalInterface
  public interface Remover<T> {
    void remove(WorkspaceState ws, T item);
  }

  /**
   * Registers the five operations of a workspace collection: {@code List<Noun>} and
   * {@code Create<Noun>} on {@code /v1/Workspaces/{WorkspaceSid}/<Segment>}, and {@code Fetch},
   * {@code Update}, {@code Delete<Noun>} on {@code .../<Segment>/{Sid}}.
   */
  public static <T extends Resource> void registerCollection(Registry registry, String segment, String noun,
      Kind<T> kind, ListQuery<T> query, Handler create, Handler update, Remover<T> remover) {
    String collection = "/v1/Workspaces/{WorkspaceSid}/" + segment;
    String item = collection + "/{Sid}";
    registry.register("GET", collection, "List" + noun, list(kind, query));
    registry.register("POST", collection, "Create" + noun, create);
    registry.register("GET", item, "Fetch" + noun, fetch(kind));
    registry.register("POST", item, "Update" + noun, update);
    registry.register("DELETE", item, "Delete" + noun, delete(kind, remover));
  }

  public static <T extends Resource> Handler fetch(Kind<T> kind) {
    return call -> {
      WorkspaceState ws = call.workspace();
      return kind.respond(200, call, ws, kind.find(call, ws));
    };
  }

  public static <T extends Resource> Handler list(Kind<T> kind, ListQuery<T> query) {
    return call -> {
      WorkspaceState ws = call.workspace();
      ApiResponse response = ApiResponse.ok(ListPage.render(call, kind.listKey(), query.select(call, ws),
          item -> kind.render(call, ws, item)));
      return kind.versioned() ? response.withETag(kind.table().apply(ws).version()) : response;
    };
  }

  public static <T extends Resource> Handler delete(Kind<T> kind, Remover<T> remover) {
    return call -> {
      WorkspaceState ws = call.workspace();
      T item = kind.find(call, ws);
      if (kind.versioned()) {
        call.checkIfMatch(item);
      }
      remover.remove(ws, item);
      return ApiResponse.noContent();
    };
  }
}
