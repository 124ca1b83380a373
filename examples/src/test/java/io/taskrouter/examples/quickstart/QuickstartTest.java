package io.taskrouter.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.model.TaskStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The README's first command, end to end against the local server: the story's outcome, not its wording. */
class QuickstartTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void withNoConfigurationTheStoryIsRoutedThroughSignedAssignmentCallbacks() {
    QuickstartStory.Outcome outcome = Quickstart.run(QuickstartTarget.fromEnvironment(Map.of()), out);

    assertTheStory(outcome);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Started a local TaskRouter server at http://127.0.0.1:")
        .contains("assignment callbacks to http://127.0.0.1:")
        .contains("to Jamie, answered {\"instruction\":\"accept\"}")
        .contains("answered {\"instruction\":\"reject\",\"activity_sid\":\"WA")
        .contains("2 tasks created, 2 completed; 3 reservations: 2 accepted, 1 rejected");
  }

  @Test
  void withABaseUrlTheStoryRunsOnThatServerAndDeletesItsWorkspace() {
    try (TaskRouterLocal standalone = TaskRouterLocal.start();
        TaskRouter client = TaskRouter.builder()
            .credentials(QuickstartTarget.LOCAL_ACCOUNT_SID, QuickstartTarget.LOCAL_AUTH_TOKEN)
            .baseUrl(standalone.baseUrl()).build()) {
      QuickstartStory.Outcome outcome = Quickstart.run(
          QuickstartTarget.fromEnvironment(Map.of("TASKROUTER_BASE_URL", standalone.baseUrl())), out);

      assertTheStory(outcome);
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("Using the TaskRouter server at " + standalone.baseUrl())
          .doesNotContain("Started a local TaskRouter server")
          .contains("Deleted workspace " + outcome.workspaceSid());
      assertThat(client.workspaces().list().toList()).as("the story's workspace is gone").isEmpty();
    }
  }

  @Test
  void reservationsCanBeAnsweredThroughTheRestApiInstead() {
    try (TaskRouterLocal server = TaskRouterLocal.builder()
            .credentials(QuickstartTarget.LOCAL_ACCOUNT_SID, QuickstartTarget.LOCAL_AUTH_TOKEN).start();
        TaskRouter client = TaskRouter.builder()
            .credentials(QuickstartTarget.LOCAL_ACCOUNT_SID, QuickstartTarget.LOCAL_AUTH_TOKEN)
            .baseUrl(server.baseUrl()).build()) {
      Map<String, String> names = new ConcurrentHashMap<>();
      QuickstartStory story = new QuickstartStory(client, out, Duration.ofSeconds(30), names);

      QuickstartStory.Outcome outcome = story.run(decisions -> new RestDesk(client, decisions, names));

      assertTheStory(outcome);
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("answered through the REST API");
    }
  }

  @Test
  void theEnvironmentChoosesWhereTheStoryRuns() {
    String sid = "AC" + "1".repeat(32);
    assertThat(QuickstartTarget.fromEnvironment(Map.of()).startsLocalServer()).isTrue();
    QuickstartTarget standalone = QuickstartTarget.fromEnvironment(Map.of("TASKROUTER_BASE_URL", "http://127.0.0.1:8080"));
    assertThat(standalone.startsLocalServer()).isFalse();
    assertThat(standalone.isRealService()).isFalse();
    assertThat(standalone.accountSidOrLocal()).isEqualTo(QuickstartTarget.LOCAL_ACCOUNT_SID);
    QuickstartTarget real = QuickstartTarget.fromEnvironment(Map.of("TASKROUTER_ACCOUNT_SID", sid,
        "TASKROUTER_AUTH_TOKEN", "secret"));
    assertThat(real.isRealService()).isTrue();
    assertThat(real.publicCallbackUrl()).isNull();
    assertThat(real.keepWorkspace()).isFalse();
    QuickstartTarget both = QuickstartTarget.fromEnvironment(Map.of("TASKROUTER_ACCOUNT_SID", sid,
        "TASKROUTER_AUTH_TOKEN", "secret", "TASKROUTER_BASE_URL", "http://127.0.0.1:8080",
        "TASKROUTER_KEEP_WORKSPACE", "true"));
    assertThat(both.isRealService()).isFalse();
    assertThat(both.authTokenOrLocal()).isEqualTo("secret");
    assertThat(both.keepWorkspace()).isTrue();
    assertThatThrownBy(() -> QuickstartTarget.fromEnvironment(Map.of("TASKROUTER_ACCOUNT_SID", sid)))
        .hasMessageContaining("both TASKROUTER_ACCOUNT_SID and TASKROUTER_AUTH_TOKEN");
    assertThatThrownBy(() -> QuickstartTarget.fromEnvironment(Map.of("TASKROUTER_CALLBACK_PORT", "http")))
        .hasMessage("TASKROUTER_CALLBACK_PORT must be a port number, got 'http'");
  }

  /**
   * The support call goes to Sales by the default filter and Jamie accepts it; the Gold ticket goes
   * to the Gold queue at priority 2, is declined once, and another worker accepts it.
   */
  private static void assertTheStory(QuickstartStory.Outcome outcome) {
    assertThat(outcome.supportCall().getAssignmentStatus()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(outcome.supportCall().getTaskQueueFriendlyName()).isEqualTo("Sales");
    assertThat(outcome.goldTicket().getAssignmentStatus()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(outcome.goldTicket().getTaskQueueSid()).isEqualTo(outcome.goldQueueSid());
    assertThat(outcome.goldTicket().getPriority()).isEqualTo(2);

    List<Offer> call = offersOf(outcome, outcome.supportCall().getSid());
    assertThat(call).extracting(Offer::workerName).containsExactly("Jamie");
    assertThat(call.get(0).answer()).isEqualTo("{\"instruction\":\"accept\"}");
    List<Offer> ticket = offersOf(outcome, outcome.goldTicket().getSid());
    assertThat(ticket).hasSize(2);
    assertThat(ticket.get(0).answer()).startsWith("{\"instruction\":\"reject\"");
    assertThat(ticket.get(1).answer()).isEqualTo("{\"instruction\":\"accept\"}");
    assertThat(ticket.get(1).workerSid()).as("offered again, to the other worker").isNotEqualTo(ticket.get(0).workerSid());

    assertThat(outcome.cumulative().getTasksCreated()).isEqualTo(2);
    assertThat(outcome.cumulative().getTasksCompleted()).isEqualTo(2);
    assertThat(outcome.cumulative().getReservationsCreated()).isEqualTo(3);
    assertThat(outcome.cumulative().getReservationsAccepted()).isEqualTo(2);
    assertThat(outcome.cumulative().getReservationsRejected()).isEqualTo(1);
    assertThat(outcome.realTime().getTasksByStatus().getPending()).isZero();
  }

  private static List<Offer> offersOf(QuickstartStory.Outcome outcome, String taskSid) {
    return outcome.offers().stream().filter(offer -> offer.taskSid().equals(taskSid)).toList();
  }
}
