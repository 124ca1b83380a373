package io.taskrouter.local.routing;

import io.taskrouter.expression.EvaluationContext;
import io.taskrouter.expression.KeyPath;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The data of a target expression for one task and one worker, resolved lazily so that testing a
 * candidate costs no copying: {@code task.*} from the task's attributes; {@code worker.sid},
 * {@code worker.friendly_name}, {@code worker.activity_sid}, {@code worker.activity_name} and
 * {@code worker.channel.<name>.configured_capacity|assigned_tasks|available_capacity_percentage}
 * from the worker's state (built-ins win over attributes of the same name, as in {@link
 * io.taskrouter.expression.EvaluationContextBuilder}); other {@code worker.*} keys from its
 * attributes; {@code taskrouter.*} at the decision's instant. One instance is reused.
 */
final class TargetContext implements EvaluationContext {
  private Map<String, ?> task = Map.of();
  private @Nullable WorkerEntry worker;
  private @Nullable Instant timeOf;
  private EvaluationContext time = EvaluationContext.of(Map.of());

  TargetContext bind(Map<String, ?> taskAttributes, WorkerEntry candidate, Instant now) {
    this.task = taskAttributes;
    this.worker = candidate;
    if (!now.equals(timeOf)) {
      timeOf = now;
      time = EvaluationContext.builder().time(ZonedDateTime.ofInstant(now, ZoneOffset.UTC)).build();
    }
    return this;
  }

  @Override
  public @Nullable Object resolve(KeyPath key) {
    WorkerEntry w = worker;
    switch (key.root()) {
      case "task":
        return key.resolveIn(task, 1);
      case "taskrouter":
        return time.resolve(key);
      case "worker":
        return w == null ? null : resolveWorker(key, w);
      default:
        return null;
    }
  }

  private static @Nullable Object resolveWorker(KeyPath key, WorkerEntry w) {
    if (key.size() == 2) {
      if (key.isName(1, "sid")) {
        return w.sid;
      } else if (key.isName(1, "friendly_name")) {
        return w.friendlyName;
      } else if (key.isName(1, "activity_sid")) {
        return w.activitySid;
      } else if (key.isName(1, "activity_name")) {
        return w.activityName;
      }
    }
    if (key.size() >= 3 && key.isName(1, "channel") && key.segments().get(2) instanceof String name) {
      WorkerSpec.Channel channel = w.channels.get(name);
      if (channel != null) {
        return key.size() == 4 ? channelValue(key, w, name, channel) : null;
      }
    }
    return key.resolveIn(w.attributes, 1);
  }

  private static @Nullable Object channelValue(
      KeyPath key, WorkerEntry w, String name, WorkerSpec.Channel channel) {
    WorkerEntry.Load load = w.load(name);
    if (key.isName(3, "configured_capacity")) {
      return channel.configuredCapacity();
    } else if (key.isName(3, "assigned_tasks")) {
      return load.accepted;
    } else if (key.isName(3, "available_capacity_percentage")) {
      return percentFree(channel.configuredCapacity(), load.held);
    }
    return null;
  }

  /** floor((1 - held / configured) * 100), never below 0; 0 for a channel of no capacity. */
  static int percentFree(int configured, int held) {
    if (configured <= 0) {
      return 0;
    }
    return Math.max(0, Math.floorDiv((configured - held) * 100, configured));
  }
}
