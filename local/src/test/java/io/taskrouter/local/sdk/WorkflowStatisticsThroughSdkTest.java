package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.model.WorkflowCumulativeStatistics;
import io.taskrouter.sdk.model.WorkflowRealTimeStatistics;
import io.taskrouter.sdk.model.WorkflowStatistics;
import org.junit.jupiter.api.Test;

class WorkflowStatisticsThroughSdkTest extends StatisticsSdkTest {

  @Test
  void realTimeStatisticsCountTheWorkflowsWaitingTasks() {
    WorkflowRealTimeStatistics now = ws.workflow(workflow).statistics().realTime();

    assertThat(now.getWorkflowSid()).isEqualTo(workflow);
    assertThat(now.getTotalTasks()).isEqualTo(2);
    assertThat(now.getTasksByStatus().getPending()).isEqualTo(2);
    assertThat(now.getLongestTaskWaitingSid()).isEqualTo(oldest);
  }

  @Test
  void cumulativeStatisticsCountTheTasksThatEnteredIt() {
    WorkflowCumulativeStatistics cumulative = ws.workflow(workflow).statistics().cumulative();

    assertThat(cumulative.getTasksEntered()).isEqualTo(3);
    assertThat(cumulative.getTasksCanceled()).isEqualTo(1);
    assertThat(cumulative.getTasksTimedOutInWorkflow()).isZero();
  }

  @Test
  void statisticsHoldBoth() {
    WorkflowStatistics both = ws.workflow(workflow).statistics().fetch(p -> p.minutes(60));

    assertThat(both.getWorkflowSid()).isEqualTo(workflow);
    assertThat(both.getRealtime().getTotalTasks()).isEqualTo(2);
    assertThat(both.getCumulative().getTasksEntered()).isEqualTo(3);
  }

  @Test
  void statisticsOfAnUnknownWorkflowAreNotFound() {
    assertApiError(() -> ws.workflow("WW" + "0".repeat(32)).statistics().fetch(), NotFoundException.class, 404,
        20404, "was not found");
  }
}
