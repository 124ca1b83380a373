package io.taskrouter.local.api;

import io.taskrouter.local.engine.EventRecorder;
import io.taskrouter.local.engine.ReferenceGuard;
import io.taskrouter.local.engine.Sids;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Activity;
import io.taskrouter.local.model.ResourcePaths;
import java.util.Optional;
import java.util.stream.Stream;

final class ActivityHandlers {
  static final int MAX_ACTIVITIES = 100;
  static final Kind<Activity> KIND = new Kind<>("activities", ws -> ws.activities,
      Kind.bySid(Sids.ACTIVITY, ws -> ws.activities), (render, ws, a) -> render.activity(a), false);

  private ActivityHandlers() {}

  static void register(Registry registry) {
    Crud.registerCollection(registry, "Activities", "Activity", KIND, ActivityHandlers::select,
        ActivityHandlers::create, ActivityHandlers::update, (ws, activity) -> {
          ReferenceGuard.checkActivityDeletable(ws, activity);
          ws.removeActivity(activity);
        });
  }

  private static Stream<Activity> select(Call call, WorkspaceState ws) {
    Optional<String> name = call.query().string("FriendlyName");
    Optional<Boolean> available = call.query().bool("Available");
    return ws.activities.stream()
        .filter(a -> name.isEmpty() || a.friendlyName.equals(name.get()))
        .filter(a -> available.isEmpty() || a.available == available.get());
  }

  private static ApiResponse create(Call call) {
    WorkspaceState ws = call.workspace();
    String name = call.form().required("FriendlyName");
    call.form().text("FriendlyName", 64);
    boolean available = call.form().bool("Available").orElse(false);
    if (ws.activities.size() >= MAX_ACTIVITIES) {
      throw ApiException.badRequest("A workspace can have at most " + MAX_ACTIVITIES + " activities");
    }
    Activity activity = new Activity(call.store().newSid(Sids.ACTIVITY), call.now(), ws.sid(), name, available);
    ws.addActivity(activity);
    return KIND.respond(201, call, ws, activity);
  }

  private static ApiResponse update(Call call) {
    WorkspaceState ws = call.workspace();
    Activity activity = KIND.find(call, ws);
    Optional<String> name = call.form().rename("FriendlyName", 64);
    if (call.form().has("Available")) {
      throw Params.invalid("Available", "is fixed when the activity is created");
    }
    name.ifPresent(n -> activity.friendlyName = n);
    activity.touch(call.now());
    ws.record().resource("activity.updated", EventRecorder.ACTIVITY, activity.sid,
        ResourcePaths.member(ws.sid(), "Activities", activity.sid), "Activity " + activity.friendlyName + " updated");
    return KIND.respond(200, call, ws, activity);
  }
}
