package io.taskrouter.sdk;

import static io.taskrouter.sdk.StatisticsAssertions.BASE_URL;
import static io.taskrouter.sdk.StatisticsAssertions.assertActivityStatistics;
import static io.taskrouter.sdk.StatisticsAssertions.assertSplit;
import static io.taskrouter.sdk.StatisticsAssertions.assertSplitThresholds;
import static io.taskrouter.sdk.StatisticsAssertions.assertTasksByPriority;
import static io.taskrouter.sdk.StatisticsAssertions.assertTasksByStatus;
import static io.taskrouter.sdk.StatisticsAssertions.assertWaitDuration;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatistics;
import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatisticsRequest;
import io.taskrouter.sdk.model.TaskQueueCumulativeStatistics;
import io.taskrouter.sdk.model.TaskQueueRealTimeStatistics;
import io.taskrouter.sdk.model.TaskQueueStatistics;
import io.taskrouter.sdk.model.TaskQueuesStatistics;
import io.taskrouter.sdk.model.WaitTimeSplit;
import io.taskrouter.sdk.params.CreateTaskQueueBulkRealTimeStatisticsParams;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Statistics of one TaskQueue ({@code client.workspace(ws).taskQueue(wq).statistics()}) and of all
 * TaskQueues of a Workspace ({@code client.workspace(ws).taskQueuesStatistics()}: the list and the bulk
 * real-time POST).
 */
class TaskQueueStatisticsWireTest extends MockApi {
  private static final String WQ2 = "WQfedcba9876543210fedcba9876543210";
  private static final String WT2 = "WTfedcba9876543210fedcba9876543210";
  private static final String QUEUE_PATH = "/v1/Workspaces/" + WS + "/TaskQueues/" + WQ;
  private static final String QUEUES_PATH = "/v1/Workspaces/" + WS + "/TaskQueues";

  // ------------------------------------------------------------------ one queue

  @Test
  void fetchSendsEveryQueryParameterInSpecOrderAndParsesBothNestedParts() {
    respond(200, fixture("task_queue_statistics.json"));

    TaskQueueStatistics statistics = client.workspace(WS).taskQueue(WQ).statistics().fetch(p -> p
        .splitByWaitTime(10, 60)
        .taskChannel("voice")
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .minutes(30)
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00")));

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUE_PATH + "/Statistics");
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("Minutes", List.of("30")),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("TaskChannel", List.of("voice")),
        entry("SplitByWaitTime", List.of("10,60")));

