package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workspaces belong to the account that created them. In accept-any mode every Account SID
 * presented is its own account: B is answered about A's workspace exactly as about one that does
 * not exist, and everything each account sees carries its own {@code account_sid}.
 */
class AccountIsolationTest extends ServerTest {
  private static final String ACCOUNT_A = "AC" + "a".repeat(32);
  private static final String ACCOUNT_B = "AC" + "b".repeat(32);
  private static final String UNKNOWN_WORKSPACE = "WS" + "0".repeat(32);

  private ApiClient a() {
    return api().withCredentials(ACCOUNT_A, "token-a");
  }

  private ApiClient b() {
    return api().withCredentials(ACCOUNT_B, "token-b");
  }

  /** Requests B makes about a workspace: {@code path} turns a workspace SID and a task SID into the request. */
  private record Probe(String name, String method, Function<String[], String> path, String... form) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Probe> probes() {
    return List.of(
        new Probe("fetch the workspace", "GET", s -> "/v1/Workspaces/" + s[0]),
        new Probe("rename the workspace", "POST", s -> "/v1/Workspaces/" + s[0], "FriendlyName", "Taken over"),
        new Probe("delete the workspace", "DELETE", s -> "/v1/Workspaces/" + s[0]),
        new Probe("list its tasks", "GET", s -> "/v1/Workspaces/" + s[0] + "/Tasks"),
        new Probe("fetch its task", "GET", s -> "/v1/Workspaces/" + s[0] + "/Tasks/" + s[1]),
        new Probe("cancel its task", "POST", s -> "/v1/Workspaces/" + s[0] + "/Tasks/" + s[1],
            "AssignmentStatus", "canceled"),
        new Probe("delete its task", "DELETE", s -> "/v1/Workspaces/" + s[0] + "/Tasks/" + s[1]),
        new Probe("create a task in it", "POST", s -> "/v1/Workspaces/" + s[0] + "/Tasks"),
        new Probe("read its events", "GET", s -> "/v1/Workspaces/" + s[0] + "/Events"),
        new Probe("read its statistics", "GET", s -> "/v1/Workspaces/" + s[0] + "/Statistics"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void anotherAccountsWorkspaceIsAnsweredLikeAnUnknownOne(Probe probe) {
    Workspace theirs = workspace(a(), "FIFO");
    String task = theirs.createTask();
    String before = a().get(theirs.path("Tasks/" + task)).body() + a().get(theirs.path("")).body();

    Reply foreign = send(b(), probe, theirs.sid, task);
    Reply unknown = send(b(), probe, UNKNOWN_WORKSPACE, task);
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404).isEqualTo(unknown.status());
    assertThat(foreign.json()).isEqualTo(withPath(unknown.json(), UNKNOWN_WORKSPACE, theirs.sid));
    assertThat(a().get(theirs.path("Tasks/" + task)).body() + a().get(theirs.path("")).body())
        .as("A's workspace after B's attempt").isEqualTo(before);
  }

  @Test
  void eachAccountListsOnlyItsOwnWorkspacesAndSeesItsOwnAccountSid() {
    Workspace first = workspace(a(), "FIFO");
    Workspace second = workspace(b(), "FIFO");
    String task = first.createTask();

    assertThat(sids(expect(a().get("/v1/Workspaces"), 200), "workspaces")).containsExactly(first.sid);
    assertThat(sids(expect(b().get("/v1/Workspaces"), 200), "workspaces")).containsExactly(second.sid);
    assertThat(a().get("/v1/Workspaces", "FriendlyName", "Test FIFO").list("workspaces")).hasSize(1);

    assertThat(a().get(first.path("")).string("account_sid")).isEqualTo(ACCOUNT_A);
    assertThat(b().get(second.path("")).string("account_sid")).isEqualTo(ACCOUNT_B);
    assertThat(a().get(first.path("Tasks/" + task)).string("account_sid")).isEqualTo(ACCOUNT_A);
    assertThat(a().get(first.path("Activities")).list("activities"))
        .extracting(r -> r.get("account_sid")).containsOnly(ACCOUNT_A);
    assertThat(a().get(first.path("Statistics")).string("account_sid")).isEqualTo(ACCOUNT_A);
    List<Map<String, Object>> events = a().get(first.path("Events")).list("events");
    assertThat(events).isNotEmpty().extracting(e -> e.get("account_sid")).containsOnly(ACCOUNT_A);
    Map<String, Object> created = events.stream().filter(e -> "task.created".equals(e.get("event_type")))
        .findFirst().orElseThrow();
    assertThat(created.get("actor_sid")).isEqualTo(ACCOUNT_A);
  }

  @Test
  void theSameAccountSidInAnyCaseIsTheSameAccount() {
    Workspace ws = workspace(a(), "NONE");
    ApiClient shouting = api().withCredentials("AC" + "A".repeat(32), "token");
    assertThat(expect(shouting.get(ws.path("")), 200).string("account_sid")).isEqualTo(ACCOUNT_A);
  }

  private static Reply send(ApiClient api, Probe probe, String workspaceSid, String taskSid) {
    String path = probe.path().apply(new String[] {workspaceSid, taskSid});
    return switch (probe.method()) {
      case "GET" -> api.get(path);
      case "POST" -> api.post(path, probe.form());
      case "DELETE" -> api.delete(path);
      default -> throw new IllegalArgumentException(probe.method());
    };
  }

  /** The 404 for the unknown workspace names the path it was asked about: make it name the other. */
  private static Map<String, Object> withPath(Map<String, Object> body, String from, String to) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
    copy.put("message", ((String) body.get("message")).replace(from, to));
    return copy;
  }
}
