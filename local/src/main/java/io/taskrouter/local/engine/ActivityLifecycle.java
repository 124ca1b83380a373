package io.taskrouter.local.engine;

import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.model.ResourcePaths;
import java.util.Optional;

/** Activities: created with a fixed availability, renamed, deleted when nothing uses them. */
public final class ActivityLifecycle {
  public static final int MAX_ACTIVITIES = 100;

  private ActivityLifecycle() {}

  public static Activity create(WorkspaceState ws, String friendlyName, boolean available) {
    if (ws.activities.size() >= MAX_ACTIVITIES) {
      throw ApiException.badRequest("A workspace can have at most " + MAX_ACTIVITIES + " activities");
    }
    Activity activity = new Activity(ws.store().newSid(Sids.ACTIVITY), ws.store().nextSequence(), ws.now(), ws.sid(),
        friendlyName, available);
    ws.activities.add(activity);
    record(ws, activity, "created");
    return activity;
  }

  public static void update(WorkspaceState ws, Activity activity, Optional<String> friendlyName) {
    friendlyName.ifPresent(name -> activity.friendlyName = name);
    ws.activities.touch(activity, ws.now());
    record(ws, activity, "updated");
  }

  public static void delete(WorkspaceState ws, Activity activity) {
    ReferenceGuard.checkActivityDeletable(ws, activity);
    ws.activities.remove(activity.sid);
    record(ws, activity, "deleted");
  }

  private static void record(WorkspaceState ws, Activity activity, String what) {
    ws.record().resource("activity." + what, EventRecorder.ACTIVITY, activity.sid,
        ResourcePaths.member(ws.sid(), "Activities", activity.sid), "Activity " + activity.friendlyName + " " + what);
  }
}
