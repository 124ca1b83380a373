package io.taskrouter.local.api;

import io.taskrouter.local.api.StatisticsParams.WindowParams;
import io.taskrouter.local.engine.TaskChannel;
import io.taskrouter.local.engine.TaskQueue;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Event;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.render.Fields;
import io.taskrouter.local.render.StatisticsSources;
import io.taskrouter.local.stats.CumulativeStatistics;
import io.taskrouter.local.stats.CumulativeStatistics.Scope;
import io.taskrouter.local.stats.RealTimeStatistics;
import io.taskrouter.local.wire.ParamSpec;
import io.taskrouter.local.wire.WireResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the statistics operations share. Workspace, workflow and queue statistics come in three
 * shapes each (real-time, cumulative, and both together), computed for a {@link Subject}; the
 * figures come from {@code io.taskrouter.local.stats} and are written by the operation's generated
 * writer, which decides the fields.
 */
final class Statistics {
  private Statistics() {}

  /** Something statistics are asked about: its id field and path, its events, how its live figures are found. */
  record Subject(WorkspaceState ws, @Nullable String idField, @Nullable String id, String path,
      Predicate<Event> events, Scope scope, Function<Optional<String>, Fields> live) {

    static Subject workspace(WorkspaceState ws) {
      return new Subject(ws, null, null, ResourcePaths.workspace(ws.sid()), e -> true, Scope.WORKSPACE,
          channel -> RealTimeStatistics.workspace(ws, channel));
    }

    static Subject workflow(WorkspaceState ws, Workflow workflow) {
      return new Subject(ws, "workflow_sid", workflow.sid(), ResourcePaths.member(ws.sid(), "Workflows", workflow.sid()),
          e -> workflow.sid().equals(e.refs().workflowSid()), Scope.WORKFLOW,
          channel -> RealTimeStatistics.workflow(ws, workflow, channel));
    }

    static Subject queue(WorkspaceState ws, TaskQueue queue) {
      return new Subject(ws, "task_queue_sid", queue.sid(), ResourcePaths.member(ws.sid(), "TaskQueues", queue.sid()),
          e -> queue.sid().equals(e.refs().taskQueueSid()), Scope.TASK_QUEUE,
          channel -> RealTimeStatistics.queue(ws, queue, channel));
    }

    Fields ids() {
      Fields fields = new Fields().put("account_sid", ws.accountSid()).put("workspace_sid", ws.sid());
      return idField == null ? fields : fields.put(idField, id);
    }
  }

  /** The three forms statistics come in. */
  enum Shape {
    REAL_TIME("/RealTimeStatistics"), CUMULATIVE("/CumulativeStatistics"), BOTH("/Statistics");

    final String pathSuffix;

    Shape(String pathSuffix) {
      this.pathSuffix = pathSuffix;
    }

    /**
     * Real-time or cumulative alone: their figures at the top level; both: under {@code realtime}
     * and {@code cumulative}. Only the figures asked for are computed.
     */
    Map<String, @Nullable Object> assemble(Fields ids, Supplier<Fields> live, Supplier<Fields> history, String path) {
      switch (this) {
        case REAL_TIME -> ids.map().putAll(live.get().map());
        case CUMULATIVE -> ids.map().putAll(history.get().map());
        case BOTH -> ids.put("realtime", nested(ids, live.get(), path + REAL_TIME.pathSuffix))
            .put("cumulative", nested(ids, history.get(), path + CUMULATIVE.pathSuffix));
      }
      return ids.put("url", path + pathSuffix).map();
    }
  }

  /**
   * Figures nested in a combined answer, written as the endpoint of their own shape answers them:
   * with the owner's ids and that endpoint's URL (the schema has those fields there too).
   */
  static Map<String, @Nullable Object> nested(Fields ids, Fields figures, String url) {
    Fields nested = new Fields();
    nested.map().putAll(ids.map());
    nested.map().putAll(figures.map());
    return nested.put("url", url).map();
  }

  /** One subject's statistics in one shape, written by {@code writer} through its source interface. */
  static <S> WireResponse subject(Call call, Subject subject, Shape shape, Optional<String> taskChannel,
      ParamSpec channelParam, WindowParams window, List<Integer> splits, Class<S> source,
      Function<S, String> writer) {
    Optional<String> channel = channelSid(subject.ws(), channelParam, taskChannel);
    Map<String, @Nullable Object> figures = shape.assemble(subject.ids(), () -> subject.live().apply(channel),
        () -> cumulative(call, subject, channel, window, splits), call.links().url(subject.path()));
    return write(source, writer, figures);
  }

  static Fields cumulative(Call call, Subject subject, Optional<String> channel, WindowParams window,
      List<Integer> splits) {
    Predicate<Event> inChannel = e -> channel.isEmpty() || channel.get().equals(e.refs().taskChannelSid());
    return CumulativeStatistics.of(subject.ws(), subject.scope(), StatisticsParams.window(window, call.now()),
        subject.events().and(inChannel), StatisticsParams.splits(splits));
  }

  static <S> WireResponse write(Class<S> source, Function<S, String> writer, Map<String, ?> figures) {
    return WireResponse.ok(writer.apply(StatisticsSources.of(source, figures)));
  }

  static <S> S source(Class<S> source, Map<String, ?> figures) {
    return StatisticsSources.of(source, figures);
  }

  /** The TaskChannel parameter (SID or unique name) as a channel SID. */
  static Optional<String> channelSid(WorkspaceState ws, ParamSpec param, Optional<String> value) {
    return References.taskChannel(ws, param, value).map(TaskChannel::sid);
  }

}
