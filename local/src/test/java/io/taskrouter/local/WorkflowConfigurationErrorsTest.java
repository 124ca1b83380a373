package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The server refuses a wrong configuration with 400, naming the JSON path and the position in the
 * expression (the rules themselves are the shared model's, tested in {@code taskrouter-workflow});
 * what only the server knows, whether the queues exist, it checks itself.
 */
class WorkflowConfigurationErrorsTest extends ServerTest {

  private static String filterTo(String queue, String targetExpression) {
    return "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\"" + queue + "\"}]},"
        + "{\"expression\":\"type == 'call'\",\"targets\":[{\"queue\":\"" + queue + "\",\"expression\":\""
        + targetExpression + "\"}]}]}}";
  }

  @Test
  void anInvalidExpressionIsRefusedWithItsPathAndPositionAndChangesNothing() {
    Workspace ws = workspace("NONE");
    String queue = ws.createQueue("Support");
    String workflow = ws.createWorkflow("Router", queue);
    String before = api().get(ws.path("Workflows/" + workflow)).string("configuration");

    expectError(api().post(ws.path("Workflows/" + workflow), "Configuration", filterTo(queue, "task.a == 1 AND b == 2")),
        400, 20001, "Invalid Configuration: $.task_routing.filters[1].targets[0].expression: invalid expression at"
            + " position 16");

    assertThat(api().get(ws.path("Workflows/" + workflow)).string("configuration")).isEqualTo(before);
  }

  @Test
  void aTargetNamingAQueueThatDoesNotExistIsRefused() {
    Workspace ws = workspace("NONE");
    String missing = "WQ" + "0".repeat(32);

    expectError(api().post(ws.path("Workflows"), "FriendlyName", "Router", "Configuration",
        filterTo(missing, "worker.level > 1")), 400, 20001,
        "$.task_routing.filters[0].targets[0].queue names TaskQueue " + missing + ", which does not exist");

    assertThat(api().get(ws.path("Workflows")).list("workflows")).isEmpty();
  }
}