    assertThat(statistics.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(statistics.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(statistics.getWorkspaceSid()).isEqualTo(WS);
    assertThat(statistics.getUrl()).isEqualTo(BASE_URL + "/TaskQueues/" + WQ + "/Statistics");

    TaskQueueRealTimeStatistics realtime = statistics.getRealtime();
    assertSalesRealtime(realtime);
    assertThat(realtime.getTaskQueueSid()).isNull();
    assertThat(realtime.getUrl()).isNull();

    TaskQueueCumulativeStatistics cumulative = statistics.getCumulative();
    assertSalesCumulative(cumulative);
    assertThat(cumulative.getTaskQueueSid()).isNull();
    assertThat(cumulative.getUrl()).isNull();
  }

  @Test
  void cumulativeSendsEveryQueryParameterInSpecOrderAndParsesEveryCounter() {
    respond(200, fixture("task_queue_statistics_cumulative.json"));

    TaskQueueCumulativeStatistics cumulative = client.workspace(WS).taskQueue(WQ).statistics().cumulative(p -> p
        .minutes(30)
        .startDate(OffsetDateTime.parse("2026-11-24T17:45:30+02:00"))
        .endDate(OffsetDateTime.parse("2026-11-24T11:00:00-04:00"))
        .taskChannel("chat")
        .splitByWaitTime(10, 60));

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUE_PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-24T15:00:00Z")),
        entry("Minutes", List.of("30")),
        entry("StartDate", List.of("2026-11-24T15:45:30Z")),
        entry("TaskChannel", List.of("chat")),
        entry("SplitByWaitTime", List.of("10,60")));

    assertSalesCumulative(cumulative);
    assertThat(cumulative.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(cumulative.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(cumulative.getWorkspaceSid()).isEqualTo(WS);
    assertThat(cumulative.getUrl()).isEqualTo(BASE_URL + "/TaskQueues/" + WQ + "/CumulativeStatistics");
  }

  @Test
  void realTimeSendsTheTaskChannelAndParsesEveryCounter() {
    respond(200, fixture("task_queue_statistics_realtime.json"));

    TaskQueueRealTimeStatistics realtime = client.workspace(WS).taskQueue(WQ).statistics()
        .realTime(p -> p.taskChannel("voice"));

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUE_PATH + "/RealTimeStatistics");
    assertThat(query(request)).containsExactly(entry("TaskChannel", List.of("voice")));

    assertSalesRealtime(realtime);
    assertThat(realtime.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(realtime.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(realtime.getWorkspaceSid()).isEqualTo(WS);
    assertThat(realtime.getUrl()).isEqualTo(BASE_URL + "/TaskQueues/" + WQ + "/RealTimeStatistics");
  }

  @Test
  void fetchWithoutOptionsSendsNoQuery() {
    respond(200, fixture("task_queue_statistics.json"));

    client.workspace(WS).taskQueue(WQ).statistics().fetch();

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUE_PATH + "/Statistics");
    assertThat(query(request)).isEmpty();
  }

  @Test
  void cumulativeAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("task_queue_statistics_cumulative.json"));

    TaskQueueCumulativeStatistics cumulative = client.workspace(WS).taskQueue(WQ).statistics()
        .cumulativeAsync(p -> p.splitByWaitTime(10, 60)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUE_PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(entry("SplitByWaitTime", List.of("10,60")));
    assertSalesCumulative(cumulative);
  }

  // ------------------------------------------------------------------ all queues: list

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesEachQueuesStatistics() {
    respond(200, fixture("task_queue_statistics_list.json"));

    Page<TaskQueuesStatistics> page = client.workspace(WS).taskQueuesStatistics().list(p -> p
        .pageToken("PAWQ0123456789abcdef0123456789abcdef")
        .pageSize(2L)
        .splitByWaitTime(10, 60)
        .taskChannel("voice")
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .minutes(30)
        .friendlyName("Sales & Support")
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00"))).firstPage();

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUES_PATH + "/Statistics");
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("FriendlyName", List.of("Sales & Support")),
        entry("Minutes", List.of("30")),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("TaskChannel", List.of("voice")),
        entry("SplitByWaitTime", List.of("10,60")),
        entry("PageSize", List.of("2")),
        entry("PageToken", List.of("PAWQ0123456789abcdef0123456789abcdef")));

    List<TaskQueuesStatistics> items = page.items();
    assertThat(items).hasSize(2);

    TaskQueuesStatistics sales = items.get(0);
    assertThat(sales.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(sales.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(sales.getWorkspaceSid()).isEqualTo(WS);
    assertSalesRealtime(sales.getRealtime());
    assertSalesCumulative(sales.getCumulative());

    TaskQueuesStatistics quiet = items.get(1);
    assertThat(quiet.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(quiet.getTaskQueueSid()).isEqualTo(WQ2);
    assertThat(quiet.getWorkspaceSid()).isEqualTo(WS);
    assertQuietRealtime(quiet.getRealtime());
    TaskQueueCumulativeStatistics quietCumulative = quiet.getCumulative();
    assertThat(quietCumulative).isNotNull();
    assertThat(quietCumulative.getAvgTaskAcceptanceTime()).isZero();
    assertThat(quietCumulative.getStartTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:30:00Z"));
    assertThat(quietCumulative.getEndTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    assertThat(quietCumulative.getReservationsCreated()).isEqualTo(2);
    assertThat(quietCumulative.getReservationsAccepted()).isEqualTo(1);
    assertThat(quietCumulative.getReservationsRejected()).isZero();
    assertThat(quietCumulative.getReservationsTimedOut()).isEqualTo(1);
    assertThat(quietCumulative.getReservationsCanceled()).isZero();
    assertThat(quietCumulative.getReservationsRescinded()).isZero();
    Map<String, WaitTimeSplit> quietSplit = quietCumulative.getSplitByWaitTime();
    assertSplitThresholds(quietSplit, "10", "60");
    assertSplit(quietSplit, "10", 0, 0, 0, 1);
    assertSplit(quietSplit, "60", 0, 1, 0, 0);
    assertWaitDuration(quietCumulative.getWaitDurationUntilAccepted(), "wait_duration_until_accepted", 42.0, 42, 42,
        42L);
    assertWaitDuration(quietCumulative.getWaitDurationUntilCanceled(), "wait_duration_until_canceled", 0.0, 0, 0, 0L);
    assertWaitDuration(quietCumulative.getWaitDurationInQueueUntilAccepted(), "wait_duration_in_queue_until_accepted",
        40.0, 40, 40, 40L);
    assertThat(quietCumulative.getTasksCanceled()).isZero();
    assertThat(quietCumulative.getTasksCompleted()).isZero();
    assertThat(quietCumulative.getTasksDeleted()).isZero();
    assertThat(quietCumulative.getTasksEntered()).isEqualTo(1);
    assertThat(quietCumulative.getTasksMoved()).isZero();

    assertThat(page.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listWithoutOptionsSendsNoQueryAndIteratesTheSinglePage() {
    respond(200, fixture("task_queue_statistics_list.json"));

    List<TaskQueuesStatistics> all = client.workspace(WS).taskQueuesStatistics().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUES_PATH + "/Statistics");
    assertThat(query(request)).isEmpty();
    assertThat(all).extracting(TaskQueuesStatistics::getTaskQueueSid).containsExactly(WQ, WQ2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("task_queue_statistics_list.json"));

    Page<TaskQueuesStatistics> page = client.workspace(WS).taskQueuesStatistics()
        .listAsync(p -> p.friendlyName("Sales")).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", QUEUES_PATH + "/Statistics");
    assertThat(query(request)).containsExactly(entry("FriendlyName", List.of("Sales")));
    assertThat(page.items()).extracting(TaskQueuesStatistics::getTaskQueueSid).containsExactly(WQ, WQ2);
    assertThat(page.hasNextPage()).isFalse();
  }

  // ------------------------------------------------------------------ all queues: bulk real-time POST

  @Test
  void bulkRealTimePostsTheQueueSidsAsJsonAndParsesEveryQueue() {
    respond(200, fixture("task_queue_statistics_bulk_realtime.json"));

    TaskQueueBulkRealTimeStatistics bulk = client.workspace(WS).taskQueuesStatistics().realTime(p -> p
        .body(bulkRequest(WQ, WQ2)));

    RecordedRequest request = take();
    assertRequest(request, "POST", QUEUES_PATH + "/RealTimeStatistics");
    assertThat(query(request)).isEmpty();
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"queueSids\":[\"" + WQ + "\",\"" + WQ2 + "\"]}");

    assertThat(bulk.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(bulk.getWorkspaceSid()).isEqualTo(WS);
    int count = bulk.getTaskQueueResponseCount();
    assertThat(count).isEqualTo(2);
    assertThat(bulk.getUrl()).isEqualTo(BASE_URL + "/TaskQueues/RealTimeStatistics");

    List<TaskQueueRealTimeStatistics> data = bulk.getTaskQueueData();
    assertThat(data).hasSize(2);
    TaskQueueRealTimeStatistics sales = data.get(0);
    assertSalesRealtime(sales);
    assertThat(sales.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(sales.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(sales.getWorkspaceSid()).isEqualTo(WS);
    assertThat(sales.getUrl()).isNull();
    TaskQueueRealTimeStatistics quiet = data.get(1);
    assertQuietRealtime(quiet);
    assertThat(quiet.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(quiet.getTaskQueueSid()).isEqualTo(WQ2);
    assertThat(quiet.getWorkspaceSid()).isEqualTo(WS);
  }

  @Test
  void bulkRealTimeAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("task_queue_statistics_bulk_realtime.json"));

    TaskQueueBulkRealTimeStatistics bulk = client.workspace(WS).taskQueuesStatistics()
        .realTimeAsync(CreateTaskQueueBulkRealTimeStatisticsParams.builder()
            .body(bulkRequest(WQ2))
            .build())
        .get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", QUEUES_PATH + "/RealTimeStatistics");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"queueSids\":[\"" + WQ2 + "\"]}");
    assertThat(bulk.getTaskQueueData()).extracting(TaskQueueRealTimeStatistics::getTaskQueueSid)
        .containsExactly(WQ, WQ2);
  }

  /**
   * The bulk operation takes a {@link TaskQueueBulkRealTimeStatisticsRequest} ({@code {"queueSids": [...]}}),
   * so a caller must be able to make one: a public constructor, a public static factory or builder on the model,
   * or a queue-SIDs option on the params builder.
   */
  @Test
  void bulkRequestBodyCanBeBuiltThroughThePublicApi() {
    Class<TaskQueueBulkRealTimeStatisticsRequest> model = TaskQueueBulkRealTimeStatisticsRequest.class;
    boolean publicConstructor = model.getConstructors().length > 0;
    boolean publicFactory = Arrays.stream(model.getMethods())
        .filter(method -> Modifier.isStatic(method.getModifiers()))
        .map(Method::getReturnType)
        .anyMatch(type -> type == model || type.getEnclosingClass() == model);
    boolean queueSidsOption = Arrays.stream(CreateTaskQueueBulkRealTimeStatisticsParams.Builder.class.getMethods())
        .anyMatch(method -> method.getName().equalsIgnoreCase("queueSids"));

    assertThat(publicConstructor || publicFactory || queueSidsOption)
        .as("TaskQueueBulkRealTimeStatisticsRequest has no public constructor, factory or builder, and the params "
            + "builder has no queueSids option: callers cannot build the body of CreateTaskQueueBulkRealTimeStatistics")
        .isTrue();
  }

  /** The request body, made with its public builder. */
  private static TaskQueueBulkRealTimeStatisticsRequest bulkRequest(String... queueSids) {
    TaskQueueBulkRealTimeStatisticsRequest request = TaskQueueBulkRealTimeStatisticsRequest.builder()
        .queueSids(queueSids).build();
    assertThat(request.getQueueSids()).containsExactly(queueSids);
    return request;
  }

  @Test
  void aBulkRequestBodyIsCheckedBeforeSending() {
    assertThatThrownBy(() -> TaskQueueBulkRealTimeStatisticsRequest.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("queueSids is required, got null");
    assertThatThrownBy(() -> TaskQueueBulkRealTimeStatisticsRequest.builder().queueSids(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("queueSids size must be between 1 and 50, got 0");
    assertThatThrownBy(() -> TaskQueueBulkRealTimeStatisticsRequest.builder().queueSids(WQ, WT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("queueSids[1] must be a task queue SID");
    assertThat(server.getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------ fixture values

  /** Real-time counters of the queue "Sales" (WQ0123...) in every task_queue_statistics fixture. */
  private static void assertSalesRealtime(TaskQueueRealTimeStatistics realtime) {
    assertThat(realtime).as("realtime").isNotNull();
    assertActivityStatistics(realtime.getActivityStatistics(), 2, 6, 4);
    int longestAge = realtime.getLongestTaskWaitingAge();
    int longestInQueue = realtime.getLongestRelativeTaskAgeInQueue();
    assertThat(longestAge).isEqualTo(97);
    assertThat(realtime.getLongestTaskWaitingSid()).isEqualTo(WT);
    assertThat(longestInQueue).isEqualTo(61);
    assertThat(realtime.getLongestRelativeTaskSidInQueue()).isEqualTo(WT2);
    assertTasksByPriority(realtime.getTasksByPriority(), Map.of("0", 7, "50", 3));
    assertTasksByStatus(realtime.getTasksByStatus(), 4, 1, 3, 2);
    assertThat(realtime.getTotalAvailableWorkers()).isEqualTo(2);
    assertThat(realtime.getTotalEligibleWorkers()).isEqualTo(12);
    assertThat(realtime.getTotalTasks()).isEqualTo(10);
  }

  /** Real-time counters of the second, almost idle queue (WQfedc...) of the list and bulk fixtures. */
  private static void assertQuietRealtime(TaskQueueRealTimeStatistics realtime) {
    assertThat(realtime).as("realtime").isNotNull();
    assertActivityStatistics(realtime.getActivityStatistics(), 0, 7, 1);
    assertThat(realtime.getLongestTaskWaitingAge()).isZero();
    assertThat(realtime.getLongestTaskWaitingSid()).isNull();
    assertThat(realtime.getLongestRelativeTaskAgeInQueue()).isZero();
    assertThat(realtime.getLongestRelativeTaskSidInQueue()).isNull();
    assertThat(realtime.getTasksByPriority()).isEmpty();
    assertTasksByStatus(realtime.getTasksByStatus(), 0, 0, 1, 0);
    assertThat(realtime.getTotalAvailableWorkers()).isZero();
    assertThat(realtime.getTotalEligibleWorkers()).isEqualTo(8);
    assertThat(realtime.getTotalTasks()).isEqualTo(1);
  }

  /** Cumulative counters of the queue "Sales" in every task_queue_statistics fixture. */
  private static void assertSalesCumulative(TaskQueueCumulativeStatistics cumulative) {
    assertThat(cumulative).as("cumulative").isNotNull();
    int avgAcceptance = cumulative.getAvgTaskAcceptanceTime();
    assertThat(avgAcceptance).isEqualTo(21);
    assertThat(cumulative.getStartTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:30:00Z"));
    assertThat(cumulative.getEndTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    assertThat(cumulative.getReservationsCreated()).isEqualTo(33);
    assertThat(cumulative.getReservationsAccepted()).isEqualTo(23);
    assertThat(cumulative.getReservationsRejected()).isEqualTo(4);
    assertThat(cumulative.getReservationsTimedOut()).isEqualTo(2);
    assertThat(cumulative.getReservationsCanceled()).isEqualTo(1);
    assertThat(cumulative.getReservationsRescinded()).isEqualTo(3);
    Map<String, WaitTimeSplit> split = cumulative.getSplitByWaitTime();
    assertSplitThresholds(split, "10", "60");
    assertSplit(split, "10", 2, 14, 4, 9);
    assertSplit(split, "60", 5, 18, 1, 5);
    assertWaitDuration(cumulative.getWaitDurationUntilAccepted(), "wait_duration_until_accepted", 21.75, 3, 118, 500L);
    assertWaitDuration(cumulative.getWaitDurationUntilCanceled(), "wait_duration_until_canceled", 52.5, 14, 99, 315L);
    assertWaitDuration(cumulative.getWaitDurationInQueueUntilAccepted(), "wait_duration_in_queue_until_accepted",
        12.25, 1, 64, 281L);
    assertThat(cumulative.getTasksCanceled()).isEqualTo(6);
    assertThat(cumulative.getTasksCompleted()).isEqualTo(19);
    assertThat(cumulative.getTasksDeleted()).isEqualTo(7);
    assertThat(cumulative.getTasksEntered()).isEqualTo(29);
    assertThat(cumulative.getTasksMoved()).isEqualTo(5);
  }
}
