package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatistics;
import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatisticsRequest;
import io.taskrouter.sdk.model.TaskQueueCumulativeStatistics;
import io.taskrouter.sdk.model.TaskQueueRealTimeStatistics;
import io.taskrouter.sdk.model.TaskQueueStatistics;
import io.taskrouter.sdk.model.TaskQueuesStatistics;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskQueueStatisticsThroughSdkTest extends StatisticsSdkTest {
  private String spanish;

  @BeforeEach
  void aSpanishQueue() {
    spanish = ws.taskQueues().create(p -> p.friendlyName("Spanish").targetWorkers("lang == 'es'")).getSid();
  }

  @Test
  void realTimeStatisticsOfAQueueCountItsTasksAndEligibleWorkers() {
    TaskQueueRealTimeStatistics sample = ws.taskQueue(queue).statistics().realTime();
    assertThat(sample.getTaskQueueSid()).isEqualTo(queue);
    assertThat(sample.getTotalTasks()).isEqualTo(2);
    assertThat(sample.getTasksByStatus().getPending()).isEqualTo(2);
    assertThat(sample.getTotalEligibleWorkers()).isEqualTo(2);
    assertThat(sample.getTotalAvailableWorkers()).isEqualTo(1);
    assertThat(sample.getLongestRelativeTaskSidInQueue()).isEqualTo(oldest);
    assertThat(sample.getLongestRelativeTaskAgeInQueue()).isEqualTo(15);

    TaskQueueRealTimeStatistics spanishNow = ws.taskQueue(spanish).statistics().realTime();
    assertThat(spanishNow.getTotalEligibleWorkers()).isEqualTo(1);
    assertThat(spanishNow.getTotalAvailableWorkers()).isZero();
    assertThat(spanishNow.getTotalTasks()).isZero();
    assertThat(spanishNow.getLongestTaskWaitingSid()).isNull();
  }

  @Test
  void cumulativeAndCombinedStatisticsOfAQueue() {
    TaskQueueCumulativeStatistics cumulative = ws.taskQueue(queue).statistics().cumulative();
    assertThat(cumulative.getTasksEntered()).isEqualTo(3);
    assertThat(cumulative.getTasksCanceled()).isEqualTo(1);
    assertThat(cumulative.getWaitDurationInQueueUntilAccepted().getTotal()).isZero();

    TaskQueueStatistics sms = ws.taskQueue(queue).statistics().fetch(p -> p.taskChannel("sms"));
    assertThat(sms.getTaskQueueSid()).isEqualTo(queue);
    assertThat(sms.getRealtime().getTotalTasks()).isEqualTo(1);
    assertThat(sms.getCumulative().getTasksEntered()).isEqualTo(1);
  }

  @Test
  void listsTheStatisticsOfEveryQueue() {
    List<TaskQueuesStatistics> all = ws.taskQueuesStatistics().list().toList();
    assertThat(all).extracting(TaskQueuesStatistics::getTaskQueueSid).containsExactly(queue, spanish);
    assertThat(all.get(0).getRealtime().getTotalTasks()).isEqualTo(2);
    assertThat(all.get(0).getCumulative().getTasksEntered()).isEqualTo(3);

    assertThat(ws.taskQueuesStatistics().list(p -> p.friendlyName("Spanish")).toList())
        .extracting(TaskQueuesStatistics::getTaskQueueSid).containsExactly(spanish);
  }

  @Test
  void bulkRealTimeStatisticsOfSeveralQueuesInOneCall() {
    TaskQueueBulkRealTimeStatistics bulk = ws.taskQueuesStatistics().realTime(p -> p
        .body(TaskQueueBulkRealTimeStatisticsRequest.builder().queueSids(queue, spanish).build()));

    assertThat(bulk.getTaskQueueResponseCount()).isEqualTo(2);
    assertThat(bulk.getWorkspaceSid()).isEqualTo(ws.workspaceSid());
    assertThat(bulk.getTaskQueueData()).extracting(TaskQueueRealTimeStatistics::getTaskQueueSid)
        .containsExactly(queue, spanish);
    assertThat(bulk.getTaskQueueData().get(0).getTotalTasks()).isEqualTo(2);
    assertThat(bulk.getTaskQueueData().get(0).getTasksByStatus().getPending()).isEqualTo(2);
    assertThat(bulk.getTaskQueueData().get(1).getTotalEligibleWorkers()).isEqualTo(1);
  }

  @Test
  void bulkRealTimeStatisticsOfAWellFormedUnknownQueueAreZeros() {
    // openapi/taskrouter.yaml, CreateTaskQueueBulkRealTimeStatistics: "SIDs that are well-formed but unknown to
    // the account come back with all counters at zero".
    String unknown = "WQ" + "0".repeat(32);

    TaskQueueBulkRealTimeStatistics bulk = ws.taskQueuesStatistics().realTime(p -> p
        .body(TaskQueueBulkRealTimeStatisticsRequest.builder().queueSids(queue, unknown).build()));

    assertThat(bulk.getTaskQueueResponseCount()).isEqualTo(2);
    assertThat(bulk.getTaskQueueData().get(1).getTaskQueueSid()).isEqualTo(unknown);
    assertThat(bulk.getTaskQueueData().get(1).getTotalTasks()).isZero();
  }

  @Test
  void theSdkRefusesMoreThanFiftyQueuesWithoutSendingAnything() {
    List<String> fiftyOne = Collections.nCopies(51, queue);

    assertThatThrownBy(() -> ws.taskQueuesStatistics().realTime(p -> p
        .body(TaskQueueBulkRealTimeStatisticsRequest.builder().queueSids(fiftyOne).build())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("queueSids size");
    assertThat(recorder.of("CreateTaskQueueBulkRealTimeStatistics")).isEmpty();
  }
}
