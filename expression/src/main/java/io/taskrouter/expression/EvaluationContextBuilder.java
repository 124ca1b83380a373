package io.taskrouter.expression;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link EvaluationContext} for target expressions: binds the {@code task} and {@code
 * worker} roots, the worker built-ins ({@code worker.sid}, {@code worker.friendly_name}, {@code
 * worker.activity_sid}, {@code worker.activity_name}, {@code worker.channel.<name>.*}) and the
 * {@code taskrouter.*} time variables. Keys under no bound root are looked up in {@link
 * #attributes(Map)}.
 *
 * <pre>{@code
 * EvaluationContext context = EvaluationContext.builder()
 *     .task(taskAttributes)
 *     .worker(workerAttributes)
 *     .workerSid("WK...")
 *     .workerChannel("voice", 1, 0, 100)
 *     .clock(clock)
 *     .build();
 * }</pre>
 *
 * <p>Maps are read when evaluating, not copied deeply. A built-in wins over a worker attribute
 * of the same name.
 */
public final class EvaluationContextBuilder {

  private static final String WORKER = "worker";

  private Map<String, ?> attributes = Collections.emptyMap();
  private final Map<String, @Nullable Object> roots = new LinkedHashMap<>();
  private final Map<String, @Nullable Object> workerBuiltIns = new LinkedHashMap<>();
  private final Map<String, Object> channels = new LinkedHashMap<>();
  private @Nullable ZonedDateTime time;

  EvaluationContextBuilder() {}

  /** The data for keys under no bound root (unprefixed keys). Empty by default. */
  public EvaluationContextBuilder attributes(Map<String, ?> attributes) {
    this.attributes = attributes;
    return this;
  }

  /** Binds the {@code task.} root to the task's attributes. */
  public EvaluationContextBuilder task(Map<String, ?> attributes) {
    return bind("task", attributes);
  }

  /** Binds the {@code worker.} root to the worker's attributes. */
  public EvaluationContextBuilder worker(Map<String, ?> attributes) {
    return bind(WORKER, attributes);
  }

  /** Binds any root name, e.g. {@code workers} to the counters of a {@code skip_if}. */
  public EvaluationContextBuilder bind(String root, @Nullable Object value) {
    roots.put(root, value);
    return this;
  }

  /** The built-in {@code worker.sid}. */
  public EvaluationContextBuilder workerSid(String sid) {
    workerBuiltIns.put("sid", sid);
    return this;
  }

  /** The built-in {@code worker.friendly_name}. */
  public EvaluationContextBuilder workerFriendlyName(String friendlyName) {
    workerBuiltIns.put("friendly_name", friendlyName);
    return this;
  }

  /** The built-ins {@code worker.activity_sid} and {@code worker.activity_name}. */
  public EvaluationContextBuilder workerActivity(String activitySid, String activityName) {
    workerBuiltIns.put("activity_sid", activitySid);
    workerBuiltIns.put("activity_name", activityName);
    return this;
  }

  /**
   * The built-ins {@code worker.channel.<uniqueName>.configured_capacity}, {@code
   * .assigned_tasks} (accepted tasks) and {@code .available_capacity_percentage} (floor((1 -
   * reservations / configured) * 100), counting pending, accepted and wrapping reservations).
   */
  public EvaluationContextBuilder workerChannel(
      String uniqueName,
      int configuredCapacity,
      int assignedTasks,
      int availableCapacityPercentage) {
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("configured_capacity", configuredCapacity);
    channel.put("assigned_tasks", assignedTasks);
    channel.put("available_capacity_percentage", availableCapacityPercentage);
    channels.put(uniqueName, channel);
    return this;
  }

  /** The instant for the {@code taskrouter.*} time variables (converted to UTC). */
  public EvaluationContextBuilder time(ZonedDateTime time) {
    this.time = time;
    return this;
  }

  /** Reads the time variables' instant from {@code clock} once, in {@link #build()}. */
  public EvaluationContextBuilder clock(Clock clock) {
    return time(ZonedDateTime.now(clock));
  }

  /** The context. Later changes to this builder do not affect it. */
  public EvaluationContext build() {
    Map<String, @Nullable Object> bound = new LinkedHashMap<>(roots);
    if (!workerBuiltIns.isEmpty() || !channels.isEmpty()) {
      bound.put(WORKER, workerWithBuiltIns(bound.get(WORKER)));
    }
    if (time != null) {
      bound.put("taskrouter", TimeVariables.at(time));
    }
    return new RootedContext(bound, attributes);
  }

  private Map<Object, @Nullable Object> workerWithBuiltIns(@Nullable Object workerAttributes) {
    Map<Object, @Nullable Object> worker = new LinkedHashMap<>();
    if (workerAttributes instanceof Map) {
      worker.putAll((Map<?, ?>) workerAttributes);
    }
    worker.putAll(workerBuiltIns);
    if (!channels.isEmpty()) {
      Map<Object, @Nullable Object> channel = new LinkedHashMap<>();
      Object attributeChannels = worker.get("channel");
      if (attributeChannels instanceof Map) {
        channel.putAll((Map<?, ?>) attributeChannels);
      }
      channel.putAll(channels);
      worker.put("channel", channel);
    }
    return worker;
  }
}
