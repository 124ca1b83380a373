package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

/**
 * A field without a value is written as null, not left out. (That every response has exactly the
 * fields of its schema is the generated writers' job, checked against the spec by
 * {@code wire.ResponseWritersTest}, and every response of the tests is validated against the spec.)
 */
class ResponseShapesTest extends ServerTest {
  @Test
  void fieldsWithoutAValueAreNullNotAbsent() {
    Workspace ws = workspace("NONE");
    Reply queue = expect(api().post(ws.path("TaskQueues"), "FriendlyName", "Q"), 201);
    assertThat(queue.json()).containsEntry("reservation_activity_sid", null).containsEntry("assignment_activity_name",
        null);
    Reply workspace = api().get(ws.path(""));
    assertThat(workspace.json()).containsEntry("event_callback_url", null).containsEntry("events_filter", null);
  }
}
