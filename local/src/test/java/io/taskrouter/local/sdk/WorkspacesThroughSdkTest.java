package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.TaskChannel;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspacesThroughSdkTest extends SdkTest {

  @Test
  void aCreatedWorkspaceReadsBackWithTheValuesSent() {
    Workspace created = client.workspaces().create(p -> p
        .friendlyName("Customer Support")
        .eventCallbackUrl("https://example.com/events")
        .multiTaskEnabled(false)
        .prioritizeQueueOrder(QueueOrder.LIFO)
        .template("FIFO"));

    assertThat(created.getSid()).matches("WS[0-9a-f]{32}");
    Workspace fetched = client.workspaces().fetch(created.getSid());
    for (Workspace ws : List.of(created, fetched)) {
      assertThat(ws.getFriendlyName()).isEqualTo("Customer Support");
      assertThat(ws.getEventCallbackUrl()).isEqualTo("https://example.com/events");
      assertThat(ws.getMultiTaskEnabled()).isFalse();
      assertThat(ws.getPrioritizeQueueOrder()).isEqualTo(QueueOrder.LIFO);
      assertThat(ws.getAccountSid()).isEqualTo(SERVER.server().accountSid());
      assertThat(ws.getDateCreated()).isEqualTo(now()).isEqualTo(ws.getDateUpdated());
      assertThat(ws.getDefaultActivityName()).isEqualTo("Offline");
      assertThat(ws.getTimeoutActivitySid()).isEqualTo(ws.getDefaultActivitySid());
      assertThat(ws.getUrl()).isEqualTo(SERVER.baseUrl() + "/v1/Workspaces/" + created.getSid());
      assertThat(ws.getLinks()).containsEntry("tasks", ws.getUrl() + "/Tasks");
    }
  }

  @Test
  void theFifoTemplateMakesTheDefaultActivitiesASampleQueueAndAWorkflowToIt() {
    WorkspaceScope ws = fifoWorkspace();

    List<Activity> activities = ws.activities().list().toList();
    assertThat(activities).extracting(Activity::getFriendlyName).containsExactly("Offline", "Available", "Unavailable");
    assertThat(activities).extracting(Activity::getAvailable).containsExactly(false, true, false);
    Workspace workspace = client.workspaces().fetch(ws.workspaceSid());
    assertThat(workspace.getDefaultActivitySid()).isEqualTo(activities.get(0).getSid());

    List<TaskQueue> queues = ws.taskQueues().list().toList();
    assertThat(queues).singleElement().satisfies(queue -> {
      assertThat(queue.getFriendlyName()).isEqualTo("Sample Queue");
      assertThat(queue.getTargetWorkers()).isEqualTo("1==1");
      assertThat(queue.getTaskOrder()).isEqualTo(QueueOrder.FIFO);
    });

    List<Workflow> workflows = ws.workflows().list().toList();
    assertThat(workflows).singleElement().satisfies(workflow -> {
      assertThat(workflow.getFriendlyName()).isEqualTo("Default Fifo Workflow");
      WorkflowConfiguration configuration = WorkflowConfiguration.parse(workflow.getConfiguration());
      assertThat(configuration.filters()).isEmpty();
      assertThat(configuration.defaultFilter()).isNotNull();
      assertThat(configuration.defaultFilter().queue()).isEqualTo(queues.get(0).getSid());
    });

    assertThat(ws.taskChannels().list().toList()).extracting(TaskChannel::getUniqueName)
        .containsExactly("voice", "sms", "chat", "video", "default");
  }

  @Test
  void aWorkspaceWithoutTemplateHasNoQueueNorWorkflow() {
    WorkspaceScope ws = emptyWorkspace();
    assertThat(ws.activities().list().toList()).hasSize(3);
    assertThat(ws.taskChannels().list().toList()).hasSize(5);
    assertThat(ws.taskQueues().list().toList()).isEmpty();
    assertThat(ws.workflows().list().toList()).isEmpty();
  }

  @Test
  void updatesASettingAndFiltersTheListByFriendlyName() {
    WorkspaceScope first = emptyWorkspace();
    Workspace second = createWorkspace("Sales", "NONE");
    String available = activitySid(first, "Available");
    SERVER.clock().advanceSeconds(30);

    Workspace updated = client.workspaces().update(first.workspaceSid(), p -> p
        .friendlyName("Renamed")
        .defaultActivitySid(available));

    assertThat(updated.getFriendlyName()).isEqualTo("Renamed");
    assertThat(updated.getDefaultActivitySid()).isEqualTo(available);
    assertThat(updated.getDefaultActivityName()).isEqualTo("Available");
    assertThat(updated.getDateUpdated()).isEqualTo(now()).isAfter(updated.getDateCreated());
    assertThat(client.workspaces().list(p -> p.friendlyName("Renamed")).toList()).extracting(Workspace::getSid)
        .containsExactly(first.workspaceSid());
    assertThat(client.workspaces().list().toList()).extracting(Workspace::getSid)
        .containsExactly(first.workspaceSid(), second.getSid());
    assertThat(client.workspaces().list(p -> p.friendlyName("nobody")).toList()).isEmpty();
  }

  @Test
  void aDeletedWorkspaceAndWhatItHeldAreGone() {
    WorkspaceScope ws = fifoWorkspace();
    String task = ws.tasks().create(p -> p.attributes("{\"type\":\"ticket\"}")).getSid();

    client.workspaces().delete(ws.workspaceSid());

    assertApiError(() -> client.workspaces().fetch(ws.workspaceSid()), NotFoundException.class, 404, 20404,
        "was not found");
    assertApiError(() -> ws.tasks().fetch(task), NotFoundException.class, 404, 20404, "was not found");
    assertThat(client.workspaces().list().toList()).isEmpty();
  }
}
