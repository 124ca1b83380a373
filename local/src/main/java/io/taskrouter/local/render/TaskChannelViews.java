package io.taskrouter.local.render;

import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.TaskChannelListSource;
import io.taskrouter.local.wire.generated.TaskChannelSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Task channels as the generated writers read them. */
public final class TaskChannelViews {
  private TaskChannelViews() {}

  public record TaskChannelView(Links urls, WorkspaceState ws, TaskChannel channel) implements TaskChannelSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public Instant dateCreated() { return channel.dateCreated(); }
    @Override public Instant dateUpdated() { return channel.dateUpdated(); }
    @Override public String friendlyName() { return channel.friendlyName(); }
    @Override public String sid() { return channel.sid(); }
    @Override public String uniqueName() { return channel.uniqueName(); }
    @Override public String workspaceSid() { return channel.workspaceSid(); }
    @Override public Boolean channelOptimizedRouting() { return channel.channelOptimizedRouting(); }
    @Override public String url() { return urls.member(ws.sid(), "TaskChannels", channel.sid()); }
    @Override public Map<String, String> links() { return urls.links(ws.sid()).build(); }
  }

  public record TaskChannelList(List<TaskChannelView> channels, ListMetaSource meta) implements TaskChannelListSource {}
}
