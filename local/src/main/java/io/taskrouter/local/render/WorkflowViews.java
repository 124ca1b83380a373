package io.taskrouter.local.render;

import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.WorkflowListSource;
import io.taskrouter.local.wire.generated.WorkflowSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Workflows as the generated writers read them. */
public final class WorkflowViews {
  /** A workflow's configuration is always a JSON document. */
  private static final String CONFIGURATION_TYPE = "application/json";

  private WorkflowViews() {}

  public record WorkflowView(Links urls, WorkspaceState ws, Workflow workflow) implements WorkflowSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public @Nullable String assignmentCallbackUrl() { return workflow.assignmentCallbackUrl(); }
    @Override public String configuration() { return workflow.configuration(); }
    @Override public Instant dateCreated() { return workflow.dateCreated(); }
    @Override public Instant dateUpdated() { return workflow.dateUpdated(); }
    @Override public String documentContentType() { return CONFIGURATION_TYPE; }
    @Override public @Nullable String fallbackAssignmentCallbackUrl() { return workflow.fallbackAssignmentCallbackUrl(); }
    @Override public String friendlyName() { return workflow.friendlyName(); }
    @Override public String sid() { return workflow.sid(); }
    @Override public int taskReservationTimeout() { return workflow.taskReservationTimeout(); }
    @Override public String workspaceSid() { return workflow.workspaceSid(); }
    @Override public String url() { return urls.member(ws.sid(), "Workflows", workflow.sid()); }

    @Override
    public Map<String, String> links() {
      return urls.links(ws.sid()).under(ResourcePaths.member(ws.sid(), "Workflows", workflow.sid()),
          "statistics", "/Statistics", "real_time_statistics", "/RealTimeStatistics",
          "cumulative_statistics", "/CumulativeStatistics").build();
    }
  }

  public record WorkflowList(List<WorkflowView> workflows, ListMetaSource meta) implements WorkflowListSource {}
}
