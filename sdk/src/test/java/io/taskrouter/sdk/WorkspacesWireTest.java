package io.taskrouter.sdk;

import static io.taskrouter.sdk.WireAssertions.WA_BUSY;
import static io.taskrouter.sdk.WireAssertions.WA_OFFLINE;
import static io.taskrouter.sdk.WireAssertions.WS_SALES;
import static io.taskrouter.sdk.WireAssertions.api;
import static io.taskrouter.sdk.WireAssertions.assertNoQueryAndNoBody;
import static io.taskrouter.sdk.WireAssertions.at;
import static io.taskrouter.sdk.WireAssertions.param;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.Workspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WorkspacesWireTest extends MockApi {
  private static final String WORKSPACES = "/v1/Workspaces";
  private static final String THE_WORKSPACE = "/v1/Workspaces/" + WS;

  /** Every field of workspace.json, read back through the getters. */
  static void assertIsSupportCenter(Workspace workspace) {
    assertThat(workspace.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(workspace.getDateCreated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(workspace.getDateUpdated()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(workspace.getDefaultActivityName()).isEqualTo("Offline");
    assertThat(workspace.getDefaultActivitySid()).isEqualTo(WA_OFFLINE);
    assertThat(workspace.getEventCallbackUrl()).isEqualTo("https://example.com/taskrouter/events");
    assertThat(workspace.getEventsFilter()).isEqualTo("task.created,task.completed");
    assertThat(workspace.getFriendlyName()).isEqualTo("Support Center");
    assertThat(workspace.getMultiTaskEnabled()).isTrue();
    assertThat(workspace.getSid()).isEqualTo(WS);
    assertThat(workspace.getTimeoutActivityName()).isEqualTo("Busy");
    assertThat(workspace.getTimeoutActivitySid()).isEqualTo(WA_BUSY);
    assertThat(workspace.getPrioritizeQueueOrder()).isEqualTo(QueueOrder.LIFO);
    assertThat(workspace.getPrioritizeQueueOrderValue()).isEqualTo("LIFO");
    assertThat(workspace.getUrl()).isEqualTo(api("/Workspaces/" + WS));
    String base = api("/Workspaces/" + WS);
    assertThat(workspace.getLinks()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("activities", base + "/Activities"),
        Map.entry("cumulative_statistics", base + "/CumulativeStatistics"),
        Map.entry("events", base + "/Events"),
        Map.entry("real_time_statistics", base + "/RealTimeStatistics"),
        Map.entry("statistics", base + "/Statistics"),
        Map.entry("task_channels", base + "/TaskChannels"),
        Map.entry("task_queues", base + "/TaskQueues"),
        Map.entry("tasks", base + "/Tasks"),
        Map.entry("workers", base + "/Workers"),
        Map.entry("workflows", base + "/Workflows")));
  }

  /** The second item of workspaces_page.json: nulls where the first has values, FIFO, single-tasking. */
  static void assertIsSalesCenter(Workspace workspace) {
    assertThat(workspace.getSid()).isEqualTo(WS_SALES);
    assertThat(workspace.getFriendlyName()).isEqualTo("Sales Center");
    assertThat(workspace.getMultiTaskEnabled()).isFalse();
    assertThat(workspace.getPrioritizeQueueOrder()).isEqualTo(QueueOrder.FIFO);
    assertThat(workspace.getEventCallbackUrl()).isNull();
    assertThat(workspace.getEventsFilter()).isNull();
    assertThat(workspace.getDateCreated()).isEqualTo(at("2026-10-01T08:00:00Z"));
    assertThat(workspace.getDateUpdated()).isEqualTo(at("2026-10-02T12:45:10Z"));
    assertThat(workspace.getUrl()).isEqualTo(api("/Workspaces/" + WS_SALES));
    assertThat(workspace.getLinks()).containsEntry("tasks", api("/Workspaces/" + WS_SALES + "/Tasks"));
  }

  // ---------------------------------------------------------------- CreateWorkspace

  @Test
  void createSendsEveryFormFieldInSpecOrderAndParsesTheWorkspace() {
    respond(201, fixture("workspace.json"));

    Workspace workspace = client.workspaces().create(p -> p
        .friendlyName("Support Center & Co +1")
        .eventCallbackUrl("https://example.com/taskrouter/events?source=tr&v=2")
        .eventsFilter("task.created,task.completed")
        .multiTaskEnabled(true)
        .template("FIFO")
        .prioritizeQueueOrder(QueueOrder.LIFO));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKSPACES);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Support Center & Co +1"),
        param("EventCallbackUrl", "https://example.com/taskrouter/events?source=tr&v=2"),
        param("EventsFilter", "task.created,task.completed"),
        param("MultiTaskEnabled", "true"),
        param("Template", "FIFO"),
        param("PrioritizeQueueOrder", "LIFO"));
    assertIsSupportCenter(workspace);
  }

  @Test
  void createSendsFalseAndFifoAsTheirWireValues() {
    respond(201, fixture("workspace.json"));

    client.workspaces().create(p -> p
        .friendlyName("Night Shift")
        .multiTaskEnabled(false)
        .prioritizeQueueOrder(QueueOrder.FIFO));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKSPACES);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Night Shift"),
        param("MultiTaskEnabled", "false"),
        param("PrioritizeQueueOrder", "FIFO"));
  }

  @Test
  void createAsyncSendsTheFormAndCompletesWithTheWorkspace() throws Exception {
    respond(201, fixture("workspace.json"));

    CompletableFuture<Workspace> future = client.workspaces().createAsync(p -> p.friendlyName("Support Center"));

    Workspace workspace = future.get(5, TimeUnit.SECONDS);
    RecordedRequest request = take();
    assertRequest(request, "POST", WORKSPACES);
    assertThat(form(request)).containsExactly(param("FriendlyName", "Support Center"));
    assertIsSupportCenter(workspace);
  }

  // ---------------------------------------------------------------- FetchWorkspace

  @Test
  void fetchGetsTheWorkspaceBySidAndParsesEveryField() {
    respond(200, fixture("workspace.json"));

    Workspace workspace = client.workspaces().fetch(WS);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_WORKSPACE);
    assertNoQueryAndNoBody(request);
    assertIsSupportCenter(workspace);
  }

  @Test
  void fetchAsyncCompletesWithTheParsedWorkspace() throws Exception {
    respond(200, fixture("workspace.json"));

    Workspace workspace = client.workspaces().fetchAsync(WS).get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_WORKSPACE);
    assertNoQueryAndNoBody(request);
    assertIsSupportCenter(workspace);
  }

  // ---------------------------------------------------------------- UpdateWorkspace

  @Test
  void updateSendsEveryFormFieldInSpecOrderAndParsesTheWorkspace() {
    respond(200, fixture("workspace.json"));

    Workspace workspace = client.workspaces().update(WS, p -> p
        .defaultActivitySid(WA_OFFLINE)
        .eventCallbackUrl("https://example.com/taskrouter/events?source=tr&v=3")
        .eventsFilter("task.canceled,worker.activity.update")
        .friendlyName("Support Center (EMEA)")
        .multiTaskEnabled(true)
        .timeoutActivitySid(WA_BUSY)
        .prioritizeQueueOrder(QueueOrder.LIFO));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKSPACE);
    assertThat(form(request)).containsExactly(
        param("DefaultActivitySid", WA_OFFLINE),
        param("EventCallbackUrl", "https://example.com/taskrouter/events?source=tr&v=3"),
        param("EventsFilter", "task.canceled,worker.activity.update"),
        param("FriendlyName", "Support Center (EMEA)"),
        param("MultiTaskEnabled", "true"),
        param("TimeoutActivitySid", WA_BUSY),
        param("PrioritizeQueueOrder", "LIFO"));
    assertIsSupportCenter(workspace);
  }

  @Test
  void updateSendsMultiTaskEnabledFalse() {
    respond(200, fixture("workspace.json"));

    client.workspaces().update(WS, p -> p.multiTaskEnabled(false).prioritizeQueueOrder(QueueOrder.FIFO));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKSPACE);
    assertThat(form(request)).containsExactly(
        param("MultiTaskEnabled", "false"),
        param("PrioritizeQueueOrder", "FIFO"));
  }

  @Test
  void updateWithNoOptionsSendsAnEmptyForm() {
    respond(200, fixture("workspace.json"));

    Workspace workspace = client.workspaces().update(WS);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKSPACE);
    assertThat(form(request)).isEmpty();
    assertThat(workspace.getSid()).isEqualTo(WS);
  }

  // ---------------------------------------------------------------- ListWorkspace

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesThePage() {
    respond(200, fixture("workspaces_page.json"));

    List<Workspace> workspaces = client.workspaces().list(p -> p
        .friendlyName("Support Center & Co")
        .pageSize(20)
        .pageToken("PAWS0123456789abcdef"))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKSPACES);
    assertThat(request.getBodySize()).isZero();
    assertThat(query(request)).containsExactly(
        param("FriendlyName", "Support Center & Co"),
        param("PageSize", "20"),
        param("PageToken", "PAWS0123456789abcdef"));
    assertThat(workspaces).hasSize(2);
    assertIsSupportCenter(workspaces.get(0));
    assertIsSalesCenter(workspaces.get(1));
    assertThat(server.getRequestCount()).as("next_page_url is null: one page only").isEqualTo(1);
  }

  @Test
  void listWithNoOptionsSendsNoQueryAndIteratesTheItems() {
    respond(200, fixture("workspaces_page.json"));

    List<String> sids = new java.util.ArrayList<>();
    for (Workspace workspace : client.workspaces().list()) {
      sids.add(workspace.getSid());
    }

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKSPACES);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(sids).containsExactly(WS, WS_SALES);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("workspaces_page.json"));

    Page<Workspace> page = client.workspaces().listAsync(p -> p.friendlyName("Support Center").pageSize(50))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKSPACES);
    assertThat(query(request)).containsExactly(
        param("FriendlyName", "Support Center"),
        param("PageSize", "50"));
    assertThat(page.items()).hasSize(2);
    assertIsSupportCenter(page.items().get(0));
    assertIsSalesCenter(page.items().get(1));
    assertThat(page.hasNextPage()).isFalse();
  }

  // ---------------------------------------------------------------- DeleteWorkspace

  @Test
  void deleteSendsDeleteAndReturnsOnNoContent() {
    respondNoContent();

    client.workspaces().delete(WS);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKSPACE);
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncCompletesNormallyOnNoContent() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspaces().deleteAsync(WS);

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKSPACE);
    assertNoQueryAndNoBody(request);
  }
}
