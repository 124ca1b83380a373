package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taskrouter.expression.ExpressionException;
import io.taskrouter.workflow.RoutingFilter;
import io.taskrouter.workflow.RoutingTarget;
import io.taskrouter.workflow.WorkflowConfiguration;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Expressions in parameters are parsed before sending; typed configurations go out as JSON. */
class ExpressionParamsTest extends MockApi {

  @Test
  void anInvalidTargetWorkersExpressionIsRefusedWithItsPosition() {
    IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class,
        () -> client.workspace(WS).taskQueues().create(p -> p.friendlyName("Sales").targetWorkers("skills HAS")));

    assertThat(error).hasMessageStartingWith("TargetWorkers is not a valid expression.");
    assertThat(error.getCause()).isInstanceOf(ExpressionException.class);
    assertThat(((ExpressionException) error.getCause()).position()).isEqualTo(10);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInvalidEvaluateTaskAttributesIsRefused() {
    IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class,
        () -> client.workspace(WS).tasks().list(p -> p.evaluateTaskAttributes("(type == 'call'")));

    assertThat(error).hasMessageStartingWith("EvaluateTaskAttributes is not a valid expression.");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aValidExpressionIsSentAsWritten() {
    respond(201, SpecSchemas.complete("TaskQueue", "{\"sid\":\"" + WQ + "\",\"target_workers\":\"languages HAS 'en'\"}"));

    client.workspace(WS).taskQueues().create(p -> p.friendlyName("Sales").targetWorkers("languages HAS 'en'"));

    RecordedRequest request = take();
    assertThat(form(request)).containsEntry("TargetWorkers", List.of("languages HAS 'en'"));
  }

  @Test
  void aTypedConfigurationIsSentAsItsJson() {
    respond(201, SpecSchemas.complete("Workflow", "{\"sid\":\"" + WW + "\"}"));
    WorkflowConfiguration configuration = WorkflowConfiguration.builder()
        .filter(RoutingFilter.named("Gold").matching("customer_value == 'Gold'").routeTo(RoutingTarget.toQueue(WQ)))
        .build();

    client.workspace(WS).workflows().create(p -> p.friendlyName("Flow").configuration(configuration));

    assertThat(form(take()).get("Configuration")).containsExactly(configuration.toJson());
  }
}
