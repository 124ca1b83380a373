package io.taskrouter.local.engine;

import io.taskrouter.expression.Expression;
import io.taskrouter.expression.ExpressionContext;
import io.taskrouter.expression.ExpressionException;
import io.taskrouter.local.api.ApiException;
import io.taskrouter.local.json.Json;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.routing.Offer;
import io.taskrouter.local.routing.Placement;
import io.taskrouter.local.routing.QueueSpec;
import io.taskrouter.local.routing.RoutingEvent;
import io.taskrouter.local.routing.RoutingIndex;
import io.taskrouter.local.routing.RoutingPlan;
import io.taskrouter.local.routing.RoutingTask;
import io.taskrouter.local.routing.Step;
import io.taskrouter.local.routing.StepTarget;
import io.taskrouter.local.routing.TaskOrder;
import io.taskrouter.local.routing.Transition;
import io.taskrouter.local.routing.WorkerSpec;
import io.taskrouter.local.routing.WorkflowRouter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The routing core of one workspace, driven by the engine: one {@link RoutingIndex} (who can take
 * what) and one {@link WorkflowRouter} per workflow (where a task is in its workflow).
 *
 * <p>The lifecycles report every change here, each through one method per kind of resource:
 * {@link #worker} (called with the worker as it is now, after any change: it works out what
 * changed), {@link #queue}, {@link #workspaceChanged}, {@link #workflow}, and for tasks {@link
 * #enter}, {@link #reroute}, {@link #requeue}, {@link #refresh}, {@link #taskLeft}. Holds follow
 * the reservation's worker binding ({@code Worker.held}): {@link #holdAccepted}, {@link
 * #holdWrapping}, {@link #holdEnded}, beside every place that changes it.
 *
 * <p>{@link #settle} makes the offers the index finds; step timeouts are store timers that find
 * nothing to do when the task is no longer in that step.
 */
public final class WorkspaceRouting {
  /** The cancel reason written when a task times or skips out of its workflow (wording unconfirmed). */
  public static final String WORKFLOW_TIMEOUT_REASON = "Workflow Timeout";
  private static final System.Logger LOG = System.getLogger(WorkspaceRouting.class.getName());

  private final WorkspaceState ws;
  private final RoutingIndex index;
  private final Map<String, WorkflowRouter> routers = new HashMap<>();
  /** The step each workflow-routed task waits in. */
  private final Map<String, Step> steps = new HashMap<>();
  /** What the index was last told of each worker, to report only what changed. */
  private final Map<String, WorkerSpec> workers = new HashMap<>();
  private final Map<String, String> workerAttributes = new HashMap<>();

  WorkspaceRouting(WorkspaceState ws) {
    this.ws = ws;
    this.index = new RoutingIndex(ws.workspace.multiTaskEnabled, order(ws.workspace.prioritizeQueueOrder));
    this.index.whenUnsettled(() -> ws.store().unsettled(ws));
  }

  /** The index itself (tests and the harness look at memberships). */
  public RoutingIndex index() {
    return index;
  }

  // ---- configuration --------------------------------------------------------------------------

  /**
   * The routing plan of a checked workflow configuration. Refuses (as the API's error) what the
   * routing core cannot read, before anything changes.
   */
  static RoutingPlan plan(WorkflowConfiguration configuration) {
    try {
      List<RoutingPlan.Filter> filters = new ArrayList<>();
      for (WorkflowConfiguration.Filter filter : configuration.filters()) {
        List<StepTarget> targets = new ArrayList<>();
        for (WorkflowConfiguration.Target target : filter.targets()) {
          targets.add(target(target));
        }
        filters.add(new RoutingPlan.Filter(filter.friendlyName(),
            Expression.parse(filter.expression(), ExpressionContext.TASK), targets));
      }
      StepTarget fallback = configuration.defaultFilter().map(WorkspaceRouting::target).orElse(null);
      return new RoutingPlan(filters, fallback);
    } catch (IllegalArgumentException e) { // ExpressionException too
      throw ApiException.badRequest("Invalid Configuration: " + e.getMessage());
    }
  }

  private static StepTarget target(WorkflowConfiguration.Target target) {
    return StepTarget.parse(target.queueSid(), target.priority(), target.timeout(), target.expression(),
        target.orderBy(), target.skipIf(), target.knownWorkerSid(), target.knownWorkerFriendlyName());
  }

  /** A workflow was created, or its configuration replaced. */
  void workflow(Workflow workflow, RoutingPlan plan) {
    routers.put(workflow.sid, new WorkflowRouter(plan));
  }

  void workflowRemoved(String workflowSid) {
    routers.remove(workflowSid);
  }

  /** A queue was created or updated. */
  void queue(TaskQueue queue) {
    Expression targetWorkers;
    try {
      targetWorkers = queue.targetWorkers.isBlank() ? null
          : Expression.parse(queue.targetWorkers, ExpressionContext.WORKER);
    } catch (ExpressionException e) {
      targetWorkers = null; // an expression the core cannot read admits nobody
    }
    index.putQueue(new QueueSpec(queue.sid, targetWorkers, order(queue.taskOrder), queue.maxReservedWorkers));
  }

  void queueRemoved(String queueSid) {
    index.removeQueue(queueSid);
  }

  /** The workspace's multitasking or prioritize_queue_order may have changed. */
  void workspaceChanged() {
    index.setMultitasking(ws.workspace.multiTaskEnabled);
    index.setPrioritizeQueueOrder(order(ws.workspace.prioritizeQueueOrder));
  }

  // ---- workers --------------------------------------------------------------------------------

  /** The worker as it is now (created, or any of its fields or channels changed). */
  void worker(Worker worker) {
    WorkerSpec before = workers.get(worker.sid);
    Map<String, ?> attributes = before != null && worker.attributes.equals(workerAttributes.get(worker.sid))
        ? before.attributes() : Json.parseObject(worker.attributes);
    boolean available = ws.activityAvailable(worker.activitySid);
    // The index keeps idle time itself; this copy follows the same rule so that a worker re-put
    // as a whole (renamed, a channel gone) keeps its place in the longest-idle order.
    Instant idleSince = before == null ? worker.dateCreated
        : available && !before.available() ? ws.now() : before.idleSince();
    WorkerSpec now = new WorkerSpec(worker.sid, worker.friendlyName, attributes, worker.activitySid,
        String.valueOf(ws.activityName(worker.activitySid)), available, channels(worker), idleSince);
    workers.put(worker.sid, now);
    workerAttributes.put(worker.sid, worker.attributes);
    if (before == null || !before.friendlyName().equals(now.friendlyName())) {
      index.putWorker(now); // new, or renamed (known_worker_friendly_name looks names up)
      return;
    }
    if (!before.attributes().equals(now.attributes())) {
      index.updateWorkerAttributes(worker.sid, now.attributes());
    }
    if (!before.activitySid().equals(now.activitySid()) || before.available() != now.available()) {
      index.updateWorkerActivity(worker.sid, now.activitySid(), now.activityName(), now.available(), ws.now());
    }
    if (!before.channels().equals(now.channels())) {
      for (Map.Entry<String, WorkerSpec.Channel> channel : now.channels().entrySet()) {
        if (!channel.getValue().equals(before.channels().get(channel.getKey()))) {
          index.updateWorkerChannel(worker.sid, channel.getKey(), channel.getValue());
        }
      }
      if (!now.channels().keySet().containsAll(before.channels().keySet())) {
        index.putWorker(now); // a channel went away with its task channel
      }
    }
  }

  void workerRemoved(String workerSid) {
    workers.remove(workerSid);
    workerAttributes.remove(workerSid);
    index.removeWorker(workerSid);
  }

  /** Every worker again: a task channel came or went. */
  void allWorkers() {
    for (Worker worker : ws.workers.list()) {
      worker(worker);
    }
  }

  private Map<String, WorkerSpec.Channel> channels(Worker worker) {
    Map<String, WorkerSpec.Channel> channels = new TreeMap<>();
    for (WorkerChannel channel : worker.channels.values()) {
      String name = ws.channelUniqueName(channel.taskChannelSid);
      if (name != null) {
        channels.put(name, new WorkerSpec.Channel(channel.capacity, channel.available));
      }
    }
    return channels;
  }

  // ---- tasks ----------------------------------------------------------------------------------

  /** A new task: into {@code directQueue}, to the worker its routing target names, or through its workflow. */
  void enter(Task task, @Nullable TaskQueue directQueue) {
    if (directQueue != null) {
      enterQueue(task, directQueue.sid);
      index.placeTaskInQueue(snapshot(task), directQueue.sid);
      return;
    }
    WorkflowRouter router = task.workflowSid == null ? null : routers.get(task.workflowSid);
    if (router == null) {
      if (task.routingTarget != null && task.routingTarget.startsWith(Sids.WORKER)) {
        index.placeTaskForWorker(snapshot(task), Sids.normalize(task.routingTarget));
      }
      return;
    }
    apply(task, router.enter(snapshot(task), ws.now(), index));
  }

  /**
   * The task's attributes or priority changed, or its workflow was updated with ReEvaluateTasks:
   * a pending task goes through its workflow again from the top, keeping its age; any other task
   * still waiting for offers has its new values seen where it is.
   */
  void reroute(Task task) {
    WorkflowRouter router = task.workflowSid == null ? null : routers.get(task.workflowSid);
    if (task.status == TaskStatus.PENDING && router != null) {
      apply(task, router.reevaluate(steps.get(task.sid), snapshot(task), ws.now(), index));
    } else {
      refresh(task);
    }
  }

  /**
   * Every reservation of the task ended unaccepted and it waits again: routed again. When the step
   * it was in ran out while it was reserved, that step's timeout happens now.
   */
  void requeue(Task task) {
    Step step = steps.get(task.sid);
    WorkflowRouter router = task.workflowSid == null ? null : routers.get(task.workflowSid);
    if (step != null && router != null && step.timesOutAt() != null && !step.timesOutAt().isAfter(ws.now())) {
      stepTimedOut(task, step, router);
    } else {
      reroute(task);
    }
  }

  /** The task's priority, virtual start or channel changed: it keeps its place, in its new order. */
  void refresh(Task task) {
    if (!index.hasTask(task.sid)) {
      return;
    }
    Step step = steps.get(task.sid);
    if (step != null) {
      index.placeTask(snapshot(task), step);
    } else if (task.taskQueueSid != null) {
      index.placeTaskInQueue(snapshot(task), task.taskQueueSid);
    } else if (task.routingTarget != null) {
      index.placeTaskForWorker(snapshot(task), Sids.normalize(task.routingTarget));
    }
  }

  /** The task stops waiting for offers: assigned, canceled, completed, deleted. */
  void taskLeft(Task task) {
    steps.remove(task.sid);
    index.removeTask(task.sid);
  }

  private void apply(Task task, Transition transition) {
    int recorded = 0;
    // A step timing out is reported from the queue the task leaves.
    while (recorded < transition.events().size()
        && transition.events().get(recorded) instanceof RoutingEvent.QueueTimedOut) {
      record(task, transition.events().get(recorded++));
    }
    Placement placement = transition.placement();
    if (placement instanceof Step step) {
      Step before = steps.put(task.sid, step);
      task.priority = step.priority();
      if (!step.queueSid().equals(task.taskQueueSid)) {
        enterQueue(task, step.queueSid());
      }
      ws.tasks.changed();
      index.placeTask(snapshot(task), step);
      if (step.timesOutAt() != null && !step.equals(before)) {
        scheduleTimeout(task, step);
      }
    }
    for (int i = recorded; i < transition.events().size(); i++) {
      record(task, transition.events().get(i));
    }
    if (placement instanceof Placement.LeftWorkflow) {
      taskLeft(task);
      TaskLifecycle.cancel(ws, task, WORKFLOW_TIMEOUT_REASON);
    } else if (placement instanceof Placement.Unmatched) {
      taskLeft(task);
      task.taskQueueSid = null;
      ws.tasks.changed();
    }
  }

  private void enterQueue(Task task, String queueSid) {
    task.taskQueueSid = queueSid;
    task.taskQueueEnteredDate = ws.now();
    ws.tasks.changed();
  }

  private void scheduleTimeout(Task task, Step step) {
    String workspaceSid = ws.sid();
    String taskSid = task.sid;
    ws.store().schedule(Objects.requireNonNull(step.timesOutAt()), () -> {
      WorkspaceState state = ws.store().anyWorkspace(workspaceSid).orElse(null);
      Task current = state == null ? null : state.tasks.find(taskSid).orElse(null);
      if (state != ws || current == null || !step.equals(steps.get(taskSid))
          || current.status != TaskStatus.PENDING) {
        return; // stale: moved on, gone, or reserved (its requeue sees the step ran out)
      }
      WorkflowRouter router = current.workflowSid == null ? null : routers.get(current.workflowSid);
      if (router != null) {
        stepTimedOut(current, step, router);
      }
    });
  }

  private void stepTimedOut(Task task, Step step, WorkflowRouter router) {
    Transition transition;
    try {
      transition = router.timedOut(step, snapshot(task), ws.now(), index);
    } catch (IllegalArgumentException e) {
      // The workflow changed under the task without ReEvaluateTasks: route it on the new plan.
      transition = router.reevaluate(null, snapshot(task), ws.now(), index);
    }
    apply(task, transition);
  }

  private void record(Task task, RoutingEvent event) {
    Map<String, String> data = new LinkedHashMap<>();
    String description;
    if (event instanceof RoutingEvent.TargetMatched matched) {
      Step step = matched.step();
      if (step.filterName() != null) {
        data.put("workflow_filter_name", step.filterName());
      }
      data.put("workflow_filter_target_queue_sid", step.queueSid());
      if (step.target().expression() != null) {
        data.put("workflow_filter_target_expression", step.target().expression().source());
      }
      description = "Task " + task.sid + " matched a Workflow target: TaskQueue " + ws.queueName(step.queueSid());
    } else if (event instanceof RoutingEvent.QueueEntered entered) {
      description = "Task " + task.sid + " entered TaskQueue " + ws.queueName(entered.queueSid());
    } else if (event instanceof RoutingEvent.QueueMoved moved) {
      data.put("previous_task_queue_sid", moved.fromQueueSid());
      description = "Task " + task.sid + " moved from TaskQueue " + ws.queueName(moved.fromQueueSid())
          + " to TaskQueue " + ws.queueName(moved.toQueueSid());
    } else if (event instanceof RoutingEvent.QueueTimedOut timedOut) {
      description = "Task " + task.sid + " timed out of TaskQueue " + ws.queueName(timedOut.queueSid());
    } else if (event instanceof RoutingEvent.WorkflowTimedOut) {
      description = "Task " + task.sid + " timed out of Workflow " + ws.workflowName(task.workflowSid);
    } else if (event instanceof RoutingEvent.WorkflowSkipped) {
      description = "Task " + task.sid + " skipped out of Workflow " + ws.workflowName(task.workflowSid);
    } else {
      description = "Task " + task.sid + " entered Workflow " + ws.workflowName(task.workflowSid);
    }
    ws.record().task(event.type(), task, description, data);
  }

  private RoutingTask snapshot(Task task) {
    String channel = ws.channelUniqueName(task.taskChannelSid);
    return new RoutingTask(task.sid, Json.parseObject(task.attributes), task.priority, task.dateCreated,
        task.virtualStartTime, channel == null ? "default" : channel, Boolean.TRUE.equals(task.ignoreCapacity));
  }

  // ---- holds ----------------------------------------------------------------------------------

  void holdAccepted(Reservation reservation) {
    index.holdAccepted(reservation.workerSid, reservation.taskSid, ws.now());
    WorkerSpec spec = workers.get(reservation.workerSid);
    if (spec != null) {
      workers.put(spec.sid(), new WorkerSpec(spec.sid(), spec.friendlyName(), spec.attributes(), spec.activitySid(),
          spec.activityName(), spec.available(), spec.channels(), ws.now()));
    }
    steps.remove(reservation.taskSid);
  }

  void holdWrapping(Reservation reservation) {
    index.holdWrapping(reservation.workerSid, reservation.taskSid);
  }

  /** The reservation stopped binding its worker; {@code declined}: rejected or timed out. */
  void holdEnded(Reservation reservation, boolean declined) {
    index.holdEnded(reservation.workerSid, reservation.taskSid, declined);
  }

  // ---- offers ---------------------------------------------------------------------------------

  /** Makes every offer the index finds now, until it finds none. */
  void settle() {
    try {
      while (true) {
        List<Offer> offers = index.nextOffers(ws.now());
        if (offers.isEmpty()) {
          return;
        }
        for (Offer offer : offers) {
          if (!make(offer)) {
            return;
          }
        }
      }
    } finally {
      index.settled();
    }
  }

  private boolean make(Offer offer) {
    Task task = ws.tasks.find(offer.taskSid()).orElse(null);
    List<Worker> chosen = new ArrayList<>();
    for (String sid : offer.workerSids()) {
      ws.workers.find(sid).ifPresent(chosen::add);
    }
    TaskQueue queue = offer.queueSid() == null ? null : ws.taskQueues.find(offer.queueSid()).orElse(null);
    Workflow workflow = task == null || task.workflowSid == null ? null : ws.workflows.find(task.workflowSid)
        .orElse(null);
    try {
      if (task == null || chosen.size() != offer.workerSids().size()) {
        throw new IllegalArgumentException("offer of " + offer + " names what the workspace does not hold");
      }
      ReservationLifecycle.offer(ws, task, chosen, queue, workflow);
      return true;
    } catch (IllegalArgumentException e) {
      // The index and the engine disagree: a bug. Undo the holds the index counted and stop here.
      LOG.log(System.Logger.Level.ERROR, "routing proposed an impossible offer in " + ws.sid(), e);
      for (String sid : offer.workerSids()) {
        index.holdEnded(sid, offer.taskSid(), false);
      }
      return false;
    }
  }

  private static TaskOrder order(String text) {
    return TaskOrder.parse(text);
  }
}
