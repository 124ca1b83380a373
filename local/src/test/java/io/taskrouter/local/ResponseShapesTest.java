package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every response has exactly the fields of its resource in the wire facts: none missing (null
 * where there is no value), none extra.
 */
class ResponseShapesTest extends ServerTest {
  private static final String RESERVATIONS = "reservations_created reservations_accepted reservations_rejected "
      + "reservations_timed_out reservations_canceled reservations_rescinded ";
  private static final String CUMULATIVE = "account_sid avg_task_acceptance_time start_time end_time " + RESERVATIONS
      + "split_by_wait_time wait_duration_until_accepted wait_duration_until_canceled tasks_canceled tasks_completed "
      + "tasks_deleted tasks_moved workspace_sid url ";

  private static final Map<String, String> SHAPES = Map.ofEntries(
      Map.entry("workspace", "account_sid date_created date_updated default_activity_name default_activity_sid "
          + "event_callback_url events_filter friendly_name multi_task_enabled sid timeout_activity_name "
          + "timeout_activity_sid prioritize_queue_order url links"),
      Map.entry("activity", "account_sid available date_created date_updated friendly_name sid workspace_sid url links"),
      Map.entry("event", "account_sid actor_sid actor_type actor_url description event_data event_date event_date_ms "
          + "event_type resource_sid resource_type resource_url sid source source_ip_address url workspace_sid"),
      Map.entry("task", "account_sid age assignment_status attributes addons date_created date_updated "
          + "task_queue_entered_date priority reason sid task_queue_sid task_queue_friendly_name task_channel_sid "
          + "task_channel_unique_name timeout workflow_sid workflow_friendly_name workspace_sid url links "
          + "virtual_start_time ignore_capacity routing_target"),
      Map.entry("task_channel", "account_sid date_created date_updated friendly_name sid unique_name workspace_sid "
          + "channel_optimized_routing url links"),
      Map.entry("task_queue", "account_sid assignment_activity_sid assignment_activity_name date_created date_updated "
          + "friendly_name max_reserved_workers reservation_activity_sid reservation_activity_name sid target_workers "
          + "task_order url workspace_sid links"),
      Map.entry("worker", "account_sid activity_name activity_sid attributes available date_created "
          + "date_status_changed date_updated friendly_name sid workspace_sid url links"),
      Map.entry("worker_channel", "account_sid assigned_tasks available available_capacity_percentage "
          + "configured_capacity date_created date_updated sid task_channel_sid task_channel_unique_name worker_sid "
          + "workspace_sid url"),
      Map.entry("workflow", "account_sid assignment_callback_url configuration date_created date_updated "
          + "document_content_type fallback_assignment_callback_url friendly_name sid task_reservation_timeout "
          + "workspace_sid url links"),
      Map.entry("workspace_real_time", "account_sid activity_statistics longest_task_waiting_age "
          + "longest_task_waiting_sid tasks_by_priority tasks_by_status total_tasks total_workers workspace_sid url"),
      Map.entry("workspace_cumulative", CUMULATIVE + "tasks_created tasks_timed_out_in_workflow"),
      Map.entry("workspace_statistics", "realtime cumulative account_sid workspace_sid url"),
      Map.entry("workflow_real_time", "account_sid longest_task_waiting_age longest_task_waiting_sid tasks_by_priority "
          + "tasks_by_status total_tasks workflow_sid workspace_sid url"),
      Map.entry("workflow_cumulative", CUMULATIVE + "tasks_entered tasks_timed_out_in_workflow workflow_sid"),
      Map.entry("workflow_statistics", "account_sid cumulative realtime workflow_sid workspace_sid url"),
      Map.entry("task_queue_real_time", "account_sid activity_statistics longest_task_waiting_age "
          + "longest_task_waiting_sid longest_relative_task_age_in_queue longest_relative_task_sid_in_queue "
          + "task_queue_sid tasks_by_priority tasks_by_status total_available_workers total_eligible_workers "
          + "total_tasks workspace_sid url"),
      Map.entry("task_queue_cumulative", CUMULATIVE + "task_queue_sid wait_duration_in_queue_until_accepted "
          + "tasks_entered"),
      Map.entry("task_queue_statistics", "account_sid cumulative realtime task_queue_sid workspace_sid url"),
      Map.entry("task_queues_statistics", "account_sid cumulative realtime task_queue_sid workspace_sid"),
      Map.entry("task_queue_bulk", "account_sid workspace_sid task_queue_data task_queue_response_count url"),
      Map.entry("workers_real_time", "account_sid activity_statistics total_workers workspace_sid url"),
      Map.entry("workers_cumulative", "account_sid start_time end_time activity_durations " + RESERVATIONS
          + "workspace_sid url"),
      Map.entry("worker_statistics", "realtime cumulative account_sid workspace_sid url"),
      Map.entry("worker_instance_statistics", "account_sid cumulative worker_sid workspace_sid url"));

