package io.taskrouter.sdk;

import static io.taskrouter.sdk.StatisticsAssertions.BASE_URL;
import static io.taskrouter.sdk.StatisticsAssertions.WA_AVAILABLE;
import static io.taskrouter.sdk.StatisticsAssertions.WA_BUSY;
import static io.taskrouter.sdk.StatisticsAssertions.WA_OFFLINE;
import static io.taskrouter.sdk.StatisticsAssertions.assertActivityDuration;
import static io.taskrouter.sdk.StatisticsAssertions.assertActivityStatistics;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.ActivityDuration;
import io.taskrouter.sdk.model.WorkerInstanceStatistics;
import io.taskrouter.sdk.model.WorkerStatistics;
import io.taskrouter.sdk.model.WorkersCumulativeStatistics;
import io.taskrouter.sdk.model.WorkersRealTimeStatistics;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Statistics of all Workers ({@code client.workspace(ws).workersStatistics()}) and of one Worker
 * ({@code client.workspace(ws).worker(wk).statistics()}).
 */
class WorkerStatisticsWireTest extends MockApi {
  private static final String WORKERS_PATH = "/v1/Workspaces/" + WS + "/Workers";

  // ------------------------------------------------------------------ all workers

  @Test
  void workersFetchSendsEveryQueryParameterInSpecOrderAndParsesBothNestedParts() {
    respond(200, fixture("workers_statistics.json"));

    WorkerStatistics statistics = client.workspace(WS).workersStatistics().fetch(p -> p
        .taskChannel("voice")
        .friendlyName("Alice")
        .taskQueueName("Sales & Support")
        .taskQueueSid(WQ)
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00"))
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .minutes(60));

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/Statistics");
    assertThat(query(request)).containsExactly(
        entry("Minutes", List.of("60")),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("TaskQueueSid", List.of(WQ)),
        entry("TaskQueueName", List.of("Sales & Support")),
        entry("FriendlyName", List.of("Alice")),
        entry("TaskChannel", List.of("voice")));

    assertThat(statistics.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(statistics.getWorkspaceSid()).isEqualTo(WS);
    assertThat(statistics.getUrl()).isEqualTo(BASE_URL + "/Workers/Statistics");

    WorkersRealTimeStatistics realtime = statistics.getRealtime();
    assertWorkersRealtime(realtime);
    assertThat(realtime.getAccountSid()).isNull();
    assertThat(realtime.getUrl()).isNull();

    WorkersCumulativeStatistics cumulative = statistics.getCumulative();
    assertWorkersCumulative(cumulative);
    assertThat(cumulative.getAccountSid()).isNull();
    assertThat(cumulative.getUrl()).isNull();
  }

  @Test
  void workersCumulativeSendsEveryQueryParameterInSpecOrderAndParsesEveryCounter() {
    respond(200, fixture("workers_statistics_cumulative.json"));

    WorkersCumulativeStatistics cumulative = client.workspace(WS).workersStatistics().cumulative(p -> p
        .taskChannel("chat")
        .startDate(OffsetDateTime.parse("2026-11-24T17:45:30+02:00"))
        .minutes(60)
        .endDate(OffsetDateTime.parse("2026-11-24T11:00:00-04:00")));

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/CumulativeStatistics");
    assertThat(query(request)).containsExactly(
        entry("EndDate", List.of("2026-11-24T15:00:00Z")),
        entry("Minutes", List.of("60")),
        entry("StartDate", List.of("2026-11-24T15:45:30Z")),
        entry("TaskChannel", List.of("chat")));

    assertWorkersCumulative(cumulative);
    assertThat(cumulative.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(cumulative.getWorkspaceSid()).isEqualTo(WS);
    assertThat(cumulative.getUrl()).isEqualTo(BASE_URL + "/Workers/CumulativeStatistics");
  }

  @Test
  void workersRealTimeSendsTheTaskChannelAndParsesEveryCounter() {
    respond(200, fixture("workers_statistics_realtime.json"));

    WorkersRealTimeStatistics realtime = client.workspace(WS).workersStatistics().realTime(p -> p.taskChannel("sms"));

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/RealTimeStatistics");
    assertThat(query(request)).containsExactly(entry("TaskChannel", List.of("sms")));

    assertWorkersRealtime(realtime);
    assertThat(realtime.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(realtime.getWorkspaceSid()).isEqualTo(WS);
    assertThat(realtime.getUrl()).isEqualTo(BASE_URL + "/Workers/RealTimeStatistics");
  }

  @Test
  void workersFetchWithoutOptionsSendsNoQuery() {
    respond(200, fixture("workers_statistics.json"));

    client.workspace(WS).workersStatistics().fetch();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/Statistics");
    assertThat(query(request)).isEmpty();
  }

  @Test
  void workersFetchAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("workers_statistics.json"));

    WorkerStatistics statistics = client.workspace(WS).workersStatistics()
        .fetchAsync(p -> p.taskQueueSid(WQ)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/Statistics");
    assertThat(query(request)).containsExactly(entry("TaskQueueSid", List.of(WQ)));
    assertWorkersRealtime(statistics.getRealtime());
    assertWorkersCumulative(statistics.getCumulative());
  }

  // ------------------------------------------------------------------ one worker

  @Test
  void workerFetchSendsEveryQueryParameterInSpecOrderAndParsesTheCumulativePart() {
    respond(200, fixture("worker_statistics.json"));

    WorkerInstanceStatistics statistics = client.workspace(WS).worker(WK).statistics().fetch(p -> p
        .taskChannel("voice")
        .endDate(OffsetDateTime.parse("2026-11-24T23:15:00-03:00"))
        .startDate(OffsetDateTime.parse("2026-11-24T09:30:00-05:00"))
        .minutes(120));

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/" + WK + "/Statistics");
    assertThat(query(request)).containsExactly(
        entry("Minutes", List.of("120")),
        entry("StartDate", List.of("2026-11-24T14:30:00Z")),
        entry("EndDate", List.of("2026-11-25T02:15:00Z")),
        entry("TaskChannel", List.of("voice")));

    assertThat(statistics.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(statistics.getWorkerSid()).isEqualTo(WK);
    assertThat(statistics.getWorkspaceSid()).isEqualTo(WS);
    assertThat(statistics.getUrl()).isEqualTo(BASE_URL + "/Workers/" + WK + "/Statistics");
    assertAliceCumulative(statistics.getCumulative());
  }

  @Test
  void workerFetchWithoutOptionsSendsNoQuery() {
    respond(200, fixture("worker_statistics.json"));

    client.workspace(WS).worker(WK).statistics().fetch();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/" + WK + "/Statistics");
    assertThat(query(request)).isEmpty();
  }

  @Test
  void workerFetchAsyncCompletesWithTheParsedStatistics() throws Exception {
    respond(200, fixture("worker_statistics.json"));

    WorkerInstanceStatistics statistics = client.workspace(WS).worker(WK).statistics()
        .fetchAsync(p -> p.minutes(120)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS_PATH + "/" + WK + "/Statistics");
    assertThat(query(request)).containsExactly(entry("Minutes", List.of("120")));
    assertThat(statistics.getWorkerSid()).isEqualTo(WK);
    assertAliceCumulative(statistics.getCumulative());
  }

  // ------------------------------------------------------------------ fixture values

  private static void assertWorkersRealtime(WorkersRealTimeStatistics realtime) {
    assertThat(realtime).as("realtime").isNotNull();
    assertActivityStatistics(realtime.getActivityStatistics(), 3, 8, 5);
    int total = realtime.getTotalWorkers();
    assertThat(total).isEqualTo(16);
  }

  private static void assertWorkersCumulative(WorkersCumulativeStatistics cumulative) {
    assertThat(cumulative).as("cumulative").isNotNull();
    assertThat(cumulative.getStartTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:00:00Z"));
    assertThat(cumulative.getEndTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    List<ActivityDuration> durations = cumulative.getActivityDurations();
    assertThat(durations).hasSize(3);
    assertActivityDuration(durations.get(0), WA_AVAILABLE, "Available", 912.5, 30, 2710, 14600L);
    assertActivityDuration(durations.get(1), WA_OFFLINE, "Offline", 3600.0, 3600, 3600, 28800L);
    assertActivityDuration(durations.get(2), WA_BUSY, "Busy", 421.25, 12, 1905, 6740L);
    assertThat(cumulative.getReservationsCreated()).isEqualTo(64);
    assertThat(cumulative.getReservationsAccepted()).isEqualTo(47);
    assertThat(cumulative.getReservationsRejected()).isEqualTo(6);
    assertThat(cumulative.getReservationsTimedOut()).isEqualTo(5);
    assertThat(cumulative.getReservationsCanceled()).isEqualTo(2);
    assertThat(cumulative.getReservationsRescinded()).isEqualTo(4);
  }

  /** The cumulative part of fixtures/worker_statistics.json (one Worker, no identifying fields). */
  private static void assertAliceCumulative(WorkersCumulativeStatistics cumulative) {
    assertThat(cumulative).as("cumulative").isNotNull();
    assertThat(cumulative.getAccountSid()).isNull();
    assertThat(cumulative.getWorkspaceSid()).isNull();
    assertThat(cumulative.getUrl()).isNull();
    assertThat(cumulative.getStartTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T13:00:00Z"));
    assertThat(cumulative.getEndTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    List<ActivityDuration> durations = cumulative.getActivityDurations();
    assertThat(durations).hasSize(2);
    assertActivityDuration(durations.get(0), WA_AVAILABLE, "Available", 1350.5, 301, 2400, 2701L);
    assertActivityDuration(durations.get(1), WA_BUSY, "Busy", 1499.0, 1102, 1896, 2998L);
    assertThat(cumulative.getReservationsCreated()).isEqualTo(12);
    assertThat(cumulative.getReservationsAccepted()).isEqualTo(6);
    assertThat(cumulative.getReservationsRejected()).isEqualTo(1);
    assertThat(cumulative.getReservationsTimedOut()).isEqualTo(2);
    assertThat(cumulative.getReservationsCanceled()).isZero();
    assertThat(cumulative.getReservationsRescinded()).isEqualTo(3);
  }
}
