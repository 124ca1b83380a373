package io.taskrouter.local.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Who can take what, indexed, and the offers to make now.
 *
 * <p><b>What is indexed.</b> Per queue: its member workers (those whose attributes match {@code
 * target_workers}, re-evaluated only for a worker whose attributes change, or for every worker
 * when the queue's expression changes); the members that can take a task now, per channel, in
 * longest-idle order; and the tasks that still have offers to make, per channel, in queue order.
 * Per worker: its queues, its holds (reservations pending, accepted or wrapping) and its load per
 * channel. One decision therefore looks only at the task's queue, or at the worker's queues,
 * never at the whole workspace.
 *
 * <p><b>Who can take a task.</b> A worker is offered a task when it is a member of the task's
 * queue (or is the worker the task is routed to), its activity is available, it has room (single
 * tasking: it holds no reservation at all; multitasking: the task's channel is available on the
 * worker and its pending + accepted + wrapping count is below {@code configured_capacity}; both
 * skipped for a task that ignores capacity), it does not already hold this task, it is the known
 * worker when the step names one, and the step's target expression holds for the task and it.
 *
 * <p><b>Which workers first.</b> By the step's {@code order_by} when it has one, then longest
 * idle, then SID. Idle since: the later of the last time the worker's activity went from
 * unavailable to available and the last time it accepted a reservation ({@link
 * #holdAccepted}); a new worker starts at {@link WorkerSpec#idleSince()}. Offers alone do not
 * reset it. Workers that rejected the task or let an offer of it time out come after every other
 * candidate: the service moves on to the next worker after a rejection, yet re-offers to the same
 * worker when it is the only one left available (which is why its docs advise a rejecting worker
 * to go unavailable). Up to the queue's {@code max_reserved_workers} offers are out per task at a
 * time (one for a task routed straight to a worker).
 *
 * <p><b>Which task first for a worker.</b> When a worker could take tasks from several of its
 * queues, it gets the task that comes first by this order: tasks of queues whose {@code
 * task_order} is the workspace's {@code prioritize_queue_order} before tasks of the other kind
 * (the service describes that setting as the kind of queue to prioritize when a worker receives
 * tasks from both kinds); then, among FIFO tasks, higher priority, then older {@code
 * virtual_start_time}; among LIFO tasks, newer {@code virtual_start_time} (LIFO ordering does not
 * look at priority); then task SID. Tasks routed straight to a worker count as FIFO. The same
 * order decides which task is served first when several are waiting for decisions, so a worker
 * that becomes free is never handed a later task while an earlier one it could take waits.
 *
 * <p><b>How the engine drives it.</b> Report every change with the methods below; then, in the
 * settle step after every command and timer, call {@link #nextOffers(Instant)} and create one
 * reservation per returned worker. Each returned offer is already counted as a pending hold;
 * report how each ends ({@link #holdAccepted}, {@link #holdWrapping}, {@link #holdEnded}). An
 * empty list means routing is settled. Single-threaded: call on the engine thread only.
 */
public final class RoutingIndex implements StepProbe {

  /** The channel key of every task and worker in a single-tasking workspace. */
  private static final String ANY_CHANNEL = "";

  private boolean multitasking;
  private TaskOrder prioritizeQueueOrder;
  private final Comparator<TaskEntry> precedence = this::precedence;
  /** By SID, so that walking every queue needs no sort (a worker's memberships are worked out in SID order). */
  private final TreeMap<String, QueueEntry> queues = new TreeMap<>();
  private final Map<String, WorkerEntry> workers = new HashMap<>();
  private final Map<String, TreeMap<String, WorkerEntry>> workersByName = new HashMap<>();
  private final Map<String, TaskEntry> tasks = new HashMap<>();
  private final Map<String, TreeSet<TaskEntry>> directTasks = new HashMap<>();
  private final TreeSet<TaskEntry> dirtyTasks = new TreeSet<>(precedence);
  private final TreeMap<String, WorkerEntry> dirtyWorkers = new TreeMap<>();
  private final TargetContext targetContext = new TargetContext();
  /** Told when the index goes from settled to having decisions to make (see {@link #whenUnsettled}). */
  private Runnable whenUnsettled = () -> {};
  private boolean unsettled;

  /**
   * @param multitasking whether the workspace is multitasking (channel capacity gates offers)
   * @param prioritizeQueueOrder the workspace's {@code prioritize_queue_order}
   */
  public RoutingIndex(boolean multitasking, TaskOrder prioritizeQueueOrder) {
    this.multitasking = multitasking;
    this.prioritizeQueueOrder = Objects.requireNonNull(prioritizeQueueOrder);
  }

  // ---------------------------------------------------------------- workspace

  /** The workspace's {@code prioritize_queue_order} changed. */
  public void setPrioritizeQueueOrder(TaskOrder order) {
    List<TaskEntry> dirty = new ArrayList<>(dirtyTasks);
    dirtyTasks.clear();
    prioritizeQueueOrder = order;
    dirtyTasks.addAll(dirty); // only this set mixes kinds; every other set holds one kind
  }

  /** The workspace became multitasking (or, for tests, single-tasking): every entry is re-keyed. */
  public void setMultitasking(boolean enabled) {
    if (enabled == multitasking) {
      return;
    }
    List<TaskEntry> all = new ArrayList<>(tasks.values());
    all.forEach(this::unlist);
    workers.values().forEach(this::withdraw);
    multitasking = enabled;
    workers.values().forEach(this::enroll);
    all.forEach(this::list);
    workers.values().forEach(this::markDirty);
    all.forEach(this::markDirty);
  }

  // ---------------------------------------------------------------- queues

  /** A queue was created or updated (expression, task order, max reserved workers). */
  public void putQueue(QueueSpec spec) {
    QueueEntry queue = queues.get(spec.sid());
    if (queue == null) {
      queue = new QueueEntry(spec, precedence);
      queues.put(spec.sid(), queue);
      for (WorkerEntry worker : workers.values()) {
        if (queue.admits(worker)) {
          join(queue, worker);
        }
      }
      return;
    }
    List<TaskEntry> waiting = tasksIn(queue);
    for (TaskEntry task : waiting) { // out of every sorted set: the queue's order may change
      unlist(task);
      if (task.dirty) {
        dirtyTasks.remove(task);
        task.dirty = false;
      }
    }
    boolean expressionChanged = !Objects.equals(queue.targetWorkers, spec.targetWorkers());
    queue.apply(spec);
    if (expressionChanged) {
      for (WorkerEntry worker : workers.values()) {
        reconsider(queue, worker);
      }
    }
    waiting.forEach(this::list);
    waiting.forEach(this::markDirty);
  }

  /**
   * A queue was deleted.
   *
   * @throws IllegalStateException when tasks are still placed in it (move or remove them first)
   */
  public void removeQueue(String queueSid) {
    QueueEntry queue = queues.get(queueSid);
    if (queue == null) {
      return;
    }
    if (!queue.placed.isEmpty()) {
      throw new IllegalStateException(
          "queue " + queueSid + " still holds " + queue.placed.size() + " tasks; move or remove them first");
    }
    for (WorkerEntry worker : new ArrayList<>(queue.members.values())) {
      leave(queue, worker);
    }
    queues.remove(queueSid);
  }

  // ---------------------------------------------------------------- workers

  /**
   * A worker was created, or replaced as a whole. Its queue memberships are evaluated again only
   * when it is new or its attributes changed. Holds are kept.
   */
  public void putWorker(WorkerSpec spec) {
    WorkerEntry worker = workers.get(spec.sid());
    if (worker == null) {
      worker = new WorkerEntry(spec);
      workers.put(spec.sid(), worker);
      byName(worker.friendlyName).put(worker.sid, worker);
      enroll(worker);
      for (QueueEntry queue : sortedQueues()) {
        if (queue.admits(worker)) {
          join(queue, worker);
        }
      }
      markDirty(worker);
      return;
    }
    boolean attributesChanged = !worker.attributes.equals(spec.attributes());
    withdraw(worker);
    count(worker, -1);
    removeName(worker);
    worker.apply(spec);
    byName(worker.friendlyName).put(worker.sid, worker);
    count(worker, 1);
    enroll(worker);
    if (attributesChanged) {
      remember(worker);
    }
    markDirty(worker);
  }

  /** The worker's attributes changed: its memberships are evaluated again, nobody else's. */
  public void updateWorkerAttributes(String workerSid, Map<String, ?> attributes) {
    WorkerEntry worker = worker(workerSid);
    worker.attributes = attributes;
    remember(worker);
    markDirty(worker);
  }

  /**
   * The worker's activity changed. Going from an unavailable to an available activity restarts
   * its idle time at {@code at}.
   */
  public void updateWorkerActivity(
      String workerSid, String activitySid, String activityName, boolean available, Instant at) {
    WorkerEntry worker = worker(workerSid);
    withdraw(worker);
    count(worker, -1);
    if (available && !worker.available) {
      worker.idleSince = at;
    }
    worker.activitySid = activitySid;
    worker.activityName = activityName;
    worker.available = available;
    count(worker, 1);
    enroll(worker);
    markDirty(worker);
  }

  /** One of the worker's channels changed capacity or availability. */
  public void updateWorkerChannel(String workerSid, String channel, WorkerSpec.Channel state) {
    WorkerEntry worker = worker(workerSid);
    withdraw(worker);
    Map<String, WorkerSpec.Channel> channels = new TreeMap<>(worker.channels);
    channels.put(channel, state);
    worker.channels = channels;
    enroll(worker);
    markDirty(worker);
  }

  /** A worker was deleted: its holds are dropped and the tasks they were for can be offered again. */
  public void removeWorker(String workerSid) {
    WorkerEntry worker = workers.get(workerSid);
    if (worker == null) {
      return;
    }
    withdraw(worker);
    for (QueueEntry queue : new ArrayList<>(worker.queues.values())) {
      leave(queue, worker);
    }
    for (String taskSid : new ArrayList<>(worker.holds.keySet())) {
      WorkerEntry.Hold hold = worker.release(taskSid);
      TaskEntry task = tasks.get(taskSid);
      if (task != null && hold != null && hold.status() == HoldStatus.PENDING) {
        changePending(task, -1);
      }
    }
    removeName(worker);
    workers.remove(workerSid);
    dirtyWorkers.remove(workerSid);
  }

  // ---------------------------------------------------------------- tasks

  /** The task waits in a workflow step (after {@link WorkflowRouter} placed it). */
  public void placeTask(RoutingTask task, Step step) {
    place(task, queue(step.queueSid()), null, step.target(), step.priority());
  }

  /** The task waits in a queue with no workflow step ({@code RoutingTarget} naming a queue). */
  public void placeTaskInQueue(RoutingTask task, String queueSid) {
    place(task, queue(queueSid), null, null, task.priority());
  }

  /**
   * The task waits for one worker ({@code RoutingTarget} naming a worker SID); the worker need not
   * exist yet.
   */
  public void placeTaskForWorker(RoutingTask task, String workerSid) {
    place(task, null, workerSid, null, task.priority());
  }

  /**
   * The task no longer waits for offers: assigned, canceled, completed, deleted, or out of its
   * workflow. Holds for it stay with their workers until reported ended.
   */
  public void removeTask(String taskSid) {
    TaskEntry task = tasks.remove(taskSid);
    if (task != null) {
      detach(task);
    }
  }

  /** Whether the task waits for offers in the index. */
  public boolean hasTask(String taskSid) {
    return tasks.containsKey(taskSid);
  }

  // ---------------------------------------------------------------- holds

  /**
   * The worker accepted its reservation of the task: the hold now counts as an assigned task, the
   * worker's idle time restarts at {@code at}, and the task stops waiting (as {@link #removeTask}).
   * The engine still reports the other pending holds of the task as ended (rescinded).
   */
  public void holdAccepted(String workerSid, String taskSid, Instant at) {
    WorkerEntry worker = worker(workerSid);
    requireHold(worker, taskSid);
    withdraw(worker);
    WorkerEntry.Hold hold = worker.holds.get(taskSid);
    worker.hold(taskSid, hold.channel(), HoldStatus.ACCEPTED);
    worker.idleSince = at;
    enroll(worker);
    TaskEntry task = tasks.get(taskSid);
    if (task != null) {
      task.pending--;
      removeTask(taskSid);
    }
    markDirty(worker);
  }

  /** The task the worker holds went to wrapping; it still counts against capacity. */
  public void holdWrapping(String workerSid, String taskSid) {
    WorkerEntry worker = worker(workerSid);
    requireHold(worker, taskSid);
    worker.hold(taskSid, worker.holds.get(taskSid).channel(), HoldStatus.WRAPPING);
  }

  /**
   * The worker's hold of the task ended: rejected, timed out, canceled, rescinded, or the task
   * completed. With {@code declined} (rejected or timed out) the worker comes after every other
   * candidate for this task from now on. Does nothing when the worker holds no such task.
   */
  public void holdEnded(String workerSid, String taskSid, boolean declined) {
    WorkerEntry worker = workers.get(workerSid);
    if (worker == null || !worker.holds.containsKey(taskSid)) {
      return;
    }
    withdraw(worker);
    WorkerEntry.Hold hold = worker.release(taskSid);
    enroll(worker);
    TaskEntry task = tasks.get(taskSid);
    if (task != null) {
      if (declined) {
        task.decline(workerSid);
      }
      if (hold != null && hold.status() == HoldStatus.PENDING) {
        changePending(task, -1);
      }
    }
    markDirty(worker);
  }

  // ---------------------------------------------------------------- decisions

  /**
   * The offers to make now, in the order they were decided; empty when routing is settled. Each is
   * already counted as a pending hold. Call until it returns an empty list after every command and
   * timer (one call normally settles; new changes need a new call).
   *
   * @param now the instant of the decisions (for {@code taskrouter.*} in target expressions)
   */
  /**
   * {@code listener} is told once each time a change leaves decisions to make, until {@link
   * #settled}: the engine settles only the workspaces whose index has something to decide.
   */
  public void whenUnsettled(Runnable listener) {
    this.whenUnsettled = Objects.requireNonNull(listener, "listener");
  }

  /** The owner has made the offers {@link #nextOffers} found: the next change tells the listener again. */
  public void settled() {
    unsettled = false;
  }

  public List<Offer> nextOffers(Instant now) {
    List<Offer> offers = new ArrayList<>(1);
    Map<TaskEntry, List<WorkerEntry>> wantedBy = new HashMap<>(4);
    while (true) {
      while (!dirtyWorkers.isEmpty()) {
        WorkerEntry worker = dirtyWorkers.pollFirstEntry().getValue();
        TaskEntry best = bestTaskFor(worker, now);
        if (best != null) {
          markDirty(best);
          wantedBy.computeIfAbsent(best, t -> new ArrayList<>()).add(worker);
        }
      }
      TaskEntry task = dirtyTasks.pollFirst();
      if (task == null) {
        return offers;
      }
      task.dirty = false;
      Offer offer = offer(task, now);
      if (offer != null) {
        offers.add(offer);
      }
      List<WorkerEntry> wanting = wantedBy.remove(task);
      if (wanting != null) {
        wanting.forEach(this::markDirty); // each looks again: this task may have gone elsewhere
      }
    }
  }

  @Override
  public boolean canOfferNow(RoutingTask task, Step step, Instant now) {
    TaskEntry probe = new TaskEntry(task);
    probe.queue = queue(step.queueSid());
    probe.target = step.target();
    probe.priority = step.priority();
    return !candidates(probe, now, 1).isEmpty();
  }

  @Override
  public Map<String, Integer> workerCounts(String queueSid) {
    QueueEntry queue = queue(queueSid);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("available", queue.availableMembers);
    counts.put("unavailable", queue.members.size() - queue.availableMembers);
    counts.putAll(queue.membersByActivity);
    return counts;
  }

  /** The queue's member workers' SIDs, sorted. */
  public List<String> membersOf(String queueSid) {
    return List.copyOf(queue(queueSid).members.keySet());
  }

  /** The SIDs of the queues the worker is a member of, sorted. */
  public List<String> queuesOf(String workerSid) {
    return List.copyOf(worker(workerSid).queues.keySet());
  }

  // ---------------------------------------------------------------- selection

  /** Offers the task to as many candidates as it has offers left, and records the holds. */
  private @Nullable Offer offer(TaskEntry task, Instant now) {
    int room = task.offerLimit() - task.pending;
    if (room <= 0) {
      return null;
    }
    List<WorkerEntry> chosen = candidates(task, now, room);
    if (chosen.isEmpty()) {
      return null;
    }
    List<String> sids = new ArrayList<>(chosen.size());
    for (WorkerEntry worker : chosen) {
      withdraw(worker);
      worker.hold(task.sid(), task.task.channel(), HoldStatus.PENDING);
      enroll(worker);
      markDirty(worker);
      sids.add(worker.sid);
    }
    changePending(task, chosen.size());
    return new Offer(task.sid(), task.queue == null ? null : task.queue.sid, sids);
  }

  /** Up to {@code limit} workers to offer the task to, best first. */
  private List<WorkerEntry> candidates(TaskEntry task, Instant now, int limit) {
    if (task.queue == null) {
      WorkerEntry worker = task.directWorkerSid == null ? null : workers.get(task.directWorkerSid);
      return worker != null && eligible(worker, task, now) ? List.of(worker) : List.of();
    }
    StepTarget target = task.target;
    OrderBy orderBy = target == null ? null : target.orderBy();
    Collection<WorkerEntry> source = source(task);
    List<WorkerEntry> fresh = new ArrayList<>();
    List<WorkerEntry> declined = new ArrayList<>();
    if (orderBy == null && source instanceof TreeSet) {
      for (WorkerEntry worker : source) { // already longest idle first
        if (fresh.size() >= limit) {
          break;
        }
        if (eligible(worker, task, now)) {
          (task.declinedBy(worker.sid) ? declined : fresh).add(worker);
        }
      }
    } else {
      List<WorkerEntry> all = new ArrayList<>();
      for (WorkerEntry worker : source) {
        if (eligible(worker, task, now)) {
          all.add(worker);
        }
      }
      Comparator<WorkerEntry> order = WorkerEntry.LONGEST_IDLE;
      if (orderBy != null) {
        order = ((Comparator<WorkerEntry>) (a, b) -> orderBy.compare(a.attributes, b.attributes))
            .thenComparing(WorkerEntry.LONGEST_IDLE);
      }
      all.sort(order);
      for (WorkerEntry worker : all) {
        (task.declinedBy(worker.sid) ? declined : fresh).add(worker);
      }
    }
    fresh.addAll(declined);
    return fresh.size() > limit ? fresh.subList(0, limit) : fresh;
  }

  /** The workers of the task's queue worth testing: ready ones, or all available members. */
  private Collection<WorkerEntry> source(TaskEntry task) {
    QueueEntry queue = Objects.requireNonNull(task.queue);
    KnownWorker known = task.target == null ? null : task.target.knownWorker();
    if (known != null) {
      String value = known.valueIn(task.task.attributes());
      if (value == null) {
        return List.of();
      }
      if (known.by() == KnownWorker.By.SID) {
        WorkerEntry worker = queue.members.get(value);
        return worker == null ? List.of() : List.of(worker);
      }
      TreeMap<String, WorkerEntry> named = workersByName.get(value);
      return named == null ? List.of() : new ArrayList<>(named.values());
    }
    if (task.task.ignoreCapacity()) {
      return new ArrayList<>(queue.members.values()); // eligibility filters the unavailable
    }
    TreeSet<WorkerEntry> ready = queue.ready.get(channelKey(task.task.channel()));
    return ready == null ? List.of() : ready;
  }

  /** The first task, by precedence, that the worker could be offered now; null when none. */
  private @Nullable TaskEntry bestTaskFor(WorkerEntry worker, Instant now) {
    if (!worker.available) {
      return null;
    }
    TaskEntry best = firstEligible(directTasks.get(worker.sid), worker, now, null);
    for (QueueEntry queue : worker.queues.values()) {
      for (String key : worker.readyKeys) {
        best = firstEligible(queue.offerable.get(key), worker, now, best);
      }
      best = firstEligible(queue.offerableIgnoringCapacity, worker, now, best);
    }
    return best;
  }

  private @Nullable TaskEntry firstEligible(
      @Nullable TreeSet<TaskEntry> tasksInOrder, WorkerEntry worker, Instant now,
      @Nullable TaskEntry best) {
    if (tasksInOrder == null) {
      return best;
    }
    for (TaskEntry task : tasksInOrder) {
      if (best != null && precedence(task, best) >= 0) {
        return best; // nothing further in this set can come first
      }
      if (eligible(worker, task, now)) {
        return task;
      }
    }
    return best;
  }

  /** Every rule a worker must pass for the task, except queue membership. */
  private boolean eligible(WorkerEntry worker, TaskEntry task, Instant now) {
    if (!worker.available || worker.holds.containsKey(task.sid())) {
      return false;
    }
    if (!task.task.ignoreCapacity() && !worker.hasRoom(multitasking, task.task.channel())) {
      return false;
    }
    if (task.queue != null && !task.queue.members.containsKey(worker.sid)) {
      return false;
    }
    StepTarget target = task.target;
    if (target == null) {
      return true;
    }
    KnownWorker known = target.knownWorker();
    if (known != null
        && !known.names(known.valueIn(task.task.attributes()), worker.sid, worker.friendlyName)) {
      return false;
    }
    return target.expression() == null
        || target.expression().evaluate(targetContext.bind(task.task.attributes(), worker, now));
  }

  private int precedence(TaskEntry a, TaskEntry b) {
    TaskOrder kindA = a.kind();
    TaskOrder kindB = b.kind();
    if (kindA != kindB) {
      return kindA == prioritizeQueueOrder ? -1 : 1;
    }
    return kindA.compare(a, b);
  }

  // ---------------------------------------------------------------- bookkeeping

  private void place(
      RoutingTask routed, @Nullable QueueEntry queue, @Nullable String workerSid,
      @Nullable StepTarget target, int priority) {
    TaskEntry task = tasks.get(routed.sid());
    if (task == null) {
      task = new TaskEntry(routed);
      tasks.put(routed.sid(), task);
    } else {
      detach(task);
    }
    task.task = routed;
    task.queue = queue;
    task.directWorkerSid = workerSid;
    task.target = target;
    task.priority = priority;
    if (queue != null) {
      queue.placed.add(task);
    }
    list(task);
    markDirty(task);
  }

  /** Takes the task out of every set and count, before a change or its removal. */
  private void detach(TaskEntry task) {
    unlist(task);
    if (task.dirty) {
      dirtyTasks.remove(task);
      task.dirty = false;
    }
    if (task.queue != null) {
      task.queue.placed.remove(task);
    }
  }

  private void changePending(TaskEntry task, int delta) {
    unlist(task);
    task.pending += delta;
    list(task);
    if (delta < 0) {
      markDirty(task);
    }
  }

  /** Puts the task in the sorted set it is offered from, if it has offers left to make. */
  private void list(TaskEntry task) {
    if (task.listed || task.pending >= task.offerLimit()) {
      return;
    }
    tasksSetOf(task).add(task);
    task.listed = true;
  }

  private void unlist(TaskEntry task) {
    if (task.listed) {
      tasksSetOf(task).remove(task);
      task.listed = false;
    }
  }

  private TreeSet<TaskEntry> tasksSetOf(TaskEntry task) {
    if (task.queue == null) {
      return directTasks.computeIfAbsent(
          Objects.requireNonNull(task.directWorkerSid), w -> new TreeSet<>(precedence));
    }
    return task.task.ignoreCapacity()
        ? task.queue.offerableIgnoringCapacity
        : task.queue.offerableFor(channelKey(task.task.channel()));
  }

  private List<TaskEntry> tasksIn(QueueEntry queue) {
    return new ArrayList<>(queue.placed);
  }

  private void markDirty(TaskEntry task) {
    if (!task.dirty && tasks.get(task.sid()) == task) {
      task.dirty = true;
      dirtyTasks.add(task);
      unsettled();
    }
  }

  private void markDirty(WorkerEntry worker) {
    dirtyWorkers.put(worker.sid, worker);
    unsettled();
  }

  private void unsettled() {
    if (!unsettled) {
      unsettled = true;
      whenUnsettled.run();
    }
  }

  /** Re-evaluates the worker's membership of every queue. */
  private void remember(WorkerEntry worker) {
    for (QueueEntry queue : sortedQueues()) {
      reconsider(queue, worker);
    }
  }

  /** Makes the worker a member of the queue, or not, as its expression now says. */
  private void reconsider(QueueEntry queue, WorkerEntry worker) {
    boolean member = queue.members.containsKey(worker.sid);
    if (queue.admits(worker) != member) {
      if (member) {
        leave(queue, worker);
      } else {
        join(queue, worker);
      }
    }
  }

  private void join(QueueEntry queue, WorkerEntry worker) {
    queue.members.put(worker.sid, worker);
    worker.queues.put(queue.sid, queue);
    for (String key : worker.readyKeys) {
      queue.readyFor(key).add(worker);
    }
    queue.count(worker, 1);
    markDirty(worker);
  }

  private void leave(QueueEntry queue, WorkerEntry worker) {
    for (String key : worker.readyKeys) {
      queue.readyFor(key).remove(worker);
    }
    queue.count(worker, -1);
    queue.members.remove(worker.sid);
    worker.queues.remove(queue.sid);
  }

  /** Takes the worker out of its queues' ready sets, before a change of what orders or keys it. */
  private void withdraw(WorkerEntry worker) {
    if (!worker.readyKeys.isEmpty()) {
      for (QueueEntry queue : worker.queues.values()) {
        for (String key : worker.readyKeys) {
          queue.readyFor(key).remove(worker);
        }
      }
      worker.readyKeys = List.of();
    }
  }

  /** Puts the worker back into its queues' ready sets, after a change. */
  private void enroll(WorkerEntry worker) {
    worker.readyKeys = readyKeys(worker);
    if (!worker.readyKeys.isEmpty()) {
      for (QueueEntry queue : worker.queues.values()) {
        for (String key : worker.readyKeys) {
          queue.readyFor(key).add(worker);
        }
      }
    }
  }

  /** Adds or removes the worker's activity in its queues' skip_if counters. */
  private void count(WorkerEntry worker, int delta) {
    for (QueueEntry queue : worker.queues.values()) {
      queue.count(worker, delta);
    }
  }

  private List<String> readyKeys(WorkerEntry worker) {
    if (!worker.available) {
      return List.of();
    }
    if (!multitasking) {
      return worker.holds.isEmpty() ? List.of(ANY_CHANNEL) : List.of();
    }
    List<String> keys = new ArrayList<>();
    for (String channel : worker.channels.keySet()) { // a sorted map
      if (worker.hasRoom(true, channel)) {
        keys.add(channel);
      }
    }
    return keys;
  }

  private String channelKey(String channel) {
    return multitasking ? channel : ANY_CHANNEL;
  }

  private Collection<QueueEntry> sortedQueues() {
    return queues.values();
  }

  private TreeMap<String, WorkerEntry> byName(String friendlyName) {
    return workersByName.computeIfAbsent(friendlyName, n -> new TreeMap<>());
  }

  private void removeName(WorkerEntry worker) {
    TreeMap<String, WorkerEntry> named = workersByName.get(worker.friendlyName);
    if (named != null) {
      named.remove(worker.sid);
      if (named.isEmpty()) {
        workersByName.remove(worker.friendlyName);
      }
    }
  }

  private QueueEntry queue(String queueSid) {
    QueueEntry queue = queues.get(queueSid);
    if (queue == null) {
      throw new IllegalArgumentException("unknown queue " + queueSid + ": putQueue it first");
    }
    return queue;
  }

  private WorkerEntry worker(String workerSid) {
    WorkerEntry worker = workers.get(workerSid);
    if (worker == null) {
      throw new IllegalArgumentException("unknown worker " + workerSid + ": putWorker it first");
    }
    return worker;
  }

  private static void requireHold(WorkerEntry worker, String taskSid) {
    if (!worker.holds.containsKey(taskSid)) {
      throw new IllegalArgumentException(
          "worker " + worker.sid + " holds no reservation of task " + taskSid);
    }
  }
}
