package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code extraParam} is for parameters the SDK does not know: one it knows is refused, pointing to
 * its setter, so that its check cannot be skipped and it is never sent twice.
 */
class ExtraParamTest extends MockApi {

  static Stream<Arguments> knownNames() {
    return Stream.of(
        Arguments.of("a JSON form field, whose check it would skip",
            (Consumer<TaskRouter>) c -> c.workspace(WS).tasks().create(p -> p.extraParam("Attributes", "not json")),
            "Attributes is a parameter this SDK knows: set it with attributes(...)"),
        Arguments.of("a form field also set by its setter, which would go twice",
            (Consumer<TaskRouter>) c -> c.workspace(WS).activities().create(p -> p.friendlyName("Break")
                .extraParam("FriendlyName", "Lunch")),
            "FriendlyName is a parameter this SDK knows: set it with friendlyName(...)"),
        Arguments.of("a query filter",
            (Consumer<TaskRouter>) c -> c.workspace(WS).tasks().list(p -> p.extraParam("AssignmentStatus", "pending")),
            "AssignmentStatus is a parameter this SDK knows: set it with assignmentStatus(...)"),
        Arguments.of("a boolean filter given as text",
            (Consumer<TaskRouter>) c -> c.workspace(WS).workers().list(p -> p.extraParam("Available", "yes")),
            "Available is a parameter this SDK knows: set it with available(...)"),
        Arguments.of("a header, in any case (header names are case-insensitive)",
            (Consumer<TaskRouter>) c -> c.workspace(WS).tasks().update(WT, p -> p.extraParam("if-match", "3")),
            "if-match is a parameter this SDK knows: set it with ifMatch(...)"),
        Arguments.of("Page, which the SDK keeps to its paging",
            (Consumer<TaskRouter>) c -> c.workspace(WS).workers().list(p -> p.extraParam("Page", "2")),
            "Page is not an option: the SDK pages through lists by the API's paging URLs"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knownNames")
  void aParameterTheOperationKnowsIsRefusedPointingToItsSetter(String label, Consumer<TaskRouter> call,
      String message) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  @Test
  void anUnknownParameterIsSentOnceAsGivenBesideTheKnownOnes() {
    respond(201, fixture("activity.json"));

    client.workspace(WS).activities().create(p -> p.friendlyName("Break").extraParam("ReportingTag", "b-12"));

    RecordedRequest request = take();
    assertThat(form(request)).containsEntry("FriendlyName", List.of("Break")).containsEntry("ReportingTag", List.of("b-12"));
  }

  @Test
  void aFormNameInAnotherCaseIsAnotherParameterOnTheWireAndIsSentAsGiven() {
    respond(201, fixture("activity.json"));

    client.workspace(WS).activities().create(p -> p.friendlyName("Break").extraParam("friendlyName", "x"));

    RecordedRequest request = take();
    assertThat(form(request)).containsEntry("FriendlyName", List.of("Break")).containsEntry("friendlyName", List.of("x"));
  }

  @Test
  void anExtraParameterNeedsAValue() {
    assertThatThrownBy(() -> client.workspace(WS).tasks().create(p -> p.extraParam("ReportingTag", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ReportingTag must not be null");
  }
}
