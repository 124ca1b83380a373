package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.ResourcePaths;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A workspace's life: creation (with what it starts with, see {@link WorkspaceSetup}), edits, deletion. */
public final class WorkspaceLifecycle {
  private WorkspaceLifecycle() {}

  /** A new workspace; {@code template} is {@link WorkspaceSetup#TEMPLATE_NONE} or {@code TEMPLATE_FIFO}. */
  public record NewWorkspace(String friendlyName, @Nullable String eventCallbackUrl, @Nullable String eventsFilter,
      boolean multiTaskEnabled, Optional<String> prioritizeQueueOrder, String template) {}

  /** Each field changes only when present; an empty URL or filter clears it. */
  public record WorkspaceChanges(Optional<String> friendlyName, Optional<Activity> defaultActivity,
      Optional<Activity> timeoutActivity, Optional<String> eventCallbackUrl, Optional<String> eventsFilter,
      Optional<Boolean> multiTaskEnabled, Optional<String> prioritizeQueueOrder) {}

  /** Created for the calling account (the default account when no caller, e.g. a reset). */
  public static WorkspaceState create(Store store, NewWorkspace spec) {
    Caller caller = store.caller();
    String owner = caller == null ? store.accountSid() : caller.accountSid();
    Workspace workspace = new Workspace(store.newSid(Sids.WORKSPACE), store.nextSequence(), store.now(), owner,
        spec.friendlyName(), spec.multiTaskEnabled(), spec.prioritizeQueueOrder().orElse("FIFO"));
    workspace.eventCallbackUrl = spec.eventCallbackUrl();
    workspace.eventsFilter = spec.eventsFilter();
    WorkspaceState ws = new WorkspaceState(store, workspace);
    store.addWorkspace(ws);
    ws.record().resource("workspace.created", EventRecorder.WORKSPACE, workspace.sid,
        ResourcePaths.workspace(workspace.sid), "Workspace " + workspace.friendlyName + " created");
    WorkspaceSetup.populate(ws, spec.template());
    return ws;
  }

  public static void update(WorkspaceState ws, WorkspaceChanges changes) {
    Workspace workspace = ws.workspace;
    if (changes.multiTaskEnabled().filter(enabled -> !enabled).isPresent() && workspace.multiTaskEnabled) {
      throw ApiException.badRequest(
          "Invalid parameter MultiTaskEnabled: multitasking cannot be turned off once a workspace has it");
    }
    changes.defaultActivity().ifPresent(a -> workspace.defaultActivitySid = a.sid);
    changes.timeoutActivity().ifPresent(a -> workspace.timeoutActivitySid = a.sid);
    changes.eventCallbackUrl().ifPresent(url -> workspace.eventCallbackUrl = url.isEmpty() ? null : url);
    changes.eventsFilter().ifPresent(filter -> workspace.eventsFilter = filter.isEmpty() ? null : filter);
    changes.friendlyName().ifPresent(name -> workspace.friendlyName = name);
    changes.multiTaskEnabled().ifPresent(enabled -> workspace.multiTaskEnabled = enabled);
    changes.prioritizeQueueOrder().ifPresent(value -> workspace.prioritizeQueueOrder = value);
    workspace.touch(ws.now());
    ws.routing().workspaceChanged();
    ws.record().resource("workspace.updated", EventRecorder.WORKSPACE, workspace.sid,
        ResourcePaths.workspace(workspace.sid), "Workspace " + workspace.friendlyName + " updated");
  }

  /** Everything in the workspace goes with it; its pending timers find nothing when they run. */
  public static void delete(WorkspaceState ws) {
    ws.store().removeWorkspace(ws.sid());
  }
}
