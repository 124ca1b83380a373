package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.ReservationInstruction;
import io.taskrouter.sdk.model.ReservationStatus;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.params.UpdateTaskParams;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid input is refused before anything is sent, with a message that names the parameter. */
class RefusalTest extends MockApi {

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  @Test
  void aMissingRequiredParameterIsNamed() {
    assertThatThrownBy(() -> client.workspaces().create(p -> p.template("FIFO")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("FriendlyName is required");
    assertThatThrownBy(() -> client.workspace(WS).workflows().create(p -> p.friendlyName("Flow")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Configuration is required");
  }

  @Test
  void anEmptyRequiredParameterIsRefused() {
    assertThatThrownBy(() -> client.workspace(WS).activities().create(p -> p.friendlyName("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("FriendlyName is required");
  }

  @Test
  void aSidWithAnotherPrefixIsNamedAsSuch() {
    assertThatThrownBy(() -> client.workspace(WT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WorkspaceSid must be a workspace SID").hasMessageContaining("got a task SID");
    assertThatThrownBy(() -> client.workspace(WS).tasks().fetch(WK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Sid must be a task SID").hasMessageContaining("got a worker SID");
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.workflowSid(WQ)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("WorkflowSid must be a workflow SID");
  }

  @Test
  void aSidOfTheWrongLengthSaysSo() {
    assertThatThrownBy(() -> client.workspace("WS0123"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 6 characters");
    assertThatThrownBy(() -> client.workspace(WS).worker(WK + "00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("WorkerSid must be a worker SID")
        .hasMessageContaining("got 36 characters");
  }

  @Test
  void aNullSidIsRequired() {
    assertThatThrownBy(() -> client.workspace(WS).tasks().fetch(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Sid is required");
  }

  @Test
  void attributesThatAreNotJsonAreRefused() {
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.attributes("{\"type\": ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Attributes must be a JSON object, got text that is not valid JSON");
    assertThatThrownBy(() -> client.workspace(WS).workers().create(p -> p.friendlyName("Jamie").attributes("[1,2]")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Attributes must be a JSON object, got a JSON array");
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.attributes("{} {}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Attributes must be a single JSON object");
  }

  @Test
  void configurationThatIsNotJsonIsRefused() {
    assertThatThrownBy(() -> client.workspace(WS).workflows().create(p -> p.friendlyName("F").configuration("task_routing")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Configuration must be a JSON object, got text that is not valid JSON");
  }

  @Test
  void anObjectThatMoshiCannotWriteIsRefusedWithTheParameterName() {
    Object notSerializable = new Object() {
      @SuppressWarnings("unused")
      final Thread thread = Thread.currentThread();
    };
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.attributes(notSerializable)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Attributes cannot be written as JSON");
  }

  @Test
  void outOfRangeNumbersAreRefused() {
    assertThatThrownBy(() -> client.workspace(WS).tasks().list(p -> p.pageSize(0L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("PageSize must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> client.workspace(WS).tasks().list(p -> p.pageSize(1001L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("PageSize must be between 1 and 1000");
  }

  @Test
  void theUnknownEnumConstantCannotBeSent() {
    assertThatThrownBy(() -> client.workspace(WS).taskQueues().create(p -> p.friendlyName("Q").taskOrder(QueueOrder.UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("TaskOrder must be one of");
    assertThatThrownBy(() -> client.workspace(WS).tasks().update(WT, p -> p.assignmentStatus(TaskStatus.UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AssignmentStatus must be one of");
  }

  @Test
  void badCredentialsAreRefusedWhenTheClientIsBuilt() {
    assertThatThrownBy(() -> TaskRouter.builder().credentials("AC123", "token"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("accountSid must be an account SID");
    assertThatThrownBy(() -> TaskRouter.builder().apiKey("AC0123456789abcdef0123456789abcdef", "secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("apiKeySid must be an API key SID");
    assertThatThrownBy(() -> TaskRouter.builder().credentials(ACCOUNT_SID, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("authToken must not be blank");
    assertThatThrownBy(() -> TaskRouter.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("credentials are required");
    assertThatThrownBy(() -> TaskRouter.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl must be an http or https URL");
  }

  @Test
  void anExtraParameterNeedsAName() {
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.extraParam(" ", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("extra parameter name must not be blank");
  }

  @Test
  void nullGivenToASetterIsRefusedNamingTheParameterAndSayingToLeaveItUnset() {
    assertThatThrownBy(() -> client.workspace(WS).tasks().update(WT, p -> p.ifMatch(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("If-Match must not be null; to send no If-Match, leave the option unset");
    assertThatThrownBy(() -> client.workspace(WS).workers().delete(WK, p -> p.ifMatch(null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("If-Match must not be null");
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.attributes((Object) null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Attributes must not be null");
    assertThatThrownBy(() -> client.workspace(WS).tasks().list(p -> p.assignmentStatus((List<TaskStatus>) null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AssignmentStatus must not be null");
    assertThatThrownBy(() -> client.workspace(WS).tasks().list(p -> p.assignmentStatus(TaskStatus.PENDING, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("AssignmentStatus[1] must not be null");
    assertThatThrownBy(() -> client.workspace(WS).task(WT).reservations().update(WR, p -> p.instruction(null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Instruction must not be null");
  }

  @Test
  void eachWaitTimeThresholdIsAPositiveNumberOfSeconds() {
    assertThatThrownBy(() -> client.workspace(WS).statistics().cumulative(p -> p.splitByWaitTime(5, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("SplitByWaitTime[1] must be at least 1, got 0");
    assertThatThrownBy(() -> client.workspace(WS).statistics().fetch(p -> p.splitByWaitTime(-30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("SplitByWaitTime[0] must be at least 1, got -30");
  }

  @Test
  void theUnknownInstructionOrStatusFilterCannotBeSent() {
    assertThatThrownBy(() -> client.workspace(WS).worker(WK).reservations()
        .update(WR, p -> p.instruction(ReservationInstruction.UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Instruction must be one of accept, reject")
        .hasMessageEndingWith("got UNKNOWN, which stands for values this SDK does not know and cannot be sent");
    assertThatThrownBy(() -> client.workspace(WS).tasks().list(p -> p.assignmentStatus(TaskStatus.UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AssignmentStatus[0] must be one of")
        .hasMessageContaining("got UNKNOWN");
  }

  /** Setters refuse what the service always refuses, or what would send nothing the caller meant. */
  static Stream<Arguments> setterRefusals() {
    return Stream.of(
        row("a status an update cannot set", c -> c.workspace(WS).tasks().update(WT,
            p -> p.assignmentStatus(TaskStatus.PENDING)),
            "AssignmentStatus must be one of canceled, wrapping, completed, got PENDING"),
        row("assigned, which only an accepted reservation makes", c -> c.workspace(WS).tasks().update(WT,
            p -> p.assignmentStatus(TaskStatus.ASSIGNED)),
            "AssignmentStatus must be one of canceled, wrapping, completed, got ASSIGNED"),
        row("a reservation status the service sets itself", c -> c.workspace(WS).task(WT).reservations().update(WR,
            p -> p.reservationStatus(ReservationStatus.TIMEOUT)),
            "ReservationStatus must be one of accepted, rejected, wrapping, completed, got TIMEOUT"),
        row("the same, through the worker", c -> c.workspace(WS).worker(WK).reservations().update(WR,
            p -> p.reservationStatus(ReservationStatus.RESCINDED)),
            "ReservationStatus must be one of accepted, rejected, wrapping, completed, got RESCINDED"),
        row("an empty If-Match", c -> c.workspace(WS).tasks().update(WT, p -> p.ifMatch("")),
            "If-Match must not be blank, got \"\""),
        row("a blank If-Match on delete", c -> c.workspace(WS).workers().delete(WK, p -> p.ifMatch(" ")),
            "If-Match must not be blank, got \" \""),
        row("a filter given no values", c -> c.workspace(WS).tasks().list(p -> p.assignmentStatus()),
            "AssignmentStatus must have at least one value, got none; give at least one value, or leave it unset"),
        row("an empty List filter", c -> c.workspace(WS).tasks().list(p -> p.assignmentStatus(List.of())),
            "AssignmentStatus must have at least one value, got none; give at least one value, or leave it unset"),
        row("thresholds given no values", c -> c.workspace(WS).statistics().cumulative(p -> p.splitByWaitTime()),
            "SplitByWaitTime must have at least one value, got none; give at least one value, or leave it unset"),
        row("a null threshold", c -> c.workspace(WS).statistics().fetch(
            p -> p.splitByWaitTime(Arrays.asList(5, null))), "SplitByWaitTime[1] must not be null"),
        row("no options lambda", c -> c.workspace(WS).tasks().update(WT, (Consumer<UpdateTaskParams.Builder>) null),
            "options is required, got null"));
  }

  private static Arguments row(String kind, Consumer<TaskRouter> call, String message) {
    return Arguments.of(kind, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setterRefusals")
  void aSetterRefusesAtOnce(String kind, Consumer<TaskRouter> call, String message) {
    assertThatThrownBy(() -> call.accept(client)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void validAttributesObjectsAreAcceptedUnchanged() {
    String json = "{\"type\":\"call\",\"n\":[1,2]}";
    assertThat(io.taskrouter.sdk.params.CreateTaskParams.of(p -> p.attributes(json)).attributes()).isEqualTo(json);
    assertThat(io.taskrouter.sdk.params.CreateTaskParams.of(p -> p.attributes(Map.of("a", 1))).attributes())
        .isEqualTo("{\"a\":1}");
  }
}
