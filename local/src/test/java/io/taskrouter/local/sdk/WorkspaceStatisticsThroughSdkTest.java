package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.WorkspaceCumulativeStatistics;
import io.taskrouter.sdk.model.WorkspaceRealTimeStatistics;
import io.taskrouter.sdk.model.WorkspaceStatistics;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceStatisticsThroughSdkTest extends StatisticsSdkTest {

  @Test
  void realTimeStatisticsCountThePendingTasksAndTheWorkers() {
    long pending = ws.tasks().list(p -> p.assignmentStatus(TaskStatus.PENDING)).stream().count();

    WorkspaceRealTimeStatistics now = ws.statistics().realTime();

    assertThat(pending).isEqualTo(2);
    assertThat(now.getTasksByStatus().getPending()).isEqualTo((int) pending);
    assertThat(now.getTasksByStatus().getReserved()).isZero();
    assertThat(now.getTasksByStatus().getAssigned()).isZero();
    assertThat(now.getTotalTasks()).isEqualTo(2);
    assertThat(now.getTotalWorkers()).isEqualTo(2);
    assertThat(now.getLongestTaskWaitingSid()).isEqualTo(oldest);
    assertThat(now.getLongestTaskWaitingAge()).isEqualTo(15);
    assertThat(now.getTasksByPriority()).isEqualTo(Map.of("0", 1, "5", 1));
    assertThat(workersByActivity(now.getActivityStatistics()))
        .isEqualTo(Map.of("Offline", 1, "Available", 1, "Unavailable", 0));
    assertThat(now.getWorkspaceSid()).isEqualTo(ws.workspaceSid());
  }

  @Test
  void realTimeStatisticsOfOneChannel() {
    WorkspaceRealTimeStatistics sms = ws.statistics().realTime(p -> p.taskChannel("sms"));
    assertThat(sms.getTotalTasks()).isEqualTo(1);
    assertThat(sms.getLongestTaskWaitingSid()).isEqualTo(urgent);
  }

  @Test
  void aNewTaskShowsInTheRealTimeStatistics() {
    Task another = ws.tasks().create();
    assertThat(ws.statistics().realTime().getTasksByStatus().getPending()).isEqualTo(3);
    ws.tasks().delete(another.getSid());
    assertThat(ws.statistics().realTime().getTasksByStatus().getPending()).isEqualTo(2);
  }

  @Test
  void cumulativeStatisticsCountWhatHappenedInTheWindowSent() {
    OffsetDateTime start = now().minusMinutes(30);
    OffsetDateTime end = now();

    WorkspaceCumulativeStatistics window = ws.statistics().cumulative(p -> p.startDate(start).endDate(end));

    assertThat(window.getStartTime()).isEqualTo(start);
    assertThat(window.getEndTime()).isEqualTo(end);
    assertThat(window.getTasksCreated()).isEqualTo(3);
    assertThat(window.getTasksCanceled()).isEqualTo(1);
    assertThat(window.getTasksCompleted()).isZero();
    assertThat(window.getTasksDeleted()).isZero();
    assertThat(window.getReservationsCreated()).isZero();
    assertThat(window.getWaitDurationUntilCanceled().getTotal()).isEqualTo(10);

    SERVER.clock().advanceSeconds(120);
    assertThat(ws.statistics().cumulative(p -> p.minutes(1)).getTasksCreated()).isZero();
  }

  @Test
  void statisticsHoldBothRealTimeAndCumulative() {
    WorkspaceStatistics both = ws.statistics().fetch();

    assertThat(both.getWorkspaceSid()).isEqualTo(ws.workspaceSid());
    assertThat(both.getRealtime().getTotalTasks()).isEqualTo(2);
    assertThat(both.getRealtime().getTotalWorkers()).isEqualTo(2);
    assertThat(both.getCumulative().getTasksCreated()).isEqualTo(3);
    assertThat(both.getCumulative().getTasksCanceled()).isEqualTo(1);
  }
}
