package io.taskrouter.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.api.ApiResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  @Test
  void matchesSegmentsAndDecodesParameters() {
    PathTemplate template = new PathTemplate("/v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}");
    assertThat(template.match("/v1/Workspaces/WS1/TaskChannels/my%20chat")).contains(
        Map.of("WorkspaceSid", "WS1", "Sid", "my chat"));
    assertThat(template.match("/v1/Workspaces/WS1/TaskChannels/voice/")).isPresent();
    assertThat(template.match("/v1/Workspaces/WS1/TaskChannels")).isEmpty();
    assertThat(template.match("/v1/Workspaces//TaskChannels/voice")).isEmpty();
    assertThat(template.match("/v1/Workspaces/WS1/Activities/voice")).isEmpty();
    assertThat(template.literalSegments()).isEqualTo(3);
  }

  @Test
  void theMostLiteralTemplateWinsAndOtherMethodsAreReported() {
    RouteTable routes = new RouteTable();
    routes.register("GET", "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}", "FetchTaskQueue",
        call -> ApiResponse.noContent());
    routes.register("POST", "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}", "UpdateTaskQueue",
        call -> ApiResponse.noContent());
    routes.register("GET", "/v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics", "ListTaskQueuesStatistics",
        call -> ApiResponse.noContent());

    assertThat(routes.match("GET", "/v1/Workspaces/WS1/TaskQueues/Statistics").route().operationId())
        .isEqualTo("ListTaskQueuesStatistics");
    assertThat(routes.match("GET", "/v1/Workspaces/WS1/TaskQueues/WQ1").route().operationId())
        .isEqualTo("FetchTaskQueue");
    RouteTable.Match wrongMethod = routes.match("POST", "/v1/Workspaces/WS1/TaskQueues/Statistics");
    assertThat(wrongMethod.route()).isNull();
    assertThat(wrongMethod.allowedMethods()).isEqualTo(Set.of("GET"));
    RouteTable.Match unknown = routes.match("GET", "/v1/Elsewhere");
    assertThat(unknown.route()).isNull();
    assertThat(unknown.allowedMethods()).isEmpty();
  }
}
