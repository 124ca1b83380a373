package io.taskrouter.local.engine;

import io.taskrouter.local.json.Json;
import io.taskrouter.local.match.AttributeMatcher;
import io.taskrouter.local.match.InvalidExpressionException;
import io.taskrouter.local.model.TaskStatus;
import io.taskrouter.local.model.WorkflowConfiguration;
import io.taskrouter.local.model.WorkflowConfiguration.Target;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where routing decisions are made. A task entering its workflow is matched against the filters
 * (first match wins, else the default filter) and waits in the first target's queue, taking the
 * target's priority if it sets one. Offers to workers are made in {@link #settle}, which the
 * engine runs after every command and every timer, on the engine thread: it asks the store's
 * {@link OfferPolicy} which waiting task goes to which workers and applies each offer with
 * {@link ReservationLifecycle#offer}. Step timeouts and skip_if belong to the routing core.
 */
public final class Routing {
  private Routing() {}

  private static final System.Logger LOG = System.getLogger(Routing.class.getName());

  /**
   * The state after a change, brought to what follows from it: every offer the policy finds is
   * made, and the policy is asked again (an offer changes what is free) until it finds none. No
   * change needs to announce itself: a task created or waiting again, a worker whose activity,
   * attributes or capacity changed, a reservation that ended, are all found here by looking.
   */
  static void settle(Store store) {
    for (WorkspaceState ws : store.allWorkspaces()) {
      settle(store.offers(), ws);
    }
  }

  private static void settle(OfferPolicy policy, WorkspaceState ws) {
    while (true) {
      List<OfferPolicy.Offer> offers = policy.offers(ws);
      if (offers.isEmpty()) {
        return;
      }
      for (OfferPolicy.Offer offer : offers) {
        try {
          ReservationLifecycle.offer(ws, offer.task(), offer.workers(), offer.queue(), offer.workflow());
        } catch (IllegalArgumentException e) {
          // A policy proposing an offer the state does not allow is a bug; the offer changed nothing,
          // and asking again would propose it again.
          LOG.log(System.Logger.Level.ERROR, "routing proposed an impossible offer in " + ws.sid(), e);
          return;
        }
      }
    }
  }

  /**
   * A reserved task whose reservations all ended unaccepted waits again: it is routed again
   * through its workflow (keeping its age), and the next settle offers it anew.
   */
  static void requeue(WorkspaceState ws, Task task) {
    reevaluate(ws, task);
  }

  /** A new task: into {@code directQueue} if given, else through its workflow. */
  static void enter(WorkspaceState ws, Task task, @Nullable TaskQueue directQueue) {
    if (directQueue != null) {
      place(ws, task, directQueue.sid, null);
      return;
    }
    Workflow workflow = task.workflowSid == null ? null : ws.workflows.find(task.workflowSid).orElse(null);
    if (workflow == null) {
      return; // routed to a worker directly: waits for the router
    }
    ws.record().task("workflow.entered", task, "Task " + task.sid + " entered Workflow " + workflow.friendlyName,
        Map.of());
    select(ws, workflow.parsed, task).ifPresent(target -> place(ws, task, target.queueSid(), target));
  }

  /**
   * The task's attributes or its workflow changed while it waits: route it again. It keeps its age;
   * if the workflow now sends it to another queue it moves there.
   */
  static void reevaluate(WorkspaceState ws, Task task) {
    if (task.status != TaskStatus.PENDING || task.workflowSid == null) {
      return;
    }
    Optional<Workflow> workflow = ws.workflows.find(task.workflowSid);
    if (workflow.isEmpty()) {
      return;
    }
    Optional<Target> target = select(ws, workflow.get().parsed, task);
    if (target.isEmpty()) {
      return;
    }
    String previous = task.taskQueueSid;
    if (Objects.equals(previous, target.get().queueSid())) {
      if (target.get().priority() != null) {
        task.priority = target.get().priority();
        ws.tasks.changed();
      }
      return;
    }
    place(ws, task, target.get().queueSid(), target.get());
    if (previous != null) {
      ws.record().task("task-queue.moved", task, "Task " + task.sid + " moved to TaskQueue " + task.taskQueueSid,
          Map.of("previous_task_queue_sid", previous));
    }
  }

  /** Whether the queue's target_workers expression holds for the worker. */
  public static boolean isMember(AttributeMatcher matcher, TaskQueue queue, Map<String, ?> workerAttributes) {
    if (queue.targetWorkers.isBlank()) {
      return false; // an empty expression makes nobody eligible
    }
    try {
      return matcher.matches(queue.targetWorkers, workerAttributes);
    } catch (InvalidExpressionException e) {
      return false;
    }
  }

  public static boolean isMember(WorkspaceState ws, TaskQueue queue, Worker worker) {
    return isMember(ws.store().matcher(), queue, Json.parseObject(worker.attributes));
  }

  private static Optional<Target> select(WorkspaceState ws, WorkflowConfiguration configuration, Task task) {
    Map<String, Object> attributes = Json.parseObject(task.attributes);
    for (WorkflowConfiguration.Filter filter : configuration.filters()) {
      if (holds(ws.store().matcher(), filter.expression(), attributes)) {
        return Optional.of(filter.targets().get(0));
      }
    }
    return configuration.defaultFilter();
  }

  private static boolean holds(AttributeMatcher matcher, String expression, Map<String, ?> attributes) {
    try {
      return matcher.matches(expression, attributes);
    } catch (InvalidExpressionException e) {
      return false; // an expression the matcher cannot read matches nothing
    }
  }

  private static void place(WorkspaceState ws, Task task, String queueSid, @Nullable Target target) {
    if (target != null && target.priority() != null) {
      task.priority = target.priority();
    }
    task.taskQueueSid = queueSid;
    task.taskQueueEnteredDate = ws.now();
    ws.tasks.changed();
    if (target != null) {
      ws.record().task("workflow.target-matched", task, "Task " + task.sid + " matched a workflow target",
          Map.of());
    }
    ws.record().task("task-queue.entered", task, "Task " + task.sid + " entered TaskQueue "
        + ws.queueName(queueSid), Map.of());
  }
}
