package io.taskrouter.local.render;

import io.taskrouter.local.engine.Workspace;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.WorkspaceListSource;
import io.taskrouter.local.wire.generated.WorkspaceSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Workspaces as the generated writers read them. */
public final class WorkspaceViews {
  private WorkspaceViews() {}

  public record WorkspaceView(Links urls, WorkspaceState ws) implements WorkspaceSource {
    private Workspace w() {
      return ws.workspace();
    }

    @Override public String accountSid() { return ws.accountSid(); }
    @Override public Instant dateCreated() { return w().dateCreated(); }
    @Override public Instant dateUpdated() { return w().dateUpdated(); }
    @Override public @Nullable String defaultActivityName() { return ws.activityName(w().defaultActivitySid()); }
    @Override public @Nullable String defaultActivitySid() { return w().defaultActivitySid(); }
    @Override public @Nullable String eventCallbackUrl() { return w().eventCallbackUrl(); }
    @Override public @Nullable String eventsFilter() { return w().eventsFilter(); }
    @Override public String friendlyName() { return w().friendlyName(); }
    @Override public Boolean multiTaskEnabled() { return w().multiTaskEnabled(); }
    @Override public String sid() { return w().sid(); }
    @Override public @Nullable String timeoutActivityName() { return ws.activityName(w().timeoutActivitySid()); }
    @Override public @Nullable String timeoutActivitySid() { return w().timeoutActivitySid(); }
    @Override public String prioritizeQueueOrder() { return w().prioritizeQueueOrder(); }
    @Override public String url() { return urls.workspace(ws.sid()); }

    @Override
    public Map<String, String> links() {
      return urls.links(ws.sid()).under(ResourcePaths.workspace(ws.sid()),
          "activities", "/Activities", "task_channels", "/TaskChannels", "task_queues", "/TaskQueues",
          "tasks", "/Tasks", "workers", "/Workers", "workflows", "/Workflows", "events", "/Events",
          "statistics", "/Statistics", "real_time_statistics", "/RealTimeStatistics",
          "cumulative_statistics", "/CumulativeStatistics").build();
    }
  }

  public record WorkspaceList(List<WorkspaceView> workspaces, ListMetaSource meta) implements WorkspaceListSource {}
}
