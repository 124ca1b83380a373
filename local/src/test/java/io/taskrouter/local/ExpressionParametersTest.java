package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import io.taskrouter.local.wire.ParamSpec;
import org.junit.jupiter.api.Test;

/**
 * Expressions are parsed when the request is decoded: a queue's TargetWorkers and every list-filter
 * expression, also when the list is empty (nothing to evaluate them against), with the position of
 * the fault; one past the length limit is refused before it is parsed.
 */
class ExpressionParametersTest extends ServerTest {

  @Test
  void aQueueWhoseTargetWorkersDoNotParseIsRefusedAndNotCreated() {
    Workspace ws = workspace("NONE");
    expectError(api().post(ws.path("TaskQueues"), "FriendlyName", "Q", "TargetWorkers", "skills HAS"), 400, 20001,
        "TargetWorkers is not a valid expression");
    expectError(api().post(ws.path("TaskQueues"), "FriendlyName", "Q", "TargetWorkers", "1 == 1 AND ("), 400, 20001,
        "at position");
    assertThat(api().get(ws.path("TaskQueues")).list("task_queues")).isEmpty();
  }

  @Test
  void aListFilterThatDoesNotParseIsRefusedEvenWhenTheListIsEmpty() {
    Workspace ws = workspace("NONE");
    assertThat(api().get(ws.path("Tasks")).list("tasks")).isEmpty();
    expectError(api().get(ws.path("Tasks"), "EvaluateTaskAttributes", "language =="), 400, 20001,
        "EvaluateTaskAttributes is not a valid expression");
    expectError(api().get(ws.path("Tasks"), "EvaluateTaskAttributes", "language =="), 400, 20001, "at position");
    expectError(api().get(ws.path("TaskQueues"), "EvaluateWorkerAttributes", "{\"skills\":"), 400, 20001,
        "EvaluateWorkerAttributes must be a JSON object");
  }

  @Test
  void anExpressionPastTheLengthLimitIsRefusedNamingTheLimit() {
    Workspace ws = workspace("NONE");
    String tooLong = "x == 1" + " OR x == 1".repeat(ParamSpec.MAX_EXPRESSION_LENGTH / 10);
    // A query string that long is past the request line limit (414): the limit is met in a body.
    expectError(api().post(ws.path("TaskQueues"), "FriendlyName", "Q", "TargetWorkers", tooLong), 400, 20001,
        "TargetWorkers is " + tooLong.length() + " characters long; this server takes expressions of at"
            + " most " + ParamSpec.MAX_EXPRESSION_LENGTH + " characters");
  }
}
