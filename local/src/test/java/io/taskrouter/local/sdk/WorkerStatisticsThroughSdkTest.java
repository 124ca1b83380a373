package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.ActivityDuration;
import io.taskrouter.sdk.model.WorkerInstanceStatistics;
import io.taskrouter.sdk.model.WorkerStatistics;
import io.taskrouter.sdk.model.WorkersCumulativeStatistics;
import io.taskrouter.sdk.model.WorkersRealTimeStatistics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Worker statistics: Jamie was Available 15 s, then 60 s more, then Unavailable 30 s; Alex Offline all along. */
class WorkerStatisticsThroughSdkTest extends StatisticsSdkTest {

  @BeforeEach
  void jamieGoesUnavailable() {
    SERVER.clock().advanceSeconds(60);
    String unavailable = activitySid(ws, "Unavailable");
    ws.workers().update(jamie, p -> p.activitySid(unavailable));
    SERVER.clock().advanceSeconds(30);
  }

  @Test
  void realTimeStatisticsCountTheWorkersPerActivity() {
    WorkersRealTimeStatistics now = ws.workersStatistics().realTime();

    assertThat(now.getTotalWorkers()).isEqualTo(2);
    assertThat(workersByActivity(now.getActivityStatistics()))
        .isEqualTo(Map.of("Offline", 1, "Available", 0, "Unavailable", 1));
  }

  @Test
  void cumulativeStatisticsAddUpTheTimeSpentInEachActivity() {
    WorkersCumulativeStatistics all = ws.workersStatistics().cumulative();
    assertThat(totals(all.getActivityDurations())).containsEntry("Offline", 105L).containsEntry("Available", 75L)
        .containsEntry("Unavailable", 30L);

    WorkersCumulativeStatistics lastMinute = ws.workersStatistics().cumulative(p -> p.minutes(1));
    assertThat(totals(lastMinute.getActivityDurations())).containsEntry("Available", 30L)
        .containsEntry("Unavailable", 30L);
  }

  @Test
  void statisticsOfTheWorkersAQueueSelects() {
    String spanish = ws.taskQueues().create(p -> p.friendlyName("Spanish").targetWorkers("lang == 'es'")).getSid();

    WorkerStatistics both = ws.workersStatistics().fetch(p -> p.taskQueueSid(spanish));

    assertThat(both.getRealtime().getTotalWorkers()).isEqualTo(1);
    assertThat(workersByActivity(both.getRealtime().getActivityStatistics())).containsEntry("Offline", 1);
    assertThat(totals(both.getCumulative().getActivityDurations())).containsEntry("Unavailable", 0L);
    assertThat(ws.workersStatistics().fetch(p -> p.friendlyName("Jamie")).getRealtime().getTotalWorkers())
        .isEqualTo(1);
    assertThat(ws.workersStatistics().fetch().getRealtime().getTotalWorkers()).isEqualTo(2);
  }

  @Test
  void statisticsOfOneWorker() {
    WorkerInstanceStatistics statistics = ws.worker(jamie).statistics().fetch();

    assertThat(statistics.getWorkerSid()).isEqualTo(jamie);
    assertThat(totals(statistics.getCumulative().getActivityDurations())).containsEntry("Available", 75L)
        .containsEntry("Unavailable", 30L).containsEntry("Offline", 0L);
    assertThat(statistics.getCumulative().getReservationsAccepted()).isZero();
  }

  private static Map<String, Long> totals(List<ActivityDuration> durations) {
    return durations.stream().collect(Collectors.toMap(ActivityDuration::getFriendlyName, ActivityDuration::getTotal));
  }
}
