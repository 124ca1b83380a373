package io.taskrouter.sdk;

import static io.taskrouter.sdk.WireAssertions.WA_BUSY;
import static io.taskrouter.sdk.WireAssertions.WA_RESERVED;
import static io.taskrouter.sdk.WireAssertions.WQ_SALES;
import static io.taskrouter.sdk.WireAssertions.assertNoQueryAndNoBody;
import static io.taskrouter.sdk.WireAssertions.at;
import static io.taskrouter.sdk.WireAssertions.inWorkspace;
import static io.taskrouter.sdk.WireAssertions.param;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.TaskQueue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TaskQueuesWireTest extends MockApi {
  private static final String TASK_QUEUES = "/v1/Workspaces/" + WS + "/TaskQueues";
  private static final String THE_QUEUE = TASK_QUEUES + "/" + WQ;

  /** Every field of task_queue.json, read back through the getters. */
  static void assertIsBilling(TaskQueue queue) {
    assertThat(queue.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(queue.getAssignmentActivitySid()).isEqualTo(WA_BUSY);
    assertThat(queue.getAssignmentActivityName()).isEqualTo("Busy");
    assertThat(queue.getDateCreated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(queue.getDateUpdated()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(queue.getFriendlyName()).isEqualTo("Billing");
    assertThat(queue.getMaxReservedWorkers()).isEqualTo(3);
    assertThat(queue.getReservationActivitySid()).isEqualTo(WA_RESERVED);
    assertThat(queue.getReservationActivityName()).isEqualTo("Reserved");
    assertThat(queue.getSid()).isEqualTo(WQ);
    assertThat(queue.getTargetWorkers()).isEqualTo("skills HAS 'billing' AND level >= 2");
    assertThat(queue.getTaskOrder()).isEqualTo(QueueOrder.LIFO);
    assertThat(queue.getTaskOrderValue()).isEqualTo("LIFO");
    assertThat(queue.getUrl()).isEqualTo(inWorkspace("/TaskQueues/" + WQ));
    assertThat(queue.getWorkspaceSid()).isEqualTo(WS);
    String self = inWorkspace("/TaskQueues/" + WQ);
    assertThat(queue.getLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "assignment_activity", inWorkspace("/Activities/" + WA_BUSY),
        "reservation_activity", inWorkspace("/Activities/" + WA_RESERVED),
        "workspace", inWorkspace(""),
        "statistics", self + "/Statistics",
        "real_time_statistics", self + "/RealTimeStatistics",
        "cumulative_statistics", self + "/CumulativeStatistics"));
  }

  /** The second item of task_queues_page.json. */
  static void assertIsSales(TaskQueue queue) {
    assertThat(queue.getSid()).isEqualTo(WQ_SALES);
    assertThat(queue.getFriendlyName()).isEqualTo("Sales");
    assertThat(queue.getTargetWorkers()).isEqualTo("skills HAS 'sales'");
    assertThat(queue.getMaxReservedWorkers()).isEqualTo(1);
    assertThat(queue.getTaskOrder()).isEqualTo(QueueOrder.FIFO);
    assertThat(queue.getDateCreated()).isEqualTo(at("2026-11-20T09:31:00Z"));
  }

  // ---------------------------------------------------------------- CreateTaskQueue

  @Test
  void createSendsEveryFormFieldInSpecOrderAndParsesTheQueue() {
    respond(201, fixture("task_queue.json"));

    TaskQueue queue = client.workspace(WS).taskQueues().create(p -> p
        .friendlyName("Billing & Payments")
        .targetWorkers("skills HAS 'billing' AND level >= 2")
        .maxReservedWorkers(3)
        .taskOrder(QueueOrder.LIFO)
        .reservationActivitySid(WA_RESERVED)
        .assignmentActivitySid(WA_BUSY));

    RecordedRequest request = take();
    assertRequest(request, "POST", TASK_QUEUES);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Billing & Payments"),
        param("TargetWorkers", "skills HAS 'billing' AND level >= 2"),
        param("MaxReservedWorkers", "3"),
        param("TaskOrder", "LIFO"),
        param("ReservationActivitySid", WA_RESERVED),
        param("AssignmentActivitySid", WA_BUSY));
    assertIsBilling(queue);
  }

  @Test
  void createSendsFifoAsItsWireValue() {
    respond(201, fixture("task_queue.json"));

    client.workspace(WS).taskQueues().create(p -> p.friendlyName("Sales").taskOrder(QueueOrder.FIFO));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Sales"),
        param("TaskOrder", "FIFO"));
  }

  @Test
  void createAsyncCompletesWithTheParsedQueue() throws Exception {
    respond(201, fixture("task_queue.json"));

    TaskQueue queue = client.workspace(WS).taskQueues().createAsync(p -> p.friendlyName("Billing"))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", TASK_QUEUES);
    assertThat(form(request)).containsExactly(param("FriendlyName", "Billing"));
    assertIsBilling(queue);
  }

  // ---------------------------------------------------------------- FetchTaskQueue

  @Test
  void fetchGetsTheQueueBySidAndParsesEveryField() {
    respond(200, fixture("task_queue.json"));

    TaskQueue queue = client.workspace(WS).taskQueues().fetch(WQ);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_QUEUE);
    assertNoQueryAndNoBody(request);
    assertIsBilling(queue);
  }

  // ---------------------------------------------------------------- UpdateTaskQueue

  @Test
  void updateSendsEveryFormFieldInSpecOrderAndParsesTheQueue() {
    respond(200, fixture("task_queue.json"));

    TaskQueue queue = client.workspace(WS).taskQueues().update(WQ, p -> p
        .friendlyName("Billing (tier 2)")
        .targetWorkers("skills HAS 'billing' AND level > 2")
        .reservationActivitySid(WA_RESERVED)
        .assignmentActivitySid(WA_BUSY)
        .maxReservedWorkers(5)
        .taskOrder(QueueOrder.LIFO));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_QUEUE);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Billing (tier 2)"),
        param("TargetWorkers", "skills HAS 'billing' AND level > 2"),
        param("ReservationActivitySid", WA_RESERVED),
        param("AssignmentActivitySid", WA_BUSY),
        param("MaxReservedWorkers", "5"),
        param("TaskOrder", "LIFO"));
    assertIsBilling(queue);
  }

  @Test
  void updateWithNoOptionsSendsAnEmptyForm() {
    respond(200, fixture("task_queue.json"));

    TaskQueue queue = client.workspace(WS).taskQueues().update(WQ);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_QUEUE);
    assertThat(form(request)).isEmpty();
    assertThat(queue.getSid()).isEqualTo(WQ);
  }

  // ---------------------------------------------------------------- ListTaskQueue

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesThePage() {
    respond(200, fixture("task_queues_page.json"));

    List<TaskQueue> queues = client.workspace(WS).taskQueues().list(p -> p
        .friendlyName("Billing & Payments")
        .evaluateWorkerAttributes("{\"skills\":[\"billing\"],\"level\":3}")
        .workerSid(WK)
        .ordering("DateCreated:desc")
        .pageSize(30)
        .pageToken("PAWQ0123456789abcdef"))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", TASK_QUEUES);
    assertThat(query(request)).containsExactly(
        param("FriendlyName", "Billing & Payments"),
        param("EvaluateWorkerAttributes", "{\"skills\":[\"billing\"],\"level\":3}"),
        param("WorkerSid", WK),
        param("Ordering", "DateCreated:desc"),
        param("PageSize", "30"),
        param("PageToken", "PAWQ0123456789abcdef"));
    assertThat(queues).hasSize(2);
    assertIsBilling(queues.get(0));
    assertIsSales(queues.get(1));
  }

  @Test
  void listWithNoOptionsSendsNoQuery() {
    respond(200, fixture("task_queues_page.json"));

    List<TaskQueue> queues = client.workspace(WS).taskQueues().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", TASK_QUEUES);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(queues).extracting(TaskQueue::getSid).containsExactly(WQ, WQ_SALES);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("task_queues_page.json"));

    Page<TaskQueue> page = client.workspace(WS).taskQueues().listAsync(p -> p.workerSid(WK))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", TASK_QUEUES);
    assertThat(query(request)).containsExactly(param("WorkerSid", WK));
    assertThat(page.items()).hasSize(2);
    assertIsBilling(page.items().get(0));
    assertIsSales(page.items().get(1));
    assertThat(page.hasNextPage()).isFalse();
  }

  // ---------------------------------------------------------------- DeleteTaskQueue

  @Test
  void deleteSendsDeleteAndReturnsOnNoContent() {
    respondNoContent();

    client.workspace(WS).taskQueues().delete(WQ);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_QUEUE);
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncCompletesNormallyOnNoContent() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).taskQueues().deleteAsync(WQ);

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_QUEUE);
    assertNoQueryAndNoBody(request);
  }
}
