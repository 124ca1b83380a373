package io.taskrouter.local.render;

import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.WorkerChannel;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.WorkerChannelListSource;
import io.taskrouter.local.wire.generated.WorkerChannelSource;
import io.taskrouter.local.wire.generated.WorkerListSource;
import io.taskrouter.local.wire.generated.WorkerSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Workers and their channels as the generated writers read them. */
public final class WorkerViews {
  private WorkerViews() {}

  public record WorkerView(Links urls, WorkspaceState ws, Worker worker) implements WorkerSource {
    @Override public String accountSid() { return ws.accountSid(); }
    @Override public @Nullable String activityName() { return ws.activityName(worker.activitySid()); }
    @Override public String activitySid() { return worker.activitySid(); }
    @Override public String attributes() { return worker.attributes(); }
    @Override public Boolean available() { return ws.activityAvailable(worker.activitySid()); }
    @Override public Instant dateCreated() { return worker.dateCreated(); }
    @Override public Instant dateStatusChanged() { return worker.dateStatusChanged(); }
    @Override public Instant dateUpdated() { return worker.dateUpdated(); }
    @Override public String friendlyName() { return worker.friendlyName(); }
    @Override public String sid() { return worker.sid(); }
    @Override public String workspaceSid() { return worker.workspaceSid(); }
    @Override public String url() { return urls.member(ws.sid(), "Workers", worker.sid()); }

    @Override
    public Map<String, String> links() {
      return urls.links(ws.sid())
          .put("activity", urls.activity(ws.sid(), worker.activitySid()))
          .under(ResourcePaths.member(ws.sid(), "Workers", worker.sid()), "channels", "/Channels",
              "reservations", "/Reservations", "statistics", "/Statistics")
          .build();
    }
  }

  public record WorkerList(List<WorkerView> workers, ListMetaSource meta) implements WorkerListSource {}

  /**
   * A worker's channel. Its figures come from the reservations that bind the worker on the
   * channel: pending, accepted and wrapping ones take capacity; accepted and wrapping ones are its
   * assigned tasks.
   */
  public record WorkerChannelView(Links urls, WorkspaceState ws, WorkerChannel channel) implements WorkerChannelSource {
    private @Nullable Worker worker() {
      return ws.workers.find(channel.workerSid()).orElse(null);
    }

    @Override public String accountSid() { return ws.accountSid(); }
    @Override
    public int assignedTasks() {
      Worker worker = worker();
      return worker == null ? 0 : (int) worker.assignedTasks(channel.taskChannelSid());
    }

    @Override public Boolean available() { return channel.available(); }

    @Override
    public int availableCapacityPercentage() {
      Worker worker = worker();
      long reserved = worker == null ? 0 : worker.load(channel.taskChannelSid());
      return channel.capacity() == 0 ? 0
          : (int) Math.max(0, Math.floor((1 - (double) reserved / channel.capacity()) * 100));
    }

    @Override public int configuredCapacity() { return channel.capacity(); }
    @Override public Instant dateCreated() { return channel.dateCreated(); }
    @Override public Instant dateUpdated() { return channel.dateUpdated(); }
    @Override public String sid() { return channel.sid(); }
    @Override public String taskChannelSid() { return channel.taskChannelSid(); }
    @Override public @Nullable String taskChannelUniqueName() { return ws.channelUniqueName(channel.taskChannelSid()); }
    @Override public String workerSid() { return channel.workerSid(); }
    @Override public String workspaceSid() { return channel.workspaceSid(); }

    @Override
    public String url() {
      return urls.url(ResourcePaths.workerChannel(channel.workspaceSid(), channel.workerSid(), channel.sid()));
    }
  }

  public record WorkerChannelList(List<WorkerChannelView> channels, ListMetaSource meta)
      implements WorkerChannelListSource {}
}
