package io.taskrouter.local.api;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.ActivityLifecycle;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import java.util.Optional;

final class ActivityHandlers {
  static final Kind<Activity> KIND = new Kind<>("activities", ws -> ws.activities,
      Kind.bySid(Sids.ACTIVITY, ws -> ws.activities), (render, ws, a) -> render.activity(ws, a), false);

  private ActivityHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "Activities", "Activity", KIND, ActivityHandlers::select,
        ActivityHandlers::create, ActivityHandlers::update, ActivityLifecycle::delete);
  }

  private static ListPage.Selection<Activity> select(Call call, WorkspaceState ws) {
    Optional<String> name = call.query().string("FriendlyName");
    Optional<Boolean> available = call.query().bool("Available");
    return new ListPage.Selection<>(ws.activities.stream()
        .filter(a -> name.isEmpty() || a.friendlyName().equals(name.get()))
        .filter(a -> available.isEmpty() || a.available() == available.get()), ListOrder.creation());
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    String name = call.form().required("FriendlyName");
    call.form().text("FriendlyName", 64);
    boolean available = call.form().bool("Available").orElse(false);
    return KIND.respond(201, call, ws, ActivityLifecycle.create(ws, name, available));
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Activity activity = KIND.find(call, ws);
    Optional<String> name = call.form().rename("FriendlyName", 64);
    if (call.form().has("Available")) {
      throw Params.invalid("Available", "is fixed when the activity is created");
    }
    ActivityLifecycle.update(ws, activity, name);
    return KIND.respond(200, call, ws, activity);
  }
}
