package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.QueueOrder;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Workspace;
import org.junit.jupiter.api.Test;

/** Fields and enum values added to the API after this SDK was built never break parsing. */
class ForwardCompatibilityTest extends MockApi {

  @Test
  void unknownFieldsAreSkipped() {
    respond(200, fixture("task.json").replaceFirst("\\{",
        "{\"brand_new_field\":{\"nested\":[1,2,{\"x\":null}]},\"another_one\":42,"));

    Task task = client.workspace(WS).tasks().fetch(WT);

    assertThat(task.getSid()).isEqualTo(WT);
    assertThat(task.getPriority()).isEqualTo(7);
  }

  @Test
  void anUnknownEnumValueReadsAsUnknownAndKeepsTheTextAsSent() {
    respond(200, fixture("task.json").replace("\"assignment_status\": \"pending\"",
        "\"assignment_status\": \"escalated\""));

    Task task = client.workspace(WS).tasks().fetch(WT);

    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.UNKNOWN);
    assertThat(task.getAssignmentStatusValue()).isEqualTo("escalated");
  }

  @Test
  void knownEnumValuesStillReadAsTheirConstant() {
    respond(200, SpecSchemas.complete("Workspace", "{\"sid\":\"" + WS + "\",\"prioritize_queue_order\":\"LIFO\"}"));

    Workspace workspace = client.workspaces().fetch(WS);

    assertThat(workspace.getPrioritizeQueueOrder()).isEqualTo(QueueOrder.LIFO);
    assertThat(workspace.getPrioritizeQueueOrderValue()).isEqualTo("LIFO");
  }

  @Test
  void absentFieldsReadAsNullOrTheirDocumentedDefault() {
    // Only the fields the service always sends (the schema's required ones): every other may be absent.
    respond(200, SpecSchemas.complete("Task", "{\"sid\":\"" + WT + "\"}"));

    Task task = client.workspace(WS).tasks().fetch(WT);

    assertThat(task.getAttributes()).isNull();
    assertThat(task.getAttributesAsMap()).isEmpty();
    assertThat(task.getAge()).isZero();
    assertThat(task.getAssignmentStatus()).isEqualTo(TaskStatus.UNKNOWN);
    assertThat(task.getAssignmentStatusValue()).isNull();
    assertThat(task.getDateUpdated()).isNull();
    assertThat(task.getSid()).isEqualTo(WT);
  }

  @Test
  void attributesReadIntoATypeOfYours() {
    respond(200, fixture("task.json"));

    Task task = client.workspace(WS).tasks().fetch(WT);
    CallAttributes attributes = task.getAttributesAs(CallAttributes.class);

    assertThat(attributes.type).isEqualTo("call");
    assertThat(attributes.languages).containsExactly("en", "es");
  }

  static final class CallAttributes {
    String type;
    java.util.List<String> languages;
  }
}
