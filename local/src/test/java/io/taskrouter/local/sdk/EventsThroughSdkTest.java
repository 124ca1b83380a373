package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Event;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsThroughSdkTest extends SdkTest {

  @Test
  void theEventsOfATaskStartWithItsCreation() {
    WorkspaceScope ws = fifoWorkspace();
    Task task = ws.tasks().create(p -> p.attributes("{\"type\":\"ticket\"}"));

    List<Event> events = ws.events().list().toList();

    assertThat(events).filteredOn(e -> "task.created".equals(e.getEventType())).singleElement().satisfies(created -> {
      assertThat(created.getSid()).matches("EV[0-9a-f]{32}");
      assertThat(created.getResourceSid()).isEqualTo(task.getSid());
      assertThat(created.getResourceType()).isEqualTo("task");
      assertThat(created.getResourceUrl()).isEqualTo(task.getUrl());
      assertThat(created.getEventDate()).isEqualTo(now());
      assertThat(created.getEventDateMs()).isEqualTo(now().toInstant().toEpochMilli());
      assertThat(created.getWorkspaceSid()).isEqualTo(ws.workspaceSid());
    });
  }

  @Test
  void filtersEventsByTaskAndTypeNewestFirst() {
    WorkspaceScope ws = fifoWorkspace();
    Task task = ws.tasks().create();
    ws.tasks().create();
    ws.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.CANCELED).reason("gone"));

    assertThat(ws.events().list(p -> p.taskSid(task.getSid())).toList()).extracting(Event::getEventType)
        .containsExactly("task.canceled", "task-queue.entered", "workflow.target-matched", "workflow.entered",
            "task.created");
    assertThat(ws.events().list(p -> p.eventType("task.created")).toList()).hasSize(2);
    assertThat(ws.events().list(p -> p.eventType("task.created").taskSid(task.getSid())).toList())
        .extracting(Event::getResourceSid).containsExactly(task.getSid());
  }

  @Test
  void fetchesOneEvent() {
    WorkspaceScope ws = fifoWorkspace();
    Task task = ws.tasks().create();
    Event listed = ws.events().list(p -> p.eventType("task.created")).toList().get(0);

    Event fetched = ws.events().fetch(listed.getSid());

    assertThat(fetched.getSid()).isEqualTo(listed.getSid());
    assertThat(fetched.getEventType()).isEqualTo("task.created");
    assertThat(fetched.getResourceSid()).isEqualTo(task.getSid());
    assertApiError(() -> ws.events().fetch("EV" + "0".repeat(32)), NotFoundException.class, 404, 20404,
        "was not found");
  }

  @Test
  void aWindowOfMinutesLeavesOlderEventsOut() {
    WorkspaceScope ws = fifoWorkspace();
    ws.tasks().create();
    SERVER.clock().advanceSeconds(16 * 60);

    assertThat(ws.events().list().toList()).as("the last 15 minutes by default").isEmpty();
    assertThat(ws.events().list(p -> p.minutes(20).eventType("task.created")).toList()).hasSize(1);
    assertThat(ws.events().list(p -> p.startDate(now().minusMinutes(17)).eventType("task.created")).toList())
        .hasSize(1);
  }
}
