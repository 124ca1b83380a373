package io.taskrouter.local.routing;

import io.taskrouter.expression.EvaluationContext;
import io.taskrouter.expression.Expression;
import io.taskrouter.local.routing.Placement.LeftWorkflow;
import io.taskrouter.local.routing.Placement.Unmatched;
import io.taskrouter.local.routing.RoutingEvent.QueueEntered;
import io.taskrouter.local.routing.RoutingEvent.QueueMoved;
import io.taskrouter.local.routing.RoutingEvent.QueueTimedOut;
import io.taskrouter.local.routing.RoutingEvent.TargetMatched;
import io.taskrouter.local.routing.RoutingEvent.WorkflowEntered;
import io.taskrouter.local.routing.RoutingEvent.WorkflowSkipped;
import io.taskrouter.local.routing.RoutingEvent.WorkflowTimedOut;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The workflow step machine: where a task goes in a {@link RoutingPlan}.
 *
 * <p>Rules, as the service documents them:
 *
 * <ul>
 *   <li>Entering (and re-evaluation, which restarts from the top): the first filter whose
 *       expression matches the task's attributes (task context, with the {@code taskrouter.*}
 *       time variables in UTC at {@code now}); none → the default filter; no default filter →
 *       {@link Unmatched}.
 *   <li>Timeouts are cumulative against the task's age: a filter's first step starts when the
 *       task was created, each later step when the one before it ended, so three 10 s steps end
 *       at ages 10, 20 and 30 s. A step already over when it is reached (re-evaluation of an old
 *       task, a late timer) is passed at once, without events.
 *   <li>{@code skip_if} is looked at only when the step could produce no offer right now ({@link
 *       StepProbe#canOfferNow}); when it then holds, the step is skipped without taking any time.
 *       Skipping a filter's last step counts as the filter not matching: later filters are tried,
 *       then the default filter.
 *   <li>A filter's last step timing out moves the task to the next filter below that matches;
 *       the default filter is never a timeout successor. Nothing left → {@link LeftWorkflow}
 *       ({@code TIMED_OUT} when the last step timed out, {@code SKIPPED} when it was skipped).
 *   <li>The effective priority is the step's {@code priority}, else the task's current one.
 * </ul>
 *
 * <p>Events: {@code workflow.entered} on {@link #enter} only; on landing in a new step {@code
 * workflow.target-matched}, then {@code task-queue.moved} (when the task was in another queue)
 * and {@code task-queue.entered} (when the queue differs from the one it was in); {@code
 * task-queue.timeout} for the step that timed out; {@code workflow.timeout} or {@code
 * workflow.skipped} when the task leaves. Re-evaluation that lands on the step the task is in
 * emits nothing.
 */
public final class WorkflowRouter {

  private final RoutingPlan plan;

  public WorkflowRouter(RoutingPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  public RoutingPlan plan() {
    return plan;
  }

  /** A new task enters the workflow. */
  public Transition enter(RoutingTask task, Instant now, StepProbe probe) {
    Walk walk = new Walk(task, now, probe, null);
    walk.events.add(new WorkflowEntered());
    return walk.fromFilter(0, task.createdAt(), true);
  }

  /**
   * The task's attributes changed, or its workflow was updated with {@code ReEvaluateTasks}:
   * route it again from the top, keeping its age.
   *
   * @param current the step it waits in, or null when it is in none
   */
  public Transition reevaluate(@Nullable Step current, RoutingTask task, Instant now, StepProbe probe) {
    Walk walk = new Walk(task, now, probe, current);
    Transition result = walk.fromFilter(0, task.createdAt(), true);
    if (result.placement() instanceof Step step && step.samePlaceAs(current)) {
      return new Transition(step, List.of());
    }
    return result;
  }

  /**
   * The task's step timed out ({@code current.timesOutAt()} reached): the next step of the
   * filter, else the next matching filter below, else out of the workflow.
   *
   * @throws IllegalArgumentException when {@code current} is terminal (it never times out) or is
   *     not a step of this plan
   */
  public Transition timedOut(Step current, RoutingTask task, Instant now, StepProbe probe) {
    Instant ended = current.timesOutAt();
    if (ended == null || current.isDefaultFilter()) {
      throw new IllegalArgumentException(
          "step " + current.filterIndex() + "/" + current.targetIndex() + " has no timeout");
    }
    if (current.filterIndex() >= plan.filters().size()
        || current.targetIndex() >= plan.filters().get(current.filterIndex()).targets().size()) {
      throw new IllegalArgumentException("step " + current.filterIndex() + "/" + current.targetIndex()
          + " is not in this plan: re-evaluate tasks when their workflow changes");
    }
    Walk walk = new Walk(task, now, probe, current);
    walk.events.add(new QueueTimedOut(current.queueSid()));
    walk.lastLeftBy = LeftWorkflow.Reason.TIMED_OUT;
    List<StepTarget> targets = plan.filters().get(current.filterIndex()).targets();
    if (current.targetIndex() + 1 < targets.size()) {
      Step landed = walk.inFilter(current.filterIndex(), current.targetIndex() + 1, ended);
      if (landed != null) {
        return walk.land(landed);
      }
      ended = walk.cursor;
    }
    return walk.fromFilter(current.filterIndex() + 1, ended, false);
  }

  /** One routing pass: the state of the walk through filters and steps. */
  private final class Walk {
    final RoutingTask task;
    final Instant now;
    final StepProbe probe;
    final @Nullable Step from;
    final List<RoutingEvent> events = new ArrayList<>();
    final EvaluationContext filterContext;
    /** Where the next step starts: the end of the last step passed through. */
    Instant cursor;
    /** How the task left the last filter it was in (null: it entered no filter yet). */
    LeftWorkflow.@Nullable Reason lastLeftBy;

    Walk(RoutingTask task, Instant now, StepProbe probe, @Nullable Step from) {
      this.task = task;
      this.now = now;
      this.probe = probe;
      this.from = from;
      this.cursor = task.createdAt();
      this.filterContext =
          EvaluationContext.builder()
              .attributes(task.attributes())
              .time(ZonedDateTime.ofInstant(now, ZoneOffset.UTC))
              .build();
    }

    /** Matching filters from {@code first} on, then (when allowed) the default filter. */
    Transition fromFilter(int first, Instant start, boolean defaultAllowed) {
      cursor = start;
      for (int i = first; i < plan.filters().size(); i++) {
        RoutingPlan.Filter filter = plan.filters().get(i);
        if (!filter.expression().evaluate(filterContext)) {
          continue;
        }
        Step landed = inFilter(i, 0, cursor);
        if (landed != null) {
          return land(landed);
        }
        if (lastLeftBy == LeftWorkflow.Reason.TIMED_OUT) {
          defaultAllowed = false;
        }
      }
      StepTarget fallback = plan.defaultTarget();
      if (defaultAllowed && fallback != null) {
        Step step = step(Step.DEFAULT_FILTER, null, 0, fallback, null);
        if (!skips(step)) {
          return land(step);
        }
        lastLeftBy = LeftWorkflow.Reason.SKIPPED;
      }
      if (lastLeftBy == null) {
        return new Transition(new Unmatched(), events);
      }
      events.add(
          lastLeftBy == LeftWorkflow.Reason.TIMED_OUT ? new WorkflowTimedOut() : new WorkflowSkipped());
      return new Transition(new LeftWorkflow(lastLeftBy), events);
    }

    /**
     * The filter's steps from {@code first} on, the first starting at {@code start}: the step the
     * task stays in, or null when it passed or skipped them all ({@link #cursor} then holds where
     * a following filter's steps start, {@link #lastLeftBy} how it left).
     */
    @Nullable Step inFilter(int filterIndex, int first, Instant start) {
      RoutingPlan.Filter filter = plan.filters().get(filterIndex);
      cursor = start;
      for (int j = first; j < filter.targets().size(); j++) {
        StepTarget target = filter.targets().get(j);
        Instant end =
            target.timeoutSeconds() == null ? null : cursor.plusSeconds(target.timeoutSeconds());
        if (end != null && !end.isAfter(now)) {
          cursor = end; // already over: passed without stopping
          lastLeftBy = LeftWorkflow.Reason.TIMED_OUT;
          continue;
        }
        Step step = step(filterIndex, filter.name(), j, target, end);
        if (!skips(step)) {
          return step;
        }
        lastLeftBy = LeftWorkflow.Reason.SKIPPED; // skipping takes no time: cursor stays
      }
      return null;
    }

    private Step step(int filterIndex, @Nullable String name, int targetIndex, StepTarget target,
        @Nullable Instant end) {
      int priority = target.priority() != null ? target.priority() : task.priority();
      return new Step(filterIndex, name, targetIndex, target, Objects.requireNonNull(target.queueSid()),
          priority, end);
    }

    private boolean skips(Step step) {
      Expression skipIf = step.target().skipIf();
      if (skipIf == null || probe.canOfferNow(task, step, now)) {
        return false;
      }
      EvaluationContext counters =
          EvaluationContext.builder().bind("workers", probe.workerCounts(step.queueSid())).build();
      return skipIf.evaluate(counters);
    }

    Transition land(Step step) {
      events.add(new TargetMatched(step));
      String previousQueue = from == null ? null : from.queueSid();
      if (!step.queueSid().equals(previousQueue)) {
        if (previousQueue != null) {
          events.add(new QueueMoved(previousQueue, step.queueSid()));
        }
        events.add(new QueueEntered(step.queueSid()));
      }
      return new Transition(step, events);
    }
  }
}