  @Test
  void everyResourceHasExactlyItsWireFields() {
    Workspace ws = workspace("FIFO");
    String queue = ws.queue("Sample Queue");
    String workflow = ws.path("Workflows/" + ws.workflow("Default Fifo Workflow"));
    String worker = ws.createWorker("Jamie");
    String task = ws.createTask();

    shape("workspace", api().get(ws.path("")).json());
    shape("activity", api().get(ws.path("Activities/" + ws.activity("Offline"))).json());
    shape("event", api().get(ws.path("Events")).list("events").get(0));
    shape("task", api().get(ws.path("Tasks/" + task)).json());
    shape("task", api().get(ws.path("Tasks")).list("tasks").get(0));
    shape("task_channel", api().get(ws.path("TaskChannels/voice")).json());
    shape("task_queue", api().get(ws.path("TaskQueues/" + queue)).json());
    shape("worker", api().get(ws.path("Workers/" + worker)).json());
    shape("worker_channel", api().get(ws.path("Workers/" + worker + "/Channels/voice")).json());
    shape("workflow", api().get(workflow).json());
    shape("workspace_real_time", api().get(ws.path("RealTimeStatistics")).json());
    shape("workspace_cumulative", api().get(ws.path("CumulativeStatistics")).json());
    shape("workspace_statistics", api().get(ws.path("Statistics")).json());
    shape("workflow_real_time", api().get(workflow + "/RealTimeStatistics").json());
    shape("workflow_cumulative", api().get(workflow + "/CumulativeStatistics").json());
    shape("workflow_statistics", api().get(workflow + "/Statistics").json());
    shape("task_queue_real_time", api().get(ws.path("TaskQueues/" + queue + "/RealTimeStatistics")).json());
    shape("task_queue_cumulative", api().get(ws.path("TaskQueues/" + queue + "/CumulativeStatistics")).json());
    shape("task_queue_statistics", api().get(ws.path("TaskQueues/" + queue + "/Statistics")).json());
    shape("task_queues_statistics", api().get(ws.path("TaskQueues/Statistics")).list("task_queues_statistics").get(0));
    shape("task_queue_bulk", api().postRaw(ws.path("TaskQueues/RealTimeStatistics"), "application/json",
        ("[\"" + queue + "\"]").getBytes(StandardCharsets.UTF_8)).json());
    shape("workers_real_time", api().get(ws.path("Workers/RealTimeStatistics")).json());
    shape("workers_cumulative", api().get(ws.path("Workers/CumulativeStatistics")).json());
    shape("worker_statistics", api().get(ws.path("Workers/Statistics")).json());
    shape("worker_instance_statistics", api().get(ws.path("Workers/" + worker + "/Statistics")).json());
  }

  @Test
  void fieldsWithoutAValueAreNullNotAbsent() {
    Workspace ws = workspace("NONE");
    Reply queue = expect(api().post(ws.path("TaskQueues"), "FriendlyName", "Q"), 201);
    assertThat(queue.json()).containsEntry("reservation_activity_sid", null).containsEntry("assignment_activity_name",
        null);
    Reply workspace = api().get(ws.path(""));
    assertThat(workspace.json()).containsEntry("event_callback_url", null).containsEntry("events_filter", null);
  }

  private static void shape(String name, Map<String, Object> actual) {
    List<String> expected = Arrays.asList(SHAPES.get(name).trim().split("\\s+"));
    assertThat(actual.keySet()).as(name).containsExactlyInAnyOrderElementsOf(expected);
  }
}
