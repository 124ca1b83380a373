package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.StateSnapshot;
import io.taskrouter.local.support.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input: the API's error body with the right status, code and a message naming
 * the problem, and afterwards the state exactly as before.
 */
class ErrorsTest extends ServerTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String NO_TASK = "WT" + "0".repeat(32);

  private Workspace ws;
  private String task;
  private String worker;

  @BeforeEach
  void someState() {
    ws = workspace("FIFO");
    // Offline, so that the task stays pending: the refusals below are about a waiting task.
    worker = ws.createWorker("Jamie");
    task = ws.createTask("Attributes", "{\"type\":\"ticket\"}");
  }

  /** A bad request: how to send it, and the expected status, code and message fragment. */
  private record Case(String name, BiFunction<ErrorsTest, ApiClient, Reply> send, int status, int code,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case of(String name, BiFunction<ErrorsTest, ApiClient, Reply> send, int status, int code,
      String message) {
    return new Case(name, send, status, code, message);
  }

  static Stream<Case> cases() {
    return Stream.of(
        of("missing FriendlyName (activity)", (t, api) -> api.post(t.ws.path("Activities")), 400, 20001,
            "FriendlyName is required in the post body"),
        of("missing FriendlyName (workspace)", (t, api) -> api.post("/v1/Workspaces", "Template", "FIFO"), 400, 20001,
            "FriendlyName is required"),
        of("blank FriendlyName (worker)", (t, api) -> api.post(t.ws.path("Workers"), "FriendlyName", " "), 400, 20001,
            "FriendlyName is required in the post body and must not be blank"),
        of("missing Configuration", (t, api) -> api.post(t.ws.path("Workflows"), "FriendlyName", "W"), 400, 20001,
            "Configuration is required"),
        of("missing UniqueName", (t, api) -> api.post(t.ws.path("TaskChannels"), "FriendlyName", "C"), 400, 20001,
            "UniqueName is required"),
        of("non-integer Priority (create)", (t, api) -> api.post(t.ws.path("Tasks"), "Priority", "high"), 400, 20001,
            "Priority must be an integer (ASCII digits, optionally after a minus sign), got 'high'"),
        of("non-integer Priority (update)", (t, api) -> api.post(t.ws.path("Tasks/" + t.task), "Priority", "1.5"),
            400, 20001, "Priority must be an integer"),
        of("negative Priority", (t, api) -> api.post(t.ws.path("Tasks"), "Priority", "-1"), 400, 20001,
            "Priority must be at least 0, got -1"),
        of("Timeout beyond two weeks", (t, api) -> api.post(t.ws.path("Tasks"), "Timeout", "1209601"), 400, 20001,
            "Timeout must be between 1 and 1209600, got 1209601"),
        of("a time to live of zero", (t, api) -> api.post(t.ws.path("Tasks"), "Timeout", "0"), 400, 20001,
            "Timeout must be between 1 and 1209600, got 0"),
        of("non-boolean MultiTaskEnabled", (t, api) -> api.post("/v1/Workspaces", "FriendlyName", "W",
            "MultiTaskEnabled", "sometimes"), 400, 20001, "MultiTaskEnabled must be true or false, got 'sometimes'"),
        of("enum value not allowed", (t, api) -> api.post(t.ws.path("TaskQueues"), "FriendlyName", "Q",
            "TaskOrder", "fifo"), 400, 20001, "TaskOrder must be one of FIFO, LIFO, got 'fifo'"),
        of("path SID of the wrong prefix", (t, api) -> api.get(t.ws.path("Tasks/" + t.worker)), 400, 20001,
            "Sid must be a WT SID (\"WT\" and 32 hex digits), got a WK SID"),
        of("workspace SID of the wrong prefix", (t, api) -> api.get("/v1/Workspaces/" + t.task + "/Tasks"), 400,
            20001, "WorkspaceSid must be a WS SID"),
        of("path SID with a lower-case prefix", (t, api) -> api.get(t.ws.path("Tasks/wt" + t.task.substring(2))), 400,
            20001, "whose prefix must be upper-case \"WT\""),
        of("malformed path SID", (t, api) -> api.get(t.ws.path("Tasks/WT123")), 400, 20001, "Sid must be a WT SID (\"WT\" and 32 hex digits), got 5 characters"),
        of("body SID of the wrong prefix", (t, api) -> api.post(t.ws.path("Tasks"), "WorkflowSid", t.task), 400,
            20001, "WorkflowSid must be a WW SID"),
        of("unknown task", (t, api) -> api.get(t.ws.path("Tasks/" + NO_TASK)), 404, 20404,
            "The requested resource /Workspaces/"),
        of("unknown task (update)", (t, api) -> api.post(t.ws.path("Tasks/" + NO_TASK), "Priority", "1"), 404, 20404,
            "was not found"),
        of("unknown task (delete)", (t, api) -> api.delete(t.ws.path("Tasks/" + NO_TASK)), 404, 20404, "was not found"),
        of("unknown workspace", (t, api) -> api.post("/v1/Workspaces/WS" + "0".repeat(32) + "/Activities",
            "FriendlyName", "A"), 404, 20404, "was not found"),
        of("invalid JSON in Attributes (task)", (t, api) -> api.post(t.ws.path("Tasks"), "Attributes", "{\"a\":"),
            400, 20001, "Attributes must be a JSON object"),
        of("invalid JSON in Attributes (worker update)", (t, api) -> api.post(t.ws.path("Workers/" + t.worker),
            "Attributes", "{'single':'quotes'}"), 400, 20001, "Attributes must be a JSON object"),
        of("Attributes too long", (t, api) -> api.post(t.ws.path("Tasks"), "Attributes",
            "{\"a\":\"" + "x".repeat(4100) + "\"}"), 400, 20001, "Attributes must be at most 4096 characters long"),
        of("invalid JSON in Configuration", (t, api) -> api.post(t.ws.path("Workflows/"
            + t.ws.workflow("Default Fifo Workflow")), "Configuration", "{\"task_routing\":"), 400, 20001,
            "Configuration must be a JSON object"),
        of("malformed form body", (t, api) -> api.postRaw(t.ws.path("Activities"), FORM,
            "FriendlyName=%zz".getBytes(StandardCharsets.US_ASCII)), 400, 20001, "Malformed form body"),
        of("form pair without a name", (t, api) -> api.postRaw(t.ws.path("Activities"), FORM,
            "=x&FriendlyName=A".getBytes(StandardCharsets.US_ASCII)), 400, 20001, "Malformed form body"),
        of("form body that is not UTF-8", (t, api) -> api.postRaw(t.ws.path("Activities"), FORM,
            new byte[] {'F', 'r', 'i', 'e', 'n', 'd', 'l', 'y', 'N', 'a', 'm', 'e', '=', (byte) 0xC3, (byte) 0x28}),
            400, 20001, "not UTF-8"),
        of("malformed query string", (t, api) -> api.get(t.ws.path("Tasks") + "?=1&Priority=1"), 400, 20001,
            "Malformed query string"),
        of("JSON instead of a form", (t, api) -> api.postRaw(t.ws.path("Activities"), "application/json",
            "{\"FriendlyName\":\"A\"}".getBytes(StandardCharsets.UTF_8)), 400, 20001, "Unsupported Content-Type"),
        of("oversized body", (t, api) -> api.postRaw(t.ws.path("Activities"), FORM, oversized()), 413, 20001,
            "Request body too large: the limit is 1048576 bytes"),
        of("unknown path", (t, api) -> api.get("/v1/Nothing"), 404, 20404, "/v1/Nothing was not found"),
        of("unknown collection", (t, api) -> api.get(t.ws.path("Teams")), 404, 20404, "was not found"),
        of("wrong method", (t, api) -> api.method("PUT", t.ws.path("Tasks/" + t.task)), 405, 20004,
            "Method PUT is not allowed"),
        of("delete a collection", (t, api) -> api.delete(t.ws.path("Tasks")), 405, 20004, "allowed: GET, POST"),
        of("GET the bulk statistics", (t, api) -> api.get(t.ws.path("TaskQueues/RealTimeStatistics")), 405, 20004,
            "allowed: POST"),
        of("PageSize 0", (t, api) -> api.get(t.ws.path("Tasks"), "PageSize", "0"), 400, 20001, "PageSize"),
        of("PageSize 1001", (t, api) -> api.get(t.ws.path("Tasks"), "PageSize", "1001"), 400, 20001,
            "must be between 1 and 1000"),
        of("a forged PageToken", (t, api) -> api.get(t.ws.path("Tasks"), "PageToken", "abc"), 400, 20001,
            "PageToken"),
        of("jumping to a page", (t, api) -> api.get(t.ws.path("Tasks"), "Page", "3"), 400, 20001, "next_page_url"),
        of("stale If-Match", (t, api) -> api.withHeader("If-Match", "41").post(t.ws.path("Tasks/" + t.task),
            "Priority", "3"), 412, 20412, "If-Match 41 does not match the current ETag 0"),
        of("activity in use", (t, api) -> api.delete(t.ws.path("Activities/" + t.ws.activity("Offline"))), 400,
            20001, "Worker(s) are in this activity"),
        of("worker activity unknown", (t, api) -> api.post(t.ws.path("Workers/" + t.worker), "ActivitySid",
            "WA" + "0".repeat(32), "FriendlyName", "Changed"), 400, 20001, "does not exist"),
        of("unknown task channel", (t, api) -> api.post(t.ws.path("Tasks"), "TaskChannel", "fax"), 400, 20001,
            "TaskChannel 'fax' does not exist"),
        of("a task's URL is not a workspace's", (t, api) -> api.post(t.ws.path(""), "EventCallbackUrl", "ftp://x"),
            400, 20001, "EventCallbackUrl"),
        // Lifecycle rules, each enforced by the engine's command whatever the request looked like.
        of("completing a pending task", (t, api) -> api.post(t.ws.path("Tasks/" + t.task), "AssignmentStatus",
            "completed", "Priority", "9"), 400, 20001, "because it is not assigned or wrapping. It is pending."),
        of("new attributes with completion", (t, api) -> api.post(t.ws.path("Tasks/" + t.task), "AssignmentStatus",
            "completed", "Attributes", "{}"), 400, 20001, "Attributes: cannot change in the same request"),
        of("turning multitasking off", (t, api) -> api.post(t.ws.path(""), "MultiTaskEnabled", "false",
            "FriendlyName", "Renamed"), 400, 20001, "multitasking cannot be turned off"),
        of("rejecting reservations while staying available", (t, api) -> api.post(t.ws.path("Workers/" + t.worker),
            "ActivitySid", t.ws.activity("Available"), "RejectPendingReservations", "true"), 400, 20001,
            "RejectPendingReservations"),
        of("a task channel name taken", (t, api) -> api.post(t.ws.path("TaskChannels"), "FriendlyName", "Again",
            "UniqueName", "voice"), 400, 20001, "a TaskChannel named 'voice' already exists"),
        of("deleting a queue a workflow routes to", (t, api) -> api.delete(t.ws.path("TaskQueues/"
            + t.ws.queue("Sample Queue"))), 400, 20001, "Cannot delete TaskQueue"),
        of("no credentials", (t, api) -> api.withoutCredentials().post(t.ws.path("Activities"), "FriendlyName", "A"),
            401, 20003, "No credentials provided"),
        of("empty password", (t, api) -> api.withCredentials("AC" + "0".repeat(32), "")
            .post(t.ws.path("Activities"), "FriendlyName", "A"), 401, 20003, "username and password"),
        of("not Basic", (t, api) -> api.withoutCredentials().withHeader("Authorization", "Bearer abc")
            .get(t.ws.path("Activities")), 401, 20003, "No credentials"));
  }

  private static byte[] oversized() {
    byte[] body = new byte[1024 * 1024 + 1];
    Arrays.fill(body, (byte) 'a');
    return body;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusesWithTheApiErrorAndChangesNothing(Case bad) {
    String before = StateSnapshot.take(api(), ws);
    Reply reply = bad.send().apply(this, api());
    expectError(reply, bad.status(), bad.code(), bad.message());
    assertThat(StateSnapshot.take(api(), ws)).as("state after: " + bad.name()).isEqualTo(before);
  }
}
