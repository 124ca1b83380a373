package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowsThroughSdkTest extends SdkTest {
  private WorkspaceScope ws;
  private String gold;
  private String standard;
  private WorkflowConfiguration goldTickets;

  @BeforeEach
  void twoQueues() {
    ws = emptyWorkspace();
    gold = ws.taskQueues().create(p -> p.friendlyName("Gold")).getSid();
    standard = ws.taskQueues().create(p -> p.friendlyName("Standard")).getSid();
    goldTickets = WorkflowConfiguration.builder()
        .filter(RoutingFilter.named("Gold Tickets")
            .matching("customer_value == 'Gold' AND type == 'ticket'")
            .routeTo(RoutingTarget.toQueue(gold).withPriority(7)))
        .defaultQueue(standard)
        .build();
  }

  @Test
  void aWorkflowMadeWithTheTypedConfigurationReadsBackWithTheValuesSent() {
    Workflow created = ws.workflows().create(p -> p
        .friendlyName("Incoming Call Flow")
        .assignmentCallbackUrl("https://example.com/callback")
        .fallbackAssignmentCallbackUrl("https://example.com/callback2")
        .taskReservationTimeout(90)
        .configuration(goldTickets));

    Workflow fetched = ws.workflows().fetch(created.getSid());
    assertThat(fetched.getSid()).matches("WW[0-9a-f]{32}");
    assertThat(fetched.getFriendlyName()).isEqualTo("Incoming Call Flow");
    assertThat(fetched.getAssignmentCallbackUrl()).isEqualTo("https://example.com/callback");
    assertThat(fetched.getFallbackAssignmentCallbackUrl()).isEqualTo("https://example.com/callback2");
    assertThat(fetched.getTaskReservationTimeout()).isEqualTo(90);
    assertThat(fetched.getDateCreated()).isEqualTo(now());

    WorkflowConfiguration readBack = WorkflowConfiguration.parse(fetched.getConfiguration());
    assertThat(readBack.filters()).singleElement().satisfies(filter -> {
      assertThat(filter.friendlyName()).isEqualTo("Gold Tickets");
      assertThat(filter.expression()).isEqualTo("customer_value == 'Gold' AND type == 'ticket'");
      assertThat(filter.targets()).singleElement().satisfies(target -> {
        assertThat(target.queue()).isEqualTo(gold);
        assertThat(target.priority()).isEqualTo(7);
      });
    });
    assertThat(readBack.defaultFilter().queue()).isEqualTo(standard);
  }

  @Test
  void aTaskWaitsInTheQueueItsWorkflowPicksWithTheTargetsPriority() {
    Workflow workflow = ws.workflows().create(p -> p.friendlyName("Tickets").configuration(goldTickets));

    Task goldTicket = ws.tasks().create(p -> p.workflowSid(workflow.getSid())
        .attributes(Map.of("customer_value", "Gold", "type", "ticket")));
    Task silverTicket = ws.tasks().create(p -> p.workflowSid(workflow.getSid()).priority(2)
        .attributes(Map.of("customer_value", "Silver", "type", "ticket")));

    assertThat(goldTicket.getTaskQueueSid()).isEqualTo(gold);
    assertThat(goldTicket.getTaskQueueFriendlyName()).isEqualTo("Gold");
    assertThat(goldTicket.getPriority()).isEqualTo(7);
    assertThat(goldTicket.getWorkflowFriendlyName()).isEqualTo("Tickets");
    assertThat(goldTicket.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    assertThat(ws.tasks().fetch(goldTicket.getSid()).getTaskQueueSid()).isEqualTo(gold);

    assertThat(silverTicket.getTaskQueueSid()).isEqualTo(standard);
    assertThat(silverTicket.getPriority()).isEqualTo(2);
    assertThat(ws.tasks().list(p -> p.taskQueueSid(gold)).toList()).extracting(Task::getSid)
        .containsExactly(goldTicket.getSid());
  }

  @Test
  void aNewConfigurationReRoutesWaitingTasksWhenAsked() {
    Workflow workflow = ws.workflows().create(p -> p.friendlyName("Tickets").configuration(goldTickets));
    Task ticket = ws.tasks().create(p -> p.workflowSid(workflow.getSid()).attributes(Map.of("type", "ticket")));
    assertThat(ticket.getTaskQueueSid()).isEqualTo(standard);

    WorkflowConfiguration allToGold = WorkflowConfiguration.builder().defaultQueue(gold).build();
    Workflow updated = ws.workflows().update(workflow.getSid(), p -> p
        .friendlyName("Everything Gold")
        .taskReservationTimeout(60)
        .configuration(allToGold)
        .reEvaluateTasks(true));

    assertThat(updated.getFriendlyName()).isEqualTo("Everything Gold");
    assertThat(updated.getTaskReservationTimeout()).isEqualTo(60);
    assertThat(WorkflowConfiguration.parse(updated.getConfiguration()).defaultFilter().queue()).isEqualTo(gold);
    assertThat(ws.tasks().fetch(ticket.getSid()).getTaskQueueSid()).isEqualTo(gold);
  }

  @Test
  void listsWorkflowsByFriendlyName() {
    Workflow first = ws.workflows().create(p -> p.friendlyName("First").configuration(goldTickets));
    Workflow second = ws.workflows().create(p -> p.friendlyName("Second")
        .configuration("{\"task_routing\":{\"default_filter\":{\"queue\":\"" + standard + "\"}}}"));

    assertThat(ws.workflows().list().toList()).extracting(Workflow::getSid)
        .containsExactly(first.getSid(), second.getSid());
    assertThat(ws.workflows().list(p -> p.friendlyName("Second")).toList()).extracting(Workflow::getSid)
        .containsExactly(second.getSid());
  }

  @Test
  void aWorkflowWithAPendingTaskIsNotDeletedUntilTheTaskIsCanceled() {
    Workflow workflow = ws.workflows().create(p -> p.friendlyName("Tickets").configuration(goldTickets));
    Task task = ws.tasks().create(p -> p.workflowSid(workflow.getSid()));

    assertApiError(() -> ws.workflows().delete(workflow.getSid()), BadRequestException.class, 400, 20001,
        "Cannot delete Workflow " + workflow.getSid() + " (Tickets): it has 1 pending, reserved or assigned Task(s)");
    assertThat(ws.workflows().fetch(workflow.getSid()).getFriendlyName()).isEqualTo("Tickets");
    assertThat(ws.tasks().fetch(task.getSid()).getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);

    ws.tasks().update(task.getSid(), p -> p.assignmentStatus(TaskStatus.CANCELED).reason("no longer needed"));
    ws.workflows().delete(workflow.getSid());

    assertApiError(() -> ws.workflows().fetch(workflow.getSid()), NotFoundException.class, 404, 20404,
        "was not found");
  }
}
