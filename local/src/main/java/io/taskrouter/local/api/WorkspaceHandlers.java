package io.taskrouter.local.api;

import io.taskrouter.local.engine.EventRecorder;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceSetup;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Activity;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.model.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Workspaces: the root collection (not scoped by a workspace, so not driven by {@link Crud}). */
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
      call.store().removeWorkspace(call.workspace("Sid").sid());
      return ApiResponse.noContent();
    });
  }

  private static ApiResponse list(Call call) {
    Optional<String> name = call.query().string("FriendlyName");
    List<WorkspaceState> all = call.store().workspaces().stream()
        .filter(ws -> name.isEmpty() || ws.workspace.friendlyName.equals(name.get()))
        .toList();
    return ApiResponse.ok(ListPage.render(call, "workspaces", all, call.render()::workspace));
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

    Workspace workspace = new Workspace(call.store().newSid(Sids.WORKSPACE), call.now(), friendlyName, multiTask, order);
    workspace.eventCallbackUrl = callbackUrl;
    workspace.eventsFilter = eventsFilter;
    WorkspaceState ws = WorkspaceSetup.create(call.store(), workspace, template);
    return ApiResponse.created(call.render().workspace(ws));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace("Sid");
    Workspace workspace = ws.workspace;
    Params form = call.form();
    Optional<Activity> defaultActivity = References.activity(form, "DefaultActivitySid", ws);
    Optional<Activity> timeoutActivity = References.activity(form, "TimeoutActivitySid", ws);
    Optional<String> callbackUrl = form.url("EventCallbackUrl");
    Optional<String> eventsFilter = form.string("EventsFilter");
    Optional<String> friendlyName = form.rename("FriendlyName", Integer.MAX_VALUE);
    Optional<Boolean> multiTask = form.bool("MultiTaskEnabled");
    if (multiTask.isPresent() && !multiTask.get() && workspace.multiTaskEnabled) {
      throw Params.invalid("MultiTaskEnabled", "multitasking cannot be turned off once a workspace has it");
    }
    Optional<String> order = form.oneOf("PrioritizeQueueOrder", "FIFO", "LIFO");

    defaultActivity.ifPresent(a -> workspace.defaultActivitySid = a.sid);
    timeoutActivity.ifPresent(a -> workspace.timeoutActivitySid = a.sid);
    callbackUrl.ifPresent(url -> workspace.eventCallbackUrl = url.isEmpty() ? null : url);
    eventsFilter.ifPresent(filter -> workspace.eventsFilter = filter.isEmpty() ? null : filter);
    friendlyName.ifPresent(name -> workspace.friendlyName = name);
    multiTask.ifPresent(enabled -> workspace.multiTaskEnabled = enabled);
    order.ifPresent(value -> workspace.prioritizeQueueOrder = value);
    workspace.touch(call.now());
    ws.record().resource("workspace.updated", EventRecorder.WORKSPACE, workspace.sid,
        ResourcePaths.workspace(workspace.sid), "Workspace " + workspace.friendlyName + " updated");
    return ApiResponse.ok(call.render().workspace(ws));
  }
}
