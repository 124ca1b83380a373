package io.taskrouter.local.engine;

import io.taskrouter.local.model.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small stand-in for the routing core, so reservations work end to end until the
 * core's queue index replaces it (in {@link Store}). Its whole policy: the waiting tasks that sit
 * in a queue, highest priority first, then oldest ({@code virtual_start_time}); each goes to the
 * first workers of the workspace, in creation order, that belong to the queue
 * ({@code target_workers}), {@link ReservationLifecycle#canTake can take it} and have not already
 * rejected it or let it time out; up to the queue's {@code max_reserved_workers}.
 *
 * <p>Not here (the core's): LIFO queues and {@code prioritize_queue_order}, target expressions,
 * {@code order_by}, step timeouts, {@code skip_if}, known workers, tasks routed straight to a
 * worker, longest-idle selection. It scans rather than indexes.
 */
final class InterimOffers implements OfferPolicy {
  private static final Comparator<Task> QUEUE_ORDER = Comparator.comparingInt((Task t) -> -t.priority)
      .thenComparing(t -> t.virtualStartTime)
      .thenComparingLong(t -> t.sequence);

  @Override
  public List<Offer> offers(WorkspaceState ws) {
    List<Worker> free = ws.workers.stream().filter(w -> ws.activityAvailable(w.activitySid)).toList();
    if (free.isEmpty()) {
      return List.of();
    }
    List<Task> waiting = ws.tasks.stream()
        .filter(t -> t.status == TaskStatus.PENDING && t.taskQueueSid != null)
        .sorted(QUEUE_ORDER)
        .toList();
    List<Offer> offers = new ArrayList<>();
    // What this batch already promised: offers are applied after the whole batch is chosen.
    Set<String> promised = new HashSet<>();
    Map<String, Integer> promisedLoad = new HashMap<>();
    for (Task task : waiting) {
      TaskQueue queue = ws.taskQueues.find(task.taskQueueSid).orElse(null);
      if (queue == null) {
        continue;
      }
      List<Worker> chosen = new ArrayList<>();
      for (Worker worker : free) {
        if (chosen.size() == queue.maxReservedWorkers) {
          break;
        }
        String load = worker.sid + "/" + task.taskChannelSid;
        if (!ReservationLifecycle.canTake(ws, worker, task) || task.declinedBy(worker.sid)
            || !Routing.isMember(ws, queue, worker) || !roomLeft(ws, worker, task, promised, promisedLoad, load)) {
          continue;
        }
        chosen.add(worker);
      }
      for (Worker worker : chosen) {
        promised.add(worker.sid);
        promisedLoad.merge(worker.sid + "/" + task.taskChannelSid, 1, Integer::sum);
      }
      if (!chosen.isEmpty()) {
        Workflow workflow = task.workflowSid == null ? null : ws.workflows.find(task.workflowSid).orElse(null);
        offers.add(new Offer(task, chosen, queue, workflow));
      }
    }
    return offers;
  }

  /** {@link ReservationLifecycle#canTake} on the state as the batch's earlier offers will leave it. */
  private static boolean roomLeft(WorkspaceState ws, Worker worker, Task task, Set<String> promised,
      Map<String, Integer> promisedLoad, String load) {
    if (!ws.workspace.multiTaskEnabled) {
      return !promised.contains(worker.sid);
    }
    if (Boolean.TRUE.equals(task.ignoreCapacity)) {
      return true;
    }
    WorkerChannel channel = worker.channels.get(task.taskChannelSid);
    return channel != null && worker.load(task.taskChannelSid) + promisedLoad.getOrDefault(load, 0) < channel.capacity;
  }
}
