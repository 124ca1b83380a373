package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Event;
import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.model.TaskStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Routing end to end through the SDK: one scenario per workflow and queue rule, each asserting the
 * states, events and statistics the routing core's unit tests cannot see (timers, the engine's
 * events, REST answers).
 */
class RoutingThroughSdkTest extends SdkTest {

  private WorkspaceScope ws;
  private String available;
  private String offline;

  private void workspace(QueueOrder prioritizeQueueOrder) {
    ws = client.workspace(client.workspaces().create(p -> p.friendlyName("Routing").template("NONE")
        .prioritizeQueueOrder(prioritizeQueueOrder)).getSid());
    available = activitySid(ws, "Available");
    offline = activitySid(ws, "Offline");
  }

  private String queue(String name, String targetWorkers) {
    return ws.taskQueues().create(p -> p.friendlyName(name).targetWorkers(targetWorkers)).getSid();
  }

  private String workflow(String taskRouting) {
    return ws.workflows().create(p -> p.friendlyName("Flow").configuration("{\"task_routing\":" + taskRouting + "}"))
        .getSid();
  }

  /** A worker in {@code activity}; the clock then moves a second, so earlier workers have idled longer. */
  private String worker(String name, String attributes, String activity) {
    String sid = ws.workers().create(p -> p.friendlyName(name).attributes(attributes).activitySid(activity)).getSid();
    SERVER.clock().advanceSeconds(1);
    return sid;
  }

  /** A FIFO workspace with one queue for every worker and a workflow sending every task there. */
  private String everythingToOneQueue() {
    workspace(QueueOrder.FIFO);
    String sales = queue("Sales", "1==1");
    return workflow("{\"default_filter\":{\"queue\":\"" + sales + "\"}}");
  }

  private Task task(String workflow, String attributes) {
    return ws.tasks().create(p -> p.workflowSid(workflow).attributes(attributes));
  }

  private List<TaskReservation> pending(String task) {
    return ws.task(task).reservations().list(p -> p.reservationStatus(ReservationStatus.PENDING)).toList();
  }

  private String offeredTo(String task) {
    List<TaskReservation> offers = pending(task);
    assertThat(offers).as("pending reservations of %s", task).hasSize(1);
    return offers.get(0).getWorkerSid();
  }

  /** The task's events, oldest first. */
  private List<Event> events(String task) {
    List<Event> events = new java.util.ArrayList<>(ws.events().list(p -> p.taskSid(task).minutes(600)).toList());
    java.util.Collections.reverse(events);
    return events;
  }

  private List<String> routingEventTypes(String task) {
    return events(task).stream().map(Event::getEventType)
        .filter(t -> t.startsWith("workflow.") || t.startsWith("task-queue.") || t.equals("task.canceled")).toList();
  }

  @Test
  void aStepTimeoutEscalatesToTheSecondTargetAndItsWorker() {
    workspace(QueueOrder.FIFO);
    String first = queue("First line", "level == 1");
    String second = queue("Second line", "level == 2");
    String flow = workflow("{\"filters\":[{\"filter_friendly_name\":\"All\",\"expression\":\"1==1\",\"targets\":["
        + "{\"queue\":\"" + first + "\",\"timeout\":10},{\"queue\":\"" + second + "\"}]}]}");
    String expert = worker("Expert", "{\"level\":2}", available);
    Task task = task(flow, "{}");
    assertThat(task.getTaskQueueSid()).isEqualTo(first);
    SERVER.clock().advanceSeconds(9);
    assertThat(pending(task.getSid())).isEmpty();

    SERVER.clock().advanceSeconds(1);
    Task moved = ws.tasks().fetch(task.getSid());
    assertThat(moved.getTaskQueueSid()).isEqualTo(second);
    assertThat(moved.getAssignmentStatus()).isEqualTo(TaskStatus.RESERVED);
    assertThat(offeredTo(task.getSid())).isEqualTo(expert);
    assertThat(routingEventTypes(task.getSid())).containsExactly("workflow.entered", "workflow.target-matched",
        "task-queue.entered", "task-queue.timeout", "workflow.target-matched", "task-queue.moved",
        "task-queue.entered");
    Event timeout = events(task.getSid()).stream().filter(e -> e.getEventType().equals("task-queue.timeout"))
        .findFirst().orElseThrow();
    assertThat(timeout.getEventData()).containsEntry("task_queue_sid", first).containsEntry("task_age", "10");
    Event matched = events(task.getSid()).stream().filter(e -> e.getEventType().equals("workflow.target-matched"))
        .findFirst().orElseThrow();
    assertThat(matched.getEventData()).containsEntry("workflow_filter_name", "All").containsEntry("workflow_sid", flow);
    assertThat(ws.statistics().cumulative().getTasksMoved()).isEqualTo(1);
  }

