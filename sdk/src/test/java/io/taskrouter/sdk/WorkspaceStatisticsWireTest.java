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
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.WaitTimeSplit;
import io.taskrouter.sdk.model.WorkspaceCumulativeStatistics;
import io.taskrouter.sdk.model.WorkspaceRealTimeStatistics;
import io.taskrouter.sdk.model.WorkspaceStatistics;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WorkspaceStatisticsWireTest extends MockApi {
  private static final String PATH = "/v1/Workspaces/" + WS;

  @Test
  void fetchSendsEveryQueryParameterInSpecOrderAndParsesBothNestedParts() {
    respond(200, fixture("workspace_statistics.json"));

    WorkspaceStatistics statistics = client.workspace(WS).statistics().fetch(p -> p
        .splitByWaitTime(5, 30)
        .taskChannel("voice")
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00"))
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .minutes(240));

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/Statistics");
    assertThat(query(request)).containsExactly(
        entry("Minutes", List.of("240")),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("TaskChannel", List.of("voice")),
        entry("SplitByWaitTime", List.of("5,30")));
    assertThat(request.getBodySize()).isZero();

    assertThat(statistics.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(statistics.getWorkspaceSid()).isEqualTo(WS);
    assertThat(statistics.getUrl()).isEqualTo(BASE_URL + "/Statistics");

    WorkspaceRealTimeStatistics realtime = statistics.getRealtime();
    assertRealtimeCounters(realtime);
    assertThat(realtime.getAccountSid()).isNull();
    assertThat(realtime.getWorkspaceSid()).isNull();
    assertThat(realtime.getUrl()).isNull();

    WorkspaceCumulativeStatistics cumulative = statistics.getCumulative();
    assertCumulativeCounters(cumulative);
    assertThat(cumulative.getAccountSid()).isNull();
    assertThat(cumulative.getWorkspaceSid()).isNull();
    assertThat(cumulative.getUrl()).isNull();
  }

  @Test
  void fetchWithoutOptionsSendsNoQuery() {
    respond(200, fixture("workspace_statistics.json"));

    WorkspaceStatistics statistics = client.workspace(WS).statistics().fetch();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/Statistics");
    assertThat(query(request)).isEmpty();
    assertThat(statistics.getRealtime()).isNotNull();
    assertThat(statistics.getCumulative()).isNotNull();
  }

  @Test
  void cumulativeSendsEveryQueryParameterInSpecOrderAndParsesEveryCounter() {
    respond(200, fixture("workspace_statistics_cumulative.json"));

    WorkspaceCumulativeStatistics cumulative = client.workspace(WS).statistics().cumulative(p -> p
        .minutes(45)
        .startDate(OffsetDateTime.parse("2026-11-24T17:45:30+02:00"))
        .endDate(OffsetDateTime.parse("2026-11-24T11:00:00-04:00"))
        .taskChannel("TC0123456789abcdef0123456789abcdef")
        .splitByWaitTime(5, 30));

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-24T15:00:00Z")),
        entry("Minutes", List.of("45")),
        entry("StartDate", List.of("2026-11-24T15:45:30Z")),
        entry("TaskChannel", List.of("TC0123456789abcdef0123456789abcdef")),
        entry("SplitByWaitTime", List.of("5,30")));

    assertCumulativeCounters(cumulative);
    assertThat(cumulative.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(cumulative.getWorkspaceSid()).isEqualTo(WS);
    assertThat(cumulative.getUrl()).isEqualTo(BASE_URL + "/CumulativeStatistics");
  }

  @Test
  void realTimeSendsTheTaskChannelAndParsesEveryCounter() {
    respond(200, fixture("workspace_statistics_realtime.json"));

    WorkspaceRealTimeStatistics realtime = client.workspace(WS).statistics().realTime(p -> p.taskChannel("chat"));

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/RealTimeStatistics");
    assertThat(query(request)).containsExactly(entry("TaskChannel", List.of("chat")));

    assertRealtimeCounters(realtime);
    assertThat(realtime.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(realtime.getWorkspaceSid()).isEqualTo(WS);
    assertThat(realtime.getUrl()).isEqualTo(BASE_URL + "/RealTimeStatistics");
  }

  @Test
  void realTimeAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("workspace_statistics_realtime.json"));

    WorkspaceRealTimeStatistics realtime = client.workspace(WS).statistics().realTimeAsync().get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/RealTimeStatistics");
    assertThat(query(request)).isEmpty();
    assertRealtimeCounters(realtime);
  }

  @Test
  void cumulativeAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("workspace_statistics_cumulative.json"));

    WorkspaceCumulativeStatistics cumulative = client.workspace(WS).statistics()
        .cumulativeAsync(p -> p.minutes(15)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(entry("Minutes", List.of("15")));
    assertCumulativeCounters(cumulative);
  }

  /** The real-time counters of the workspace fixtures (some rendered as numeric strings). */
  private static void assertRealtimeCounters(WorkspaceRealTimeStatistics realtime) {
    assertThat(realtime).as("realtime").isNotNull();
    assertActivityStatistics(realtime.getActivityStatistics(), 4, 9, 6);
    int longestAge = realtime.getLongestTaskWaitingAge();
    assertThat(longestAge).isEqualTo(124);
    assertThat(realtime.getLongestTaskWaitingSid()).isEqualTo(WT);
    assertTasksByPriority(realtime.getTasksByPriority(), Map.of("0", 8, "10", 5, "20", 3));
    assertTasksByStatus(realtime.getTasksByStatus(), 7, 2, 6, 1);
    int totalTasks = realtime.getTotalTasks();
    int totalWorkers = realtime.getTotalWorkers();
    assertThat(totalTasks).isEqualTo(16);
    assertThat(totalWorkers).isEqualTo(19);
  }

  /** The cumulative counters of the workspace fixtures. */
  private static void assertCumulativeCounters(WorkspaceCumulativeStatistics cumulative) {
    assertThat(cumulative).as("cumulative").isNotNull();
    int avgAcceptance = cumulative.getAvgTaskAcceptanceTime();
    assertThat(avgAcceptance).isEqualTo(18);
    assertThat(cumulative.getStartTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:45:00Z"));
    assertThat(cumulative.getEndTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    assertThat(cumulative.getReservationsCreated()).isEqualTo(55);
    assertThat(cumulative.getReservationsAccepted()).isEqualTo(41);
    assertThat(cumulative.getReservationsRejected()).isEqualTo(5);
    assertThat(cumulative.getReservationsTimedOut()).isEqualTo(3);
    assertThat(cumulative.getReservationsCanceled()).isEqualTo(2);
    assertThat(cumulative.getReservationsRescinded()).isEqualTo(4);
    Map<String, WaitTimeSplit> split = cumulative.getSplitByWaitTime();
    assertSplitThresholds(split, "5", "30");
    assertSplit(split, "5", 2, 12, 4, 29);
    assertSplit(split, "30", 5, 33, 1, 8);
    assertWaitDuration(cumulative.getWaitDurationUntilAccepted(), "wait_duration_until_accepted", 17.5, 2, 95, 717L);
    assertWaitDuration(cumulative.getWaitDurationUntilCanceled(), "wait_duration_until_canceled", 29.5, 11, 80, 177L);
    assertThat(cumulative.getTasksCanceled()).isEqualTo(6);
    assertThat(cumulative.getTasksCompleted()).isEqualTo(37);
    assertThat(cumulative.getTasksCreated()).isEqualTo(48);
    assertThat(cumulative.getTasksDeleted()).isEqualTo(8);
    assertThat(cumulative.getTasksMoved()).isEqualTo(10);
    assertThat(cumulative.getTasksTimedOutInWorkflow()).isEqualTo(13);
  }
}
