package io.taskrouter.local.api;

import io.taskrouter.local.engine.WorkspaceLifecycle;
import io.taskrouter.local.engine.WorkspaceLifecycle.NewWorkspace;
import io.taskrouter.local.engine.WorkspaceLifecycle.WorkspaceChanges;
import io.taskrouter.local.engine.WorkspaceSetup;
import io.taskrouter.local.engine.WorkspaceState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Workspaces: the root collection (not scoped by a workspace, so not driven by {@link Crud}). The
 * store shows each caller only its own account's workspaces.
 */
final class WorkspaceHandlers {
  private static final String ITEM = "/v1/Workspaces/{Sid}";

  private WorkspaceHandlers() {}

  static void register(Registry registry) {
    registry.register("GET", "/v1/Workspaces", "ListWorkspace", WorkspaceHandlers::list);
    registry.register("POST", "/v1/Workspaces", "CreateWorkspace", WorkspaceHandlers::create);
    registry.register("GET", ITEM, "FetchWorkspace",
        call -> ApiResponse.ok(call.render().workspace(call.workspace("Sid"))));
    registry.register("POST", ITEM, "UpdateWorkspace", WorkspaceHandlers::update);
    registry.register("DELETE", ITEM, "DeleteWorkspace", call -> {
      WorkspaceLifecycle.delete(call.workspace("Sid"));
      return ApiResponse.noContent();
    });
  }

  private static ApiResponse list(Call call) {
    Optional<String> name = call.query().string("FriendlyName");
    List<WorkspaceState> all = call.store().workspaces().stream()
        .filter(ws -> name.isEmpty() || ws.workspace().friendlyName().equals(name.get()))
        .toList();
    ListOrder<WorkspaceState> order = ListOrder.of(
        List.of(new ListOrder.Key<>("Created", ws -> ws.workspace().sequence(), false)), WorkspaceState::sid);
    return ApiResponse.ok(ListPage.render(call, "workspaces", all.stream(), order, call.render()::workspace));
  }

  private static ApiResponse create(Call call) {
    Params form = call.form();
    String friendlyName = form.required("FriendlyName");
    String callbackUrl = form.url("EventCallbackUrl").filter(url -> !url.isEmpty()).orElse(null);
    String eventsFilter = form.string("EventsFilter").orElse(null);
    boolean multiTask = form.bool("MultiTaskEnabled").orElse(true);
    String template = form.string("Template").map(t -> t.toUpperCase(Locale.ROOT)).orElse(WorkspaceSetup.TEMPLATE_NONE);
    if (!template.equals(WorkspaceSetup.TEMPLATE_NONE) && !template.equals(WorkspaceSetup.TEMPLATE_FIFO)) {
      throw Params.invalid("Template", "must be NONE or FIFO, got '" + form.string("Template").orElse("") + "'");
    }
    String order = form.oneOf("PrioritizeQueueOrder", "FIFO", "LIFO").orElse("FIFO");
    WorkspaceState ws = WorkspaceLifecycle.create(call.store(),
        new NewWorkspace(friendlyName, callbackUrl, eventsFilter, multiTask, order, template));
    return ApiResponse.created(call.render().workspace(ws));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace("Sid");
    Params form = call.form();
    WorkspaceChanges changes = new WorkspaceChanges(
        form.rename("FriendlyName", Integer.MAX_VALUE),
        References.activity(form, "DefaultActivitySid", ws),
        References.activity(form, "TimeoutActivitySid", ws),
        form.url("EventCallbackUrl"),
        form.string("EventsFilter"),
        form.bool("MultiTaskEnabled"),
        form.oneOf("PrioritizeQueueOrder", "FIFO", "LIFO"));
    WorkspaceLifecycle.update(ws, changes);
    return ApiResponse.ok(call.render().workspace(ws));
  }
}