  @Test
  void theLastTargetTimingOutCancelsTheTask() {
    workspace(QueueOrder.FIFO);
    String only = queue("Only", "1==1");
    String flow = workflow("{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + only
        + "\",\"timeout\":30}]}]}");
    Task task = task(flow, "{}");
    SERVER.clock().advanceSeconds(30);
    Task canceled = ws.tasks().fetch(task.getSid());
    assertThat(canceled.getAssignmentStatus()).isEqualTo(TaskStatus.CANCELED);
    assertThat(canceled.getReason()).isEqualTo("Workflow Timeout");
    assertThat(routingEventTypes(task.getSid())).endsWith("task-queue.timeout", "workflow.timeout", "task.canceled");
    assertThat(ws.statistics().cumulative().getTasksTimedOutInWorkflow()).isEqualTo(1);
    assertThat(ws.workflow(flow).statistics().cumulative().getTasksTimedOutInWorkflow()).isEqualTo(1);
  }

  @Test
  void aTargetPriorityOverridesTheTasksAndOrdersTheQueue() {
    workspace(QueueOrder.FIFO);
    String sales = queue("Sales", "1==1");
    String flow = workflow("{\"filters\":[{\"expression\":\"vip == true\",\"targets\":[{\"queue\":\"" + sales
        + "\",\"priority\":7}]}],\"default_filter\":{\"queue\":\"" + sales + "\"}}");
    Task plain = ws.tasks().create(p -> p.workflowSid(flow).attributes("{}").priority(5));
    Task vip = ws.tasks().create(p -> p.workflowSid(flow).attributes("{\"vip\":true}").priority(1));
    assertThat(plain.getPriority()).isEqualTo(5);
    assertThat(vip.getPriority()).as("the target's priority").isEqualTo(7);
    String jamie = worker("Jamie", "{}", available);
    assertThat(offeredTo(vip.getSid())).as("higher priority first, though younger").isEqualTo(jamie);
    assertThat(pending(plain.getSid())).isEmpty();
  }

  @ParameterizedTest(name = "prioritize_queue_order {0}")
  @EnumSource(value = QueueOrder.class, names = {"FIFO", "LIFO"})
  void aWorkerInTwoQueuesGetsTheTaskOfTheKindOfQueueTheWorkspacePrioritizes(QueueOrder order) {
    workspace(order);
    String fifo = ws.taskQueues().create(p -> p.friendlyName("Fifo").taskOrder(QueueOrder.FIFO)).getSid();
    String lifo = ws.taskQueues().create(p -> p.friendlyName("Lifo").taskOrder(QueueOrder.LIFO)).getSid();
    String toFifo = workflow("{\"default_filter\":{\"queue\":\"" + fifo + "\"}}");
    String toLifo = workflow("{\"default_filter\":{\"queue\":\"" + lifo + "\"}}");
    String jamie = worker("Jamie", "{}", offline);
    Task inLifo = task(toLifo, "{}");
    SERVER.clock().advanceSeconds(1);
    Task inFifo = task(toFifo, "{}");
    ws.workers().update(jamie, p -> p.activitySid(available));
    Task expected = order == QueueOrder.FIFO ? inFifo : inLifo;
    Task other = order == QueueOrder.FIFO ? inLifo : inFifo;
    assertThat(offeredTo(expected.getSid())).isEqualTo(jamie);
    assertThat(pending(other.getSid())).isEmpty();
  }

