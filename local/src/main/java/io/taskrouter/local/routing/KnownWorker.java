package io.taskrouter.local.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A target's {@code known_worker_sid} or {@code known_worker_friendly_name}: the value names the
 * task attribute ({@code task.agent_sid}) that holds the worker's SID or friendly name. A task
 * whose attribute is missing, null or not a string has no known worker and waits in the step.
 */
public record KnownWorker(By by, List<String> taskAttribute) {

  /** What the task attribute holds. */
  public enum By {
    SID,
    FRIENDLY_NAME
  }

  public KnownWorker {
    taskAttribute = List.copyOf(taskAttribute);
  }

  /**
   * From the target's text: {@code task.agent_sid} (the {@code task.} prefix is optional).
   *
   * @throws IllegalArgumentException when the text names no attribute
   */
  public static KnownWorker parse(By by, String text) {
    String path = text.trim().startsWith("task.") ? text.trim().substring(5) : text.trim();
    List<String> names = Arrays.asList(path.split("\\.", -1));
    if (path.isEmpty() || names.contains("")) {
      String key = by == By.SID ? "known_worker_sid" : "known_worker_friendly_name";
      throw new IllegalArgumentException(
          key + " must name a task attribute such as task.agent, but was '" + text + "'");
    }
    return new KnownWorker(by, names);
  }

  /** The SID or friendly name the task names, or null when it names none. */
  public @Nullable String valueIn(Map<String, ?> taskAttributes) {
    Object value = taskAttributes;
    for (String name : taskAttribute) {
      value = value instanceof Map<?, ?> map ? map.get(name) : null;
    }
    return value instanceof String s ? s : null;
  }

  /** Whether the worker is the one the task names. */
  boolean names(@Nullable String value, String workerSid, String workerFriendlyName) {
    return value != null && value.equals(by == By.SID ? workerSid : workerFriendlyName);
  }
}
