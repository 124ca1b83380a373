package io.taskrouter.sdk;

import static io.taskrouter.sdk.WireAssertions.WQ_SALES;
import static io.taskrouter.sdk.WireAssertions.WW_CHAT;
import static io.taskrouter.sdk.WireAssertions.assertNoQueryAndNoBody;
import static io.taskrouter.sdk.WireAssertions.at;
import static io.taskrouter.sdk.WireAssertions.inWorkspace;
import static io.taskrouter.sdk.WireAssertions.ordered;
import static io.taskrouter.sdk.WireAssertions.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Json;
import io.taskrouter.sdk.model.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WorkflowsWireTest extends MockApi {
  private static final String WORKFLOWS = "/v1/Workspaces/" + WS + "/Workflows";
  private static final String THE_WORKFLOW = WORKFLOWS + "/" + WW;
  /** The configuration of workflow.json, as the API returns it. */
  private static final String BILLING_CONFIGURATION = "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":"
      + "\"Billing\",\"expression\":\"type == 'billing'\",\"targets\":[{\"queue\":\"" + WQ + "\",\"timeout\":300,"
      + "\"priority\":5}]}],\"default_filter\":{\"queue\":\"" + WQ_SALES + "\"}}}";
  /** What {@link #billingRouting()} is written as (Moshi writes the fields of a class by name). */
  private static final String BILLING_ROUTING_JSON = "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + WQ_SALES
      + "\"},\"filters\":[{\"expression\":\"type == 'billing'\",\"filter_friendly_name\":\"Billing\",\"targets\":"
      + "[{\"queue\":\"" + WQ + "\",\"timeout\":300}]}]}}";

  /** A workflow configuration as a type of the application's own. */
  static final class RoutingConfiguration {
    @Json(name = "task_routing") TaskRouting taskRouting;

    RoutingConfiguration(TaskRouting taskRouting) {
      this.taskRouting = taskRouting;
    }
  }

  static final class TaskRouting {
    @Json(name = "default_filter") Target defaultFilter;
    List<Filter> filters;

    TaskRouting(Target defaultFilter, List<Filter> filters) {
      this.defaultFilter = defaultFilter;
      this.filters = filters;
    }
  }

  static final class Filter {
    String expression;
    @Json(name = "filter_friendly_name") String filterFriendlyName;
    List<Target> targets;

    Filter(String expression, String filterFriendlyName, List<Target> targets) {
      this.expression = expression;
      this.filterFriendlyName = filterFriendlyName;
      this.targets = targets;
    }
  }

  static final class Target {
    String queue;
    @Nullable Integer timeout;

    Target(String queue, @Nullable Integer timeout) {
      this.queue = queue;
      this.timeout = timeout;
    }
  }

  private static RoutingConfiguration billingRouting() {
    return new RoutingConfiguration(new TaskRouting(new Target(WQ_SALES, null),
        List.of(new Filter("type == 'billing'", "Billing", List.of(new Target(WQ, 300))))));
  }

  /** Every field of workflow.json, read back through the getters. */
  static void assertIsIncomingCallFlow(Workflow workflow) {
    assertThat(workflow.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(workflow.getAssignmentCallbackUrl()).isEqualTo("https://example.com/taskrouter/assignment");
    assertThat(workflow.getConfiguration()).isEqualTo(BILLING_CONFIGURATION);
    assertThat(workflow.getConfigurationAsMap()).containsOnlyKeys("task_routing");
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) workflow.getConfigurationAsMap().get("task_routing");
    assertThat(routing).containsExactlyInAnyOrderEntriesOf(Map.of(
        "filters", List.of(Map.of(
            "filter_friendly_name", "Billing",
            "expression", "type == 'billing'",
            "targets", List.of(Map.of("queue", WQ, "timeout", 300.0, "priority", 5.0)))),
        "default_filter", Map.of("queue", WQ_SALES)));
    assertThat(workflow.getDateCreated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(workflow.getDateUpdated()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(workflow.getDocumentContentType()).isEqualTo("application/json");
    assertThat(workflow.getFallbackAssignmentCallbackUrl())
        .isEqualTo("https://fallback.example.com/taskrouter/assignment");
    assertThat(workflow.getFriendlyName()).isEqualTo("Incoming Call Flow");
    assertThat(workflow.getSid()).isEqualTo(WW);
    assertThat(workflow.getTaskReservationTimeout()).isEqualTo(120);
    assertThat(workflow.getWorkspaceSid()).isEqualTo(WS);
    assertThat(workflow.getUrl()).isEqualTo(inWorkspace("/Workflows/" + WW));
    String self = inWorkspace("/Workflows/" + WW);
    assertThat(workflow.getLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "statistics", self + "/Statistics",
        "real_time_statistics", self + "/RealTimeStatistics",
        "cumulative_statistics", self + "/CumulativeStatistics",
        "workspace", inWorkspace("")));
  }

  /** The second item of workflows_page.json. */
  static void assertIsChatFlow(Workflow workflow) {
    assertThat(workflow.getSid()).isEqualTo(WW_CHAT);
    assertThat(workflow.getFriendlyName()).isEqualTo("Chat Flow");
    assertThat(workflow.getTaskReservationTimeout()).isEqualTo(45);
    assertThat(workflow.getConfigurationAsMap())
        .isEqualTo(Map.of("task_routing", Map.of("default_filter", Map.of("queue", WQ_SALES))));
    assertThat(workflow.getDateCreated()).isEqualTo(at("2026-11-22T11:00:00Z"));
  }

  // ---------------------------------------------------------------- CreateWorkflow

  @Test
  void createSendsEveryFormFieldWithConfigurationFromAMapAndParsesTheWorkflow() {
    respond(201, fixture("workflow.json"));

    Workflow workflow = client.workspace(WS).workflows().create(p -> p
        .friendlyName("Incoming Call Flow & Chat")
        .configuration(ordered("task_routing", ordered(
            "default_filter", ordered("queue", WQ_SALES))))
        .assignmentCallbackUrl("https://example.com/taskrouter/assignment?flow=calls&v=2")
        .fallbackAssignmentCallbackUrl("https://fallback.example.com/taskrouter/assignment")
        .taskReservationTimeout(120));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKFLOWS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Incoming Call Flow & Chat"),
        param("Configuration", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + WQ_SALES + "\"}}}"),
        param("AssignmentCallbackUrl", "https://example.com/taskrouter/assignment?flow=calls&v=2"),
        param("FallbackAssignmentCallbackUrl", "https://fallback.example.com/taskrouter/assignment"),
        param("TaskReservationTimeout", "120"));
    assertIsIncomingCallFlow(workflow);
  }

  @Test
  void createSendsConfigurationGivenAsJsonTextUnchanged() {
    respond(201, fixture("workflow.json"));

    client.workspace(WS).workflows().create(p -> p
        .friendlyName("Incoming Call Flow")
        .configuration(BILLING_CONFIGURATION));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKFLOWS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Incoming Call Flow"),
        param("Configuration", BILLING_CONFIGURATION));
  }

  @Test
  void createSendsConfigurationGivenAsAnObjectAsJson() {
    respond(201, fixture("workflow.json"));

    client.workspace(WS).workflows().create(p -> p
        .friendlyName("Incoming Call Flow")
        .configuration(billingRouting()));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKFLOWS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Incoming Call Flow"),
        param("Configuration", BILLING_ROUTING_JSON));
  }

  @Test
  void createAsyncCompletesWithTheParsedWorkflow() throws Exception {
    respond(201, fixture("workflow.json"));

    Workflow workflow = client.workspace(WS).workflows().createAsync(p -> p
        .friendlyName("Incoming Call Flow")
        .configuration(BILLING_CONFIGURATION))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKFLOWS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Incoming Call Flow"),
        param("Configuration", BILLING_CONFIGURATION));
    assertIsIncomingCallFlow(workflow);
  }

  // ---------------------------------------------------------------- FetchWorkflow

  @Test
  void fetchGetsTheWorkflowBySidAndParsesEveryField() {
    respond(200, fixture("workflow.json"));

    Workflow workflow = client.workspace(WS).workflows().fetch(WW);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_WORKFLOW);
    assertNoQueryAndNoBody(request);
    assertIsIncomingCallFlow(workflow);
  }

  @Test
  void fetchedConfigurationReadsIntoAnObject() {
    respond(200, fixture("workflow.json"));

    RoutingConfiguration configuration = client.workspace(WS).workflows().fetch(WW)
        .getConfigurationAs(RoutingConfiguration.class);

    assertThat(configuration).isNotNull();
    assertThat(configuration.taskRouting.defaultFilter.queue).isEqualTo(WQ_SALES);
    assertThat(configuration.taskRouting.filters).hasSize(1);
    Filter filter = configuration.taskRouting.filters.get(0);
    assertThat(filter.filterFriendlyName).isEqualTo("Billing");
    assertThat(filter.expression).isEqualTo("type == 'billing'");
    assertThat(filter.targets.get(0).queue).isEqualTo(WQ);
    assertThat(filter.targets.get(0).timeout).isEqualTo(300);
  }

  // ---------------------------------------------------------------- UpdateWorkflow

  @Test
  void updateSendsEveryFormFieldInSpecOrderAndParsesTheWorkflow() {
    respond(200, fixture("workflow.json"));

    Workflow workflow = client.workspace(WS).workflows().update(WW, p -> p
        .friendlyName("Incoming Call Flow (v2)")
        .assignmentCallbackUrl("https://example.com/taskrouter/assignment?v=3")
        .fallbackAssignmentCallbackUrl("https://fallback.example.com/taskrouter/assignment?v=3")
        .configuration(billingRouting())
        .taskReservationTimeout(90)
        .reEvaluateTasks(true));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKFLOW);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Incoming Call Flow (v2)"),
        param("AssignmentCallbackUrl", "https://example.com/taskrouter/assignment?v=3"),
        param("FallbackAssignmentCallbackUrl", "https://fallback.example.com/taskrouter/assignment?v=3"),
        param("Configuration", BILLING_ROUTING_JSON),
        param("TaskReservationTimeout", "90"),
        param("ReEvaluateTasks", "true"));
    assertIsIncomingCallFlow(workflow);
  }

  @Test
  void updateSendsConfigurationFromAMapAsJsonAndReEvaluateTasksFalse() {
    respond(200, fixture("workflow.json"));

    client.workspace(WS).workflows().update(WW, p -> p
        .configuration(Map.of("task_routing", Map.of("default_filter", Map.of("queue", WQ))))
        .reEvaluateTasks(false));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKFLOW);
    assertThat(form(request)).containsExactly(
        param("Configuration", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + WQ + "\"}}}"),
        param("ReEvaluateTasks", "false"));
  }

  @Test
  void updateSendsConfigurationGivenAsJsonTextUnchanged() {
    respond(200, fixture("workflow.json"));

    client.workspace(WS).workflows().update(WW, p -> p.configuration(BILLING_CONFIGURATION));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(param("Configuration", BILLING_CONFIGURATION));
  }

  @Test
  void updateWithNoOptionsSendsAnEmptyForm() {
    respond(200, fixture("workflow.json"));

    Workflow workflow = client.workspace(WS).workflows().update(WW);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKFLOW);
    assertThat(form(request)).isEmpty();
    assertThat(workflow.getSid()).isEqualTo(WW);
  }

  // ---------------------------------------------------------------- ListWorkflow

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesThePage() {
    respond(200, fixture("workflows_page.json"));

    List<Workflow> workflows = client.workspace(WS).workflows().list(p -> p
        .friendlyName("Incoming Call Flow")
        .pageSize(5)
        .pageToken("PAWW0123456789abcdef"))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKFLOWS);
    assertThat(query(request)).containsExactly(
        param("FriendlyName", "Incoming Call Flow"),
        param("PageSize", "5"),
        param("PageToken", "PAWW0123456789abcdef"));
    assertThat(workflows).hasSize(2);
    assertIsIncomingCallFlow(workflows.get(0));
    assertIsChatFlow(workflows.get(1));
  }

  @Test
  void listWithNoOptionsSendsNoQuery() {
    respond(200, fixture("workflows_page.json"));

    List<Workflow> workflows = client.workspace(WS).workflows().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKFLOWS);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(workflows).extracting(Workflow::getSid).containsExactly(WW, WW_CHAT);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("workflows_page.json"));

    Page<Workflow> page = client.workspace(WS).workflows().listAsync().get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKFLOWS);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(page.items()).hasSize(2);
    assertIsIncomingCallFlow(page.items().get(0));
    assertIsChatFlow(page.items().get(1));
    assertThat(page.hasNextPage()).isFalse();
  }

  // ---------------------------------------------------------------- DeleteWorkflow

  @Test
  void deleteSendsDeleteAndReturnsOnNoContent() {
    respondNoContent();

    client.workspace(WS).workflows().delete(WW);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKFLOW);
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncCompletesNormallyOnNoContent() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).workflows().deleteAsync(WW);

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKFLOW);
    assertNoQueryAndNoBody(request);
  }
}
