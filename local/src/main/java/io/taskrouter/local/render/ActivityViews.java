package io.taskrouter.local.render;

import io.taskrouter.local.engine.Activity;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.wire.generated.ActivityListSource;
import io.taskrouter.local.wire.generated.ActivitySource;
import io.taskrouter.local.wire.generated.ListMetaSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Activities as the generated writers read them. */
public final class ActivityViews {
  private ActivityViews() {}

  public record ActivityView(Links urls, WorkspaceState ws, Activity activity) implements ActivitySource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public Boolean available() { return activity.available(); }
    @Override public Instant dateCreated() { return activity.dateCreated(); }
    @Override public Instant dateUpdated() { return activity.dateUpdated(); }
    @Override public String friendlyName() { return activity.friendlyName(); }
    @Override public String sid() { return activity.sid(); }
    @Override public String workspaceSid() { return activity.workspaceSid(); }
    @Override public String url() { return urls.member(ws.sid(), "Activities", activity.sid()); }
    @Override public Map<String, String> links() { return urls.links(ws.sid()).build(); }
  }

  public record ActivityList(List<ActivityView> activities, ListMetaSource meta) implements ActivityListSource {}
}
