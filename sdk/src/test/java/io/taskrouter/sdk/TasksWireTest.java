package io.taskrouter.sdk;

import static io.taskrouter.sdk.WireAssertions.WT_CHAT;
import static io.taskrouter.sdk.WireAssertions.assertNoQueryAndNoBody;
import static io.taskrouter.sdk.WireAssertions.at;
import static io.taskrouter.sdk.WireAssertions.inWorkspace;
import static io.taskrouter.sdk.WireAssertions.ordered;
import static io.taskrouter.sdk.WireAssertions.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Json;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TasksWireTest extends MockApi {
  private static final String TASKS = "/v1/Workspaces/" + WS + "/Tasks";
  private static final String THE_TASK = TASKS + "/" + WT;
  private static final String CALL_ATTRIBUTES =
      "{\"type\":\"call\",\"customer_value\":\"gold\",\"languages\":[\"en\",\"es\"]}";

  /** Task attributes as a type of the application's own (fields in the order Moshi writes them). */
  static final class CallAttributes {
    @Json(name = "customer_value") String customerValue;
    List<String> languages;
    String type;

    CallAttributes(String customerValue, List<String> languages, String type) {
      this.customerValue = customerValue;
      this.languages = languages;
      this.type = type;
    }
  }

  /** Every field of task.json, read back through the getters. */
  static void assertIsGoldCall(Task task) {
    assertThat(task.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(task.getAge()).isEqualTo(25200);
    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    assertThat(task.getAssignmentStatusValue()).isEqualTo("pending");
    assertThat(task.getAttributes()).isEqualTo(CALL_ATTRIBUTES);
    assertThat(task.getAttributesAsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "type", "call",
        "customer_value", "gold",
        "languages", List.of("en", "es")));
    assertThat(task.getAddons()).isEqualTo("{}");
    assertThat(task.getDateCreated()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(task.getDateUpdated()).isEqualTo(at("2026-11-24T15:05:30Z"));
    assertThat(task.getTaskQueueEnteredDate()).isEqualTo(at("2026-11-24T15:00:01Z"));
    assertThat(task.getPriority()).isEqualTo(7);
    assertThat(task.getReason()).isNull();
    assertThat(task.getSid()).isEqualTo(WT);
    assertThat(task.getTaskQueueSid()).isEqualTo(WQ);
    assertThat(task.getTaskQueueFriendlyName()).isEqualTo("Sales");
    assertThat(task.getTaskChannelSid()).isEqualTo(TC);
    assertThat(task.getTaskChannelUniqueName()).isEqualTo("voice");
    assertThat(task.getTimeout()).isEqualTo(3600);
    assertThat(task.getWorkflowSid()).isEqualTo(WW);
    assertThat(task.getWorkflowFriendlyName()).isEqualTo("Incoming Call Flow");
    assertThat(task.getWorkspaceSid()).isEqualTo(WS);
    assertThat(task.getUrl()).isEqualTo(inWorkspace("/Tasks/" + WT));
    assertThat(task.getLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "task_queue", inWorkspace("/TaskQueues/" + WQ),
        "workflow", inWorkspace("/Workflows/" + WW),
        "workspace", inWorkspace(""),
        "reservations", inWorkspace("/Tasks/" + WT + "/Reservations")));
    assertThat(task.getVirtualStartTime()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(task.getIgnoreCapacity()).isFalse();
    assertThat(task.getRoutingTarget()).isNull();
  }

  /** The second item of tasks_page.json. */
  static void assertIsFrenchChat(Task task) {
    assertThat(task.getSid()).isEqualTo(WT_CHAT);
    assertThat(task.getAge()).isEqualTo(60);
    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.RESERVED);
    assertThat(task.getAttributesAsMap()).isEqualTo(Map.of("type", "chat", "language", "fr"));
    assertThat(task.getPriority()).isZero();
    assertThat(task.getTimeout()).isEqualTo(86400);
    assertThat(task.getIgnoreCapacity()).isTrue();
    assertThat(task.getRoutingTarget()).isEqualTo(WK);
    assertThat(task.getDateCreated()).isEqualTo(at("2026-11-24T16:00:00Z"));
    assertThat(task.getLinks()).containsEntry("reservations", inWorkspace("/Tasks/" + WT_CHAT + "/Reservations"));
    assertThat(task.getETag()).as("list items carry no ETag").isNull();
  }

  // ---------------------------------------------------------------- CreateTask


  @Test
  void createSendsEveryFormFieldAndParsesTheTask() {
    respondWithETag(201, fixture("task.json"), "0");

    Task task = client.workspace(WS).tasks().create(p -> p
        .timeout(3600)
        .priority(7)
        .taskChannel("voice")
        .workflowSid(WW)
        .attributes(Map.of("type", "call"))
        .virtualStartTime(OffsetDateTime.parse("2026-11-24T16:00:00+01:00"))
        .routingTarget(WK)
        .ignoreCapacity(true)
        .taskQueueSid(WQ));

    RecordedRequest request = take();
    assertRequest(request, "POST", "/v1/Workspaces/" + WS + "/Tasks");
    assertThat(form(request)).containsExactly(
        Map.entry("Timeout", List.of("3600")),
        Map.entry("Priority", List.of("7")),
        Map.entry("TaskChannel", List.of("voice")),
        Map.entry("WorkflowSid", List.of(WW)),
        Map.entry("Attributes", List.of("{\"type\":\"call\"}")),
        Map.entry("VirtualStartTime", List.of("2026-11-24T15:00:00Z")),
        Map.entry("RoutingTarget", List.of(WK)),
        Map.entry("IgnoreCapacity", List.of("true")),
        Map.entry("TaskQueueSid", List.of(WQ)));

    assertThat(task.getSid()).isEqualTo(WT);
    assertThat(task.getAge()).isEqualTo(25200);
    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.PENDING);
    assertThat(task.getPriority()).isEqualTo(7);
    assertThat(task.getTimeout()).isEqualTo(3600);
    assertThat(task.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:00:00Z"));
    assertThat(task.getAttributesAsMap()).containsEntry("customer_value", "gold")
        .containsEntry("languages", List.of("en", "es"));
    assertThat(task.getLinks()).containsKey("reservations");
    assertThat(task.getReason()).isNull();
    assertThat(task.getIgnoreCapacity()).isFalse();
    assertThat(task.getETag()).isEqualTo("0");
  }

  @Test
  void createWithNoOptionsSendsAnEmptyForm() {
    respondWithETag(201, fixture("task.json"), "0");

    client.workspace(WS).tasks().create();

    RecordedRequest request = take();
    assertRequest(request, "POST", "/v1/Workspaces/" + WS + "/Tasks");
    assertThat(form(request)).isEmpty();
  }

  @Test
  void createParsesEveryFieldOfTheTask() {
    respondWithETag(201, fixture("task.json"), "0");

    Task task = client.workspace(WS).tasks().create(p -> p.workflowSid(WW));

    assertIsGoldCall(task);
    assertThat(task.getETag()).isEqualTo("0");
  }

  @Test
  void createSendsAttributesGivenAsJsonTextUnchanged() {
    respondWithETag(201, fixture("task.json"), "0");
    String text = "{ \"type\": \"call\", \"callers\": [{\"number\": \"+15551234567\"}], \"vip\": true }";

    client.workspace(WS).tasks().create(p -> p.attributes(text));

    RecordedRequest request = take();
    assertRequest(request, "POST", TASKS);
    assertThat(form(request)).containsExactly(param("Attributes", text));
  }

  @Test
  void createSendsAttributesGivenAsAnObjectAsJson() {
    respondWithETag(201, fixture("task.json"), "0");

    client.workspace(WS).tasks().create(p -> p
        .attributes(new CallAttributes("gold", List.of("en", "es"), "call")));

    RecordedRequest request = take();
    assertRequest(request, "POST", TASKS);
    assertThat(form(request)).containsExactly(
        param("Attributes", "{\"customer_value\":\"gold\",\"languages\":[\"en\",\"es\"],\"type\":\"call\"}"));
  }

  @Test
  void createSendsAnOrderedMapOfAttributesInItsOrder() {
    respondWithETag(201, fixture("task.json"), "0");

    client.workspace(WS).tasks().create(p -> p
        .attributes(ordered("type", "call", "customer_value", "gold", "languages", List.of("en", "es"))));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(param("Attributes", CALL_ATTRIBUTES));
  }

  @Test
  void createSendsVirtualStartTimeInUtcWithWholeSeconds() {
    respondWithETag(201, fixture("task.json"), "0");

    client.workspace(WS).tasks().create(p -> p
        .virtualStartTime(OffsetDateTime.parse("2026-11-24T10:00:00.750-05:00"))
        .ignoreCapacity(false));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(
        param("VirtualStartTime", "2026-11-24T15:00:00Z"),
        param("IgnoreCapacity", "false"));
  }

  @Test
  void createAsyncCompletesWithTheTaskAndItsETag() throws Exception {
    respondWithETag(201, fixture("task.json"), "0");

    Task task = client.workspace(WS).tasks().createAsync(p -> p.workflowSid(WW).priority(0))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", TASKS);
    assertThat(form(request)).containsExactly(
        param("Priority", "0"),
        param("WorkflowSid", WW));
    assertIsGoldCall(task);
    assertThat(task.getETag()).isEqualTo("0");
  }

  @Test
  void createAsyncWithNoOptionsSendsAnEmptyForm() throws Exception {
    respondWithETag(201, fixture("task.json"), "0");

    Task task = client.workspace(WS).tasks().createAsync().get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", TASKS);
    assertThat(form(request)).isEmpty();
    assertThat(task.getSid()).isEqualTo(WT);
  }

  // ---------------------------------------------------------------- FetchTask

  @Test
  void fetchGetsTheTaskBySidAndParsesEveryFieldAndTheETag() {
    respondWithETag(200, fixture("task.json"), "3");

    Task task = client.workspace(WS).tasks().fetch(WT);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_TASK);
    assertNoQueryAndNoBody(request);
    assertIsGoldCall(task);
    assertThat(task.getETag()).isEqualTo("3");
  }

  @Test
  void fetchedAttributesReadIntoAnObject() {
    respondWithETag(200, fixture("task.json"), "3");

    CallAttributes attributes = client.workspace(WS).tasks().fetch(WT).getAttributesAs(CallAttributes.class);

    assertThat(attributes).isNotNull();
    assertThat(attributes.type).isEqualTo("call");
    assertThat(attributes.customerValue).isEqualTo("gold");
    assertThat(attributes.languages).containsExactly("en", "es");
  }

  @Test
  void fetchAsyncCompletesWithTheTaskAndItsETag() throws Exception {
    respondWithETag(200, fixture("task.json"), "3");

    Task task = client.workspace(WS).tasks().fetchAsync(WT).get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_TASK);
    assertNoQueryAndNoBody(request);
    assertIsGoldCall(task);
    assertThat(task.getETag()).isEqualTo("3");
  }

  // ---------------------------------------------------------------- UpdateTask

  @Test
  void updateSendsIfMatchAndEveryFormFieldInSpecOrderAndParsesTheTaskAndETag() {
    respondWithETag(200, fixture("task.json"), "5");

    Task task = client.workspace(WS).tasks().update(WT, p -> p
        .ifMatch("4")
        .attributes(Map.of("type", "callback"))
        .assignmentStatus(TaskStatus.CANCELED)
        .reason("Customer hung up & left +1 message")
        .priority(10)
        .taskChannel("chat")
        .virtualStartTime(OffsetDateTime.parse("2026-11-24T07:00:00-08:00")));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_TASK);
    assertThat(request.getHeader("If-Match")).isEqualTo("4");
    assertThat(form(request)).containsExactly(
        param("Attributes", "{\"type\":\"callback\"}"),
        param("AssignmentStatus", "canceled"),
        param("Reason", "Customer hung up & left +1 message"),
        param("Priority", "10"),
        param("TaskChannel", "chat"),
        param("VirtualStartTime", "2026-11-24T15:00:00Z"));
    assertIsGoldCall(task);
    assertThat(task.getETag()).isEqualTo("5");
  }

  @Test
  void updateSendsEachStatusAnUpdateCanSetAsItsWireValueAndRefusesTheOthers() {
    List<String> sent = new ArrayList<>();
    List<TaskStatus> refused = new ArrayList<>();
    for (TaskStatus status : TaskStatus.values()) {
      try {
        io.taskrouter.sdk.params.UpdateTaskParams.of(p -> p.assignmentStatus(status));
      } catch (IllegalArgumentException e) {
        refused.add(status);
        continue;
      }
      respondWithETag(200, fixture("task.json"), "5");
      client.workspace(WS).tasks().update(WT, p -> p.assignmentStatus(status));
      sent.addAll(form(take()).get("AssignmentStatus"));
    }

    assertThat(sent).containsExactly("canceled", "completed", "wrapping");
    assertThat(refused).containsExactly(TaskStatus.PENDING, TaskStatus.RESERVED, TaskStatus.ASSIGNED, TaskStatus.UNKNOWN);
  }

  @Test
  void updateSendsAttributesGivenAsJsonTextUnchanged() {
    respondWithETag(200, fixture("task.json"), "5");

    client.workspace(WS).tasks().update(WT, p -> p.attributes(CALL_ATTRIBUTES));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(param("Attributes", CALL_ATTRIBUTES));
  }

  @Test
  void updateSendsAttributesGivenAsAnObjectAsJson() {
    respondWithETag(200, fixture("task.json"), "5");

    client.workspace(WS).tasks().update(WT, p -> p
        .attributes(new CallAttributes("platinum", List.of("fr"), "call")));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(
        param("Attributes", "{\"customer_value\":\"platinum\",\"languages\":[\"fr\"],\"type\":\"call\"}"));
  }

  @Test
  void updateWithNoOptionsSendsAnEmptyFormAndNoIfMatch() {
    respondWithETag(200, fixture("task.json"), "5");

    Task task = client.workspace(WS).tasks().update(WT);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_TASK);
    assertThat(request.getHeader("If-Match")).isNull();
    assertThat(form(request)).isEmpty();
    assertThat(task.getETag()).isEqualTo("5");
  }

  @Test
  void updateWithoutIfMatchSendsNoIfMatchHeader() {
    respondWithETag(200, fixture("task.json"), "5");

    client.workspace(WS).tasks().update(WT, p -> p.assignmentStatus(TaskStatus.COMPLETED).reason("done"));

    RecordedRequest request = take();
    assertThat(request.getHeader("If-Match")).isNull();
    assertThat(form(request)).containsExactly(
        param("AssignmentStatus", "completed"),
        param("Reason", "done"));
  }

  @Test
  void theETagOfAFetchGoesBackAsIfMatchOfTheUpdate() {
    respondWithETag(200, fixture("task.json"), "21");
    respondWithETag(200, fixture("task.json"), "22");

    Task fetched = client.workspace(WS).tasks().fetch(WT);
    Task updated = client.workspace(WS).tasks().update(WT, p -> p
        .ifMatch(fetched.getETag())
        .assignmentStatus(TaskStatus.WRAPPING));

    take();
    RecordedRequest update = take();
    assertThat(update.getHeader("If-Match")).isEqualTo("21");
    assertThat(updated.getETag()).isEqualTo("22");
  }

  @Test
  void updateAsyncSendsIfMatchAndCompletesWithTheTask() throws Exception {
    respondWithETag(200, fixture("task.json"), "5");

    Task task = client.workspace(WS).tasks().updateAsync(WT, p -> p.ifMatch("4").priority(1))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_TASK);
    assertThat(request.getHeader("If-Match")).isEqualTo("4");
    assertThat(form(request)).containsExactly(param("Priority", "1"));
    assertIsGoldCall(task);
    assertThat(task.getETag()).isEqualTo("5");
  }

  // ---------------------------------------------------------------- ListTask

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesThePage() {
    respond(200, fixture("tasks_page.json"));

    List<Task> tasks = client.workspace(WS).tasks().list(p -> p
        .priority(5)
        .assignmentStatus(TaskStatus.PENDING, TaskStatus.RESERVED)
        .workflowSid(WW)
        .workflowName("Incoming Call Flow")
        .taskQueueSid(WQ)
        .taskQueueName("Sales & Support")
        .evaluateTaskAttributes("language == 'fr' AND customer_value IN ['gold', 'platinum']")
        .routingTarget(WK)
        .ordering("Priority:desc,DateCreated:asc")
        .hasAddons(true)
        .pageSize(100)
        .pageToken("PAWT0123456789abcdef"))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", TASKS);
    assertThat(request.getBodySize()).isZero();
    assertThat(query(request)).containsExactly(
        param("Priority", "5"),
        param("AssignmentStatus", "pending", "reserved"),
        param("WorkflowSid", WW),
        param("WorkflowName", "Incoming Call Flow"),
        param("TaskQueueSid", WQ),
        param("TaskQueueName", "Sales & Support"),
        param("EvaluateTaskAttributes", "language == 'fr' AND customer_value IN ['gold', 'platinum']"),
        param("RoutingTarget", WK),
        param("Ordering", "Priority:desc,DateCreated:asc"),
        param("HasAddons", "true"),
        param("PageSize", "100"),
        param("PageToken", "PAWT0123456789abcdef"));
    assertThat(tasks).hasSize(2);
    assertIsGoldCall(tasks.get(0));
    assertThat(tasks.get(0).getETag()).as("list items carry no ETag").isNull();
    assertIsFrenchChat(tasks.get(1));
  }

  @Test
  void listRepeatsAssignmentStatusGivenAsAListAndSendsHasAddonsFalse() {
    respond(200, fixture("tasks_page.json"));

    client.workspace(WS).tasks().list(p -> p
        .assignmentStatus(List.of(TaskStatus.ASSIGNED, TaskStatus.WRAPPING, TaskStatus.COMPLETED, TaskStatus.CANCELED))
        .hasAddons(false))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", TASKS);
    assertThat(query(request)).containsExactly(
        param("AssignmentStatus", "assigned", "wrapping", "completed", "canceled"),
        param("HasAddons", "false"));
    assertThat(request.getRequestUrl().encodedQuery())
        .isEqualTo("AssignmentStatus=assigned&AssignmentStatus=wrapping&AssignmentStatus=completed"
            + "&AssignmentStatus=canceled&HasAddons=false");
  }

  @Test
  void listWithNoOptionsSendsNoQuery() {
    respond(200, fixture("tasks_page.json"));

    List<String> sids = new ArrayList<>();
    for (Task task : client.workspace(WS).tasks().list()) {
      sids.add(task.getSid());
    }

    RecordedRequest request = take();
    assertRequest(request, "GET", TASKS);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(sids).containsExactly(WT, WT_CHAT);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("tasks_page.json"));

    Page<Task> page = client.workspace(WS).tasks().listAsync(p -> p.assignmentStatus(TaskStatus.PENDING))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", TASKS);
    assertThat(query(request)).containsExactly(param("AssignmentStatus", "pending"));
    assertThat(page.items()).hasSize(2);
    assertIsGoldCall(page.items().get(0));
    assertIsFrenchChat(page.items().get(1));
    assertThat(page.hasNextPage()).isFalse();
  }

  // ---------------------------------------------------------------- DeleteTask

  @Test
  void deleteSendsIfMatchAndReturnsOnNoContent() {
    respondNoContent();

    client.workspace(WS).tasks().delete(WT, p -> p.ifMatch("6"));

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_TASK);
    assertThat(request.getHeader("If-Match")).isEqualTo("6");
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteWithoutOptionsSendsNoIfMatch() {
    respondNoContent();

    client.workspace(WS).tasks().delete(WT);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_TASK);
    assertThat(request.getHeader("If-Match")).isNull();
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncSendsIfMatchAndCompletesNormallyOnNoContent() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).tasks().deleteAsync(WT, p -> p.ifMatch("6"));

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_TASK);
    assertThat(request.getHeader("If-Match")).isEqualTo("6");
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncWithoutOptionsCompletesNormallyAndSendsNoIfMatch() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).tasks().deleteAsync(WT);

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_TASK);
    assertThat(request.getHeader("If-Match")).isNull();
  }
}
