package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsFilterTest {
  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL                                  | task.created      | true",
        "''                                    | worker.deleted    | true",
        "'  '                                  | worker.deleted    | true",
        "task.created                          | task.created      | true",
        "task.created                          | task.canceled     | false",
        "'task.created, reservation.accepted ' | reservation.accepted | true",
        "'task.created,,reservation.accepted'  | task.completed    | false",
        "task.created                          | task.created.x    | false",
        "Task.Created                          | task.created      | false",
      })
  void passesListedTypesOrEverythingWhenEmpty(String filter, String type, boolean passes) {
    assertThat(EventsFilter.passes(filter, type)).isEqualTo(passes);
  }

  @Test
  void eventDataKeysNameTheirCallbackParameters() {
    assertThat(CallbackParameters.forEventDataKey("worker_time_in_previous_activity_ms"))
        .isEqualTo(CallbackParameters.WORKER_TIME_IN_PREVIOUS_ACTIVITY_MS);
    assertThat(CallbackParameters.forEventDataKey("task_queue_sid")).isEqualTo(CallbackParameters.TASK_QUEUE_SID);
  }
}