  @Test
  void aLifoQueueOffersTheNewestTaskFirstWhateverItsPriority() {
    workspace(QueueOrder.FIFO);
    String lifo = ws.taskQueues().create(p -> p.friendlyName("Lifo").taskOrder(QueueOrder.LIFO)).getSid();
    String flow = workflow("{\"default_filter\":{\"queue\":\"" + lifo + "\"}}");
    String jamie = worker("Jamie", "{}", offline);
    Task older = ws.tasks().create(p -> p.workflowSid(flow).priority(9));
    SERVER.clock().advanceSeconds(1);
    Task newer = ws.tasks().create(p -> p.workflowSid(flow).priority(0));
    ws.workers().update(jamie, p -> p.activitySid(available));
    assertThat(offeredTo(newer.getSid())).as("worker made available: offered at once").isEqualTo(jamie);
    assertThat(pending(older.getSid())).isEmpty();
  }

  @Test
  void orderByPicksTheWorkerWithTheHighestLevelOverTheLongestIdle() {
    workspace(QueueOrder.FIFO);
    String sales = queue("Sales", "1==1");
    String flow = workflow("{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + sales
        + "\",\"order_by\":\"worker.level DESC\"}]}]}");
    worker("Junior", "{\"level\":1}", available);
    String senior = worker("Senior", "{\"level\":5}", available);
    assertThat(offeredTo(task(flow, "{}").getSid())).isEqualTo(senior);
  }

  @Test
  void aKnownWorkerSidSendsTheTaskToThatWorkerOnly() {
    workspace(QueueOrder.FIFO);
    String sales = queue("Sales", "1==1");
    String flow = workflow("{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + sales
        + "\",\"known_worker_sid\":\"task.agent\"}]}]}");
    worker("Jamie", "{}", available);
    String alex = worker("Alex", "{}", available);
    Task task = task(flow, "{\"agent\":\"" + alex + "\"}");
    assertThat(offeredTo(task.getSid())).isEqualTo(alex);
    Event created = ws.events().list(p -> p.eventType("reservation.created").taskSid(task.getSid()).minutes(60))
        .toList().get(0);
    assertThat(created.getEventData()).containsEntry("worker_sid", alex);
  }

  @Test
  void skipIfPassesAStepWithNobodyAvailableWithoutWaitingForItsTimeout() {
    workspace(QueueOrder.FIFO);
    String first = queue("First line", "level == 1");
    String second = queue("Second line", "level == 2");
    String flow = workflow("{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + first
        + "\",\"timeout\":300,\"skip_if\":\"workers.available == 0\"},{\"queue\":\"" + second + "\"}]}]}");
    worker("Away", "{\"level\":1}", offline);
    String expert = worker("Expert", "{\"level\":2}", available);
    Task task = task(flow, "{}");
    assertThat(task.getTaskQueueSid()).isEqualTo(second);
    assertThat(offeredTo(task.getSid())).isEqualTo(expert);
    assertThat(routingEventTypes(task.getSid())).containsExactly("workflow.entered", "workflow.target-matched",
        "task-queue.entered");
  }

