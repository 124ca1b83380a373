package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.ReservationInstruction;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameters that are text on the wire but a boolean, an enum or numbers to the SDK: each typed
 * value goes on the wire exactly as the text the API documents ({@code true}, {@code pending},
 * {@code 5,30}), repeated where the API repeats the name.
 */
class TypedParamsWireTest extends MockApi {

  /** One typed option of one operation and what the request must carry for it. */
  record Row(String label, String fixture, Consumer<TaskRouter> call, boolean form, String wireName,
      List<String> sent) {
    @Override
    public String toString() {
      return label + " -> " + wireName + "=" + sent;
    }
  }

  private static Row query(String label, String fixture, Consumer<TaskRouter> call, String wireName, String... sent) {
    return new Row(label, fixture, call, false, wireName, List.of(sent));
  }

  private static Row form(String label, String fixture, Consumer<TaskRouter> call, String wireName, String... sent) {
    return new Row(label, fixture, call, true, wireName, List.of(sent));
  }

  static Stream<Row> rows() {
    return Stream.of(
        query("ListActivity available(true)", "activities_page.json",
            c -> c.workspace(WS).activities().listAsync(p -> p.available(true)).join(), "Available", "true"),
        query("ListActivity available(false)", "activities_page.json",
            c -> c.workspace(WS).activities().listAsync(p -> p.available(false)).join(), "Available", "false"),
        query("ListWorker available(true)", "workers_page.json",
            c -> c.workspace(WS).workers().listAsync(p -> p.available(true)).join(), "Available", "true"),
        query("ListWorker available(false)", "workers_page.json",
            c -> c.workspace(WS).workers().listAsync(p -> p.available(false)).join(), "Available", "false"),
        form("CreateActivity available(true)", "activity.json",
            c -> c.workspace(WS).activities().create(p -> p.friendlyName("On Call").available(true)), "Available", "true"),
        form("CreateTask ignoreCapacity(true)", "task.json",
            c -> c.workspace(WS).tasks().create(p -> p.routingTarget(WK).ignoreCapacity(true)), "IgnoreCapacity", "true"),
        form("CreateTask ignoreCapacity(false)", "task.json",
            c -> c.workspace(WS).tasks().create(p -> p.routingTarget(WK).ignoreCapacity(false)), "IgnoreCapacity", "false"),
        form("UpdateWorkflow reEvaluateTasks(true)", "workflow.json",
            c -> c.workspace(WS).workflows().update(WW, p -> p.reEvaluateTasks(true)), "ReEvaluateTasks", "true"),
        form("UpdateWorkflow reEvaluateTasks(false)", "workflow.json",
            c -> c.workspace(WS).workflows().update(WW, p -> p.reEvaluateTasks(false)), "ReEvaluateTasks", "false"),
        query("ListTask assignmentStatus(one)", "tasks_page.json",
            c -> c.workspace(WS).tasks().listAsync(p -> p.assignmentStatus(TaskStatus.WRAPPING)).join(),
            "AssignmentStatus", "wrapping"),
        query("ListTask assignmentStatus(several), repeated in order", "tasks_page.json",
            c -> c.workspace(WS).tasks().listAsync(p -> p.assignmentStatus(TaskStatus.PENDING, TaskStatus.RESERVED,
                TaskStatus.ASSIGNED)).join(), "AssignmentStatus", "pending", "reserved", "assigned"),
        form("UpdateTask assignmentStatus", "task.json",
            c -> c.workspace(WS).tasks().update(WT, p -> p.assignmentStatus(TaskStatus.CANCELED)), "AssignmentStatus",
            "canceled"),
        query("ListTaskReservation reservationStatus", "task_reservations_page.json",
            c -> c.workspace(WS).task(WT).reservations().listAsync(p -> p.reservationStatus(ReservationStatus.TIMEOUT))
                .join(), "ReservationStatus", "timeout"),
        query("ListWorkerReservation reservationStatus", "worker_reservations_page.json",
            c -> c.workspace(WS).worker(WK).reservations().listAsync(p -> p.reservationStatus(ReservationStatus.PENDING))
                .join(), "ReservationStatus", "pending"),
        form("UpdateTaskReservation instruction(accept)", "task_reservation.json",
            c -> c.workspace(WS).task(WT).reservations().update(WR, p -> p.instruction(ReservationInstruction.ACCEPT)),
            "Instruction", "accept"),
        form("UpdateTaskReservation instruction(call)", "task_reservation.json",
            c -> c.workspace(WS).task(WT).reservations().update(WR, p -> p.instruction(ReservationInstruction.CALL)),
            "Instruction", "call"),
        form("UpdateWorkerReservation instruction(reject)", "worker_reservation.json",
            c -> c.workspace(WS).worker(WK).reservations().update(WR, p -> p.instruction(ReservationInstruction.REJECT)),
            "Instruction", "reject"),
        form("UpdateWorkerReservation instruction(dequeue)", "worker_reservation.json",
            c -> c.workspace(WS).worker(WK).reservations().update(WR, p -> p.instruction(ReservationInstruction.DEQUEUE)),
            "Instruction", "dequeue"),
        query("FetchWorkspaceCumulativeStatistics splitByWaitTime(5, 30), one value", "workspace_statistics_cumulative.json",
            c -> c.workspace(WS).statistics().cumulative(p -> p.splitByWaitTime(5, 30)), "SplitByWaitTime", "5,30"),
        query("FetchWorkspaceStatistics splitByWaitTime(List)", "workspace_statistics.json",
            c -> c.workspace(WS).statistics().fetch(p -> p.splitByWaitTime(List.of(10, 60, 300))), "SplitByWaitTime",
            "10,60,300"),
        query("FetchWorkflowCumulativeStatistics splitByWaitTime(one)", "workflow_statistics_cumulative.json",
            c -> c.workspace(WS).workflow(WW).statistics().cumulative(p -> p.splitByWaitTime(20)), "SplitByWaitTime",
            "20"),
        query("ListTaskQueuesStatistics splitByWaitTime", "task_queue_statistics_list.json",
            c -> c.workspace(WS).taskQueuesStatistics().listAsync(p -> p.splitByWaitTime(5, 30)).join(),
            "SplitByWaitTime", "5,30"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theTypedValueIsSentAsTheApiSpellsIt(Row row) {
    respond(200, fixture(row.fixture));

    row.call.accept(client);

    RecordedRequest request = take();
    Map<String, List<String>> sent = row.form ? form(request) : query(request);
    assertThat(sent).containsEntry(row.wireName, row.sent);
  }
}
