package io.taskrouter.sdk;

import static io.taskrouter.sdk.StatisticsAssertions.BASE_URL;
import static io.taskrouter.sdk.StatisticsAssertions.assertSplit;
import static io.taskrouter.sdk.StatisticsAssertions.assertSplitThresholds;
import static io.taskrouter.sdk.StatisticsAssertions.assertTasksByPriority;
import static io.taskrouter.sdk.StatisticsAssertions.assertTasksByStatus;
import static io.taskrouter.sdk.StatisticsAssertions.assertWaitDuration;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.WaitTimeSplit;
import io.taskrouter.sdk.model.WorkflowCumulativeStatistics;
import io.taskrouter.sdk.model.WorkflowRealTimeStatistics;
import io.taskrouter.sdk.model.WorkflowStatistics;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WorkflowStatisticsWireTest extends MockApi {
  private static final String WT2 = "WTfedcba9876543210fedcba9876543210";
  private static final String PATH = "/v1/Workspaces/" + WS + "/Workflows/" + WW;

  @Test
  void fetchSendsEveryQueryParameterInSpecOrderAndParsesBothNestedParts() {
    respond(200, fixture("workflow_statistics.json"));

    WorkflowStatistics statistics = client.workspace(WS).workflow(WW).statistics().fetch(p -> p
        .splitByWaitTime(20)
        .taskChannel("voice")
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00"))
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .minutes(180));

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/Statistics");
    assertThat(query(request)).containsExactly(
        entry("Minutes", List.of("180")),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("TaskChannel", List.of("voice")),
        entry("SplitByWaitTime", List.of("20")));

    assertThat(statistics.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(statistics.getWorkflowSid()).isEqualTo(WW);
    assertThat(statistics.getWorkspaceSid()).isEqualTo(WS);
    assertThat(statistics.getUrl()).isEqualTo(BASE_URL + "/Workflows/" + WW + "/Statistics");

    WorkflowRealTimeStatistics realtime = statistics.getRealtime();
    assertRealtimeCounters(realtime);
    assertThat(realtime.getWorkflowSid()).isNull();
    assertThat(realtime.getUrl()).isNull();

    WorkflowCumulativeStatistics cumulative = statistics.getCumulative();
    assertCumulativeCounters(cumulative);
    assertThat(cumulative.getWorkflowSid()).isNull();
    assertThat(cumulative.getUrl()).isNull();
  }

  @Test
  void cumulativeSendsEveryQueryParameterInSpecOrderAndParsesEveryCounter() {
    respond(200, fixture("workflow_statistics_cumulative.json"));

    WorkflowCumulativeStatistics cumulative = client.workspace(WS).workflow(WW).statistics().cumulative(p -> p
        .minutes(180)
        .startDate(OffsetDateTime.parse("2026-11-24T17:45:30+02:00"))
        .endDate(OffsetDateTime.parse("2026-11-24T11:00:00-04:00"))
        .taskChannel("chat")
        .splitByWaitTime(20));

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-24T15:00:00Z")),
        entry("Minutes", List.of("180")),
        entry("StartDate", List.of("2026-11-24T15:45:30Z")),
        entry("TaskChannel", List.of("chat")),
        entry("SplitByWaitTime", List.of("20")));

    assertCumulativeCounters(cumulative);
    assertThat(cumulative.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(cumulative.getWorkflowSid()).isEqualTo(WW);
    assertThat(cumulative.getWorkspaceSid()).isEqualTo(WS);
    assertThat(cumulative.getUrl()).isEqualTo(BASE_URL + "/Workflows/" + WW + "/CumulativeStatistics");
  }

  @Test
  void realTimeSendsTheTaskChannelAndParsesEveryCounter() {
    respond(200, fixture("workflow_statistics_realtime.json"));

    WorkflowRealTimeStatistics realtime = client.workspace(WS).workflow(WW).statistics()
        .realTime(p -> p.taskChannel("voice"));

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/RealTimeStatistics");
    assertThat(query(request)).containsExactly(entry("TaskChannel", List.of("voice")));

    assertRealtimeCounters(realtime);
    assertThat(realtime.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(realtime.getWorkflowSid()).isEqualTo(WW);
    assertThat(realtime.getWorkspaceSid()).isEqualTo(WS);
    assertThat(realtime.getUrl()).isEqualTo(BASE_URL + "/Workflows/" + WW + "/RealTimeStatistics");
  }

  @Test
  void fetchWithoutOptionsSendsNoQuery() {
    respond(200, fixture("workflow_statistics.json"));

    client.workspace(WS).workflow(WW).statistics().fetch();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/Statistics");
    assertThat(query(request)).isEmpty();
  }

  @Test
  void cumulativeAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("workflow_statistics_cumulative.json"));

    WorkflowCumulativeStatistics cumulative = client.workspace(WS).workflow(WW).statistics()
        .cumulativeAsync(p -> p.taskChannel("voice")).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(entry("TaskChannel", List.of("voice")));
    assertCumulativeCounters(cumulative);
  }

  @Test
  void realTimeAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("workflow_statistics_realtime.json"));

    WorkflowRealTimeStatistics realtime = client.workspace(WS).workflow(WW).statistics().realTimeAsync()
        .get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/RealTimeStatistics");
    assertThat(query(request)).isEmpty();
    assertRealtimeCounters(realtime);
  }

  private static void assertRealtimeCounters(WorkflowRealTimeStatistics realtime) {
    assertThat(realtime).as("realtime").isNotNull();
    int longestAge = realtime.getLongestTaskWaitingAge();
    assertThat(longestAge).isEqualTo(203);
    assertThat(realtime.getLongestTaskWaitingSid()).isEqualTo(WT2);
    assertTasksByPriority(realtime.getTasksByPriority(), Map.of("1", 2, "5", 6));
    assertTasksByStatus(realtime.getTasksByStatus(), 3, 4, 1, 0);
    int total = realtime.getTotalTasks();
    assertThat(total).isEqualTo(8);
  }

  private static void assertCumulativeCounters(WorkflowCumulativeStatistics cumulative) {
    assertThat(cumulative).as("cumulative").isNotNull();
    int avgAcceptance = cumulative.getAvgTaskAcceptanceTime();
    assertThat(avgAcceptance).isEqualTo(27);
    assertThat(cumulative.getStartTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T12:00:00Z"));
    assertThat(cumulative.getEndTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    assertThat(cumulative.getReservationsCreated()).isEqualTo(72);
    assertThat(cumulative.getReservationsAccepted()).isEqualTo(51);
    assertThat(cumulative.getReservationsRejected()).isEqualTo(9);
    assertThat(cumulative.getReservationsTimedOut()).isEqualTo(7);
    assertThat(cumulative.getReservationsCanceled()).isEqualTo(3);
    assertThat(cumulative.getReservationsRescinded()).isEqualTo(2);
    Map<String, WaitTimeSplit> split = cumulative.getSplitByWaitTime();
    assertSplitThresholds(split, "20");
    assertSplit(split, "20", 1, 34, 4, 17);
    assertWaitDuration(cumulative.getWaitDurationUntilAccepted(), "wait_duration_until_accepted", 26.5, 4, 187, 1352L);
    assertWaitDuration(cumulative.getWaitDurationUntilCanceled(), "wait_duration_until_canceled", 61.2, 19, 140, 306L);
    assertThat(cumulative.getTasksCanceled()).isEqualTo(5);
    assertThat(cumulative.getTasksCompleted()).isEqualTo(44);
    assertThat(cumulative.getTasksEntered()).isEqualTo(58);
    assertThat(cumulative.getTasksDeleted()).isEqualTo(1);
    assertThat(cumulative.getTasksMoved()).isZero();
    assertThat(cumulative.getTasksTimedOutInWorkflow()).isEqualTo(4);
  }
}
