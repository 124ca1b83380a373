package io.taskrouter.expression;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where an expression is used, which decides the keys it may contain. Syntax is the same
 * everywhere; {@link Expression#parse(String, ExpressionContext)} checks the keys.
 */
public enum ExpressionContext {

  /**
   * TaskQueue {@code target_workers} and {@code EvaluateWorkerAttributes}: keys are worker
   * attributes, unprefixed. The {@code taskrouter.*} time variables are not available here.
   */
  WORKER("a worker attribute") {
    @Override
    @Nullable String problem(KeyPath key) {
      return isTimeVariable(key)
          ? "time variables such as taskrouter.currentTime are only available in workflow filter"
              + " and target expressions"
          : null;
    }
  },

  /**
   * Workflow filter {@code expression} and {@code EvaluateTaskAttributes}: keys are task
   * attributes, unprefixed, plus the {@code taskrouter.*} time variables.
   */
  TASK("a task attribute or a taskrouter time variable") {
    @Override
    @Nullable String problem(KeyPath key) {
      return key.root().equals(TASKROUTER) ? timeVariableProblem(key) : null;
    }
  },

  /**
   * Workflow target {@code expression}: every key starts with {@code task.} or {@code worker.}
   * (worker built-ins such as {@code worker.sid} and {@code worker.channel.voice.assigned_tasks}
   * included), or is a {@code taskrouter.*} time variable.
   */
  TARGET("a key starting with task. or worker.") {
    @Override
    @Nullable String problem(KeyPath key) {
      if (key.root().equals(TASKROUTER)) {
        return timeVariableProblem(key);
      }
      boolean prefixed = key.isName(0, "task") || key.isName(0, "worker");
      return prefixed && key.size() > 1 && key.segments().get(1) instanceof String
          ? null
          : "keys in a target expression must start with task. or worker.";
    }
  },

  /**
   * Workflow target {@code skip_if}: keys are the step queue's counters {@code workers.available},
   * {@code workers.unavailable} and {@code workers.WA<activity sid>}.
   */
  SKIP_IF("workers.available, workers.unavailable or workers.WA<activity sid>") {
    @Override
    @Nullable String problem(KeyPath key) {
      boolean counter =
          key.size() == 2
              && key.isName(0, "workers")
              && (key.isName(1, "available")
                  || key.isName(1, "unavailable")
                  || ACTIVITY_SID.matcher(String.valueOf(key.segments().get(1))).matches());
      return counter
          ? null
          : "keys in a skip_if expression must be workers.available, workers.unavailable or"
              + " workers.WA followed by 32 hexadecimal digits (an activity SID)";
    }
  };

  private static final String TASKROUTER = "taskrouter";
  private static final Set<String> TIME_VARIABLES =
      new HashSet<>(Arrays.asList("currentTime", "currentHour", "currentMin", "dayOfWeek"));
  private static final Pattern ACTIVITY_SID = Pattern.compile("WA[0-9a-fA-F]{32}");

  private final String expectedKey;

  ExpressionContext(String expectedKey) {
    this.expectedKey = expectedKey;
  }

  /** Whether a key may appear in an expression of this context. */
  public boolean allows(KeyPath key) {
    return problem(key) == null;
  }

  /** Why {@code key} is not allowed here, or null when it is. */
  abstract @Nullable String problem(KeyPath key);

  /** Throws when a key of the parsed expression is not allowed here. */
  void check(String source, Node root) {
    for (KeyOperand key : KeyCollector.keys(root)) {
      String problem = problem(key.path());
      if (problem != null) {
        String found = "'" + Printer.abbreviate(key.toString()) + "'";
        throw new ExpressionException(
            source, key.position(), expectedKey, found, problem + ", but found " + found);
      }
    }
  }

  private static boolean isTimeVariable(KeyPath key) {
    return key.size() == 2
        && key.isName(0, TASKROUTER)
        && TIME_VARIABLES.contains(String.valueOf(key.segments().get(1)));
  }

  private static @Nullable String timeVariableProblem(KeyPath key) {
    return isTimeVariable(key)
        ? null
        : "the only taskrouter keys are taskrouter.currentTime, taskrouter.currentHour,"
            + " taskrouter.currentMin and taskrouter.dayOfWeek";
  }
}