  @Test
  void anAttributeUpdateReroutesAPendingTaskToAnotherQueueKeepingItsAge() {
    workspace(QueueOrder.FIFO);
    String spanish = queue("Spanish", "1==1");
    String english = queue("English", "1==1");
    String flow = workflow("{\"filters\":[{\"expression\":\"lang == 'es'\",\"targets\":[{\"queue\":\"" + spanish
        + "\"}]}],\"default_filter\":{\"queue\":\"" + english + "\"}}");
    Task task = task(flow, "{\"lang\":\"en\"}");
    assertThat(task.getTaskQueueSid()).isEqualTo(english);
    SERVER.clock().advanceSeconds(30);
    Task updated = ws.tasks().update(task.getSid(), p -> p.attributes(Map.of("lang", "es")));
    assertThat(updated.getTaskQueueSid()).isEqualTo(spanish);
    assertThat(updated.getAge()).isEqualTo(30);
    assertThat(updated.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    Event moved = events(task.getSid()).stream().filter(e -> e.getEventType().equals("task-queue.moved"))
        .findFirst().orElseThrow();
    assertThat(moved.getEventData()).containsEntry("previous_task_queue_sid", english)
        .containsEntry("task_queue_sid", spanish);
    assertThat(ws.statistics().cumulative().getTasksMoved()).isEqualTo(1);
  }

  @Test
  void aReservationTimeoutRoutesTheTaskAgainToTheNextWorker() {
    String flow = everythingToOneQueue();
    ws.workflows().update(flow, p -> p.taskReservationTimeout(20));
    String jamie = worker("Jamie", "{}", available);
    String alex = worker("Alex", "{}", available);
    Task task = task(flow, "{}");
    assertThat(offeredTo(task.getSid())).isEqualTo(jamie);
    SERVER.clock().advanceSeconds(20);
    assertThat(offeredTo(task.getSid())).isEqualTo(alex);
    assertThat(ws.workers().fetch(jamie).getActivitySid()).as("the timeout activity").isEqualTo(offline);
  }

  @Test
  void reEvaluateTasksOnAWorkflowUpdateMovesItsPendingTasks() {
    workspace(QueueOrder.FIFO);
    String old = queue("Old", "1==1");
    String replacement = queue("New", "1==1");
    String flow = workflow("{\"default_filter\":{\"queue\":\"" + old + "\"}}");
    Task task = task(flow, "{}");
    SERVER.clock().advanceSeconds(5);
    ws.workflows().update(flow, p -> p.configuration("{\"task_routing\":{\"default_filter\":{\"queue\":\""
        + replacement + "\"}}}").reEvaluateTasks(true));
    Task moved = ws.tasks().fetch(task.getSid());
    assertThat(moved.getTaskQueueSid()).isEqualTo(replacement);
    assertThat(moved.getAge()).isEqualTo(5);
    assertThat(routingEventTypes(task.getSid())).endsWith("task-queue.moved", "task-queue.entered");
  }

  @Test
  void aPriorityUpdateReordersTheWaitingTasks() {
    String flow = everythingToOneQueue();
    String jamie = worker("Jamie", "{}", offline);
    Task older = task(flow, "{}");
    SERVER.clock().advanceSeconds(1);
    Task younger = task(flow, "{}");
    ws.tasks().update(younger.getSid(), p -> p.priority(4));
    ws.workers().update(jamie, p -> p.activitySid(available));
    assertThat(offeredTo(younger.getSid())).isEqualTo(jamie);
    assertThat(pending(older.getSid())).isEmpty();
  }

  @Test
  void aTaskRoutedStraightToAWorkerIsOfferedToThatWorkerOnly() {
    workspace(QueueOrder.FIFO);
    queue("Sales", "1==1");
    worker("Jamie", "{}", available);
    String alex = worker("Alex", "{}", available);
    Task task = ws.tasks().create(p -> p.routingTarget(alex).attributes("{}"));
    assertThat(offeredTo(task.getSid())).isEqualTo(alex);
  }

  @Test
  void aWorkerWhoJustFinishedATaskWaitsBehindOneIdleLongerEvenAfterARename() {
    String flow = everythingToOneQueue();
    String alex = worker("Alex", "{}", available);
    String jamie = worker("Jamie", "{}", available);
    Task first = task(flow, "{}");
    assertThat(offeredTo(first.getSid())).isEqualTo(alex);
    ws.task(first.getSid()).reservations().update(pending(first.getSid()).get(0).getSid(),
        p -> p.reservationStatus(ReservationStatus.ACCEPTED));
    ws.tasks().update(first.getSid(), p -> p.assignmentStatus(TaskStatus.COMPLETED));
    ws.workers().update(alex, p -> p.friendlyName("Alexandra"));
    Task second = task(flow, "{}");
    assertThat(offeredTo(second.getSid())).as("idle since its acceptance, later than Jamie").isEqualTo(jamie);
  }
}
