package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.TaskQueueBulkRealTimeStatisticsRequest;
import io.taskrouter.sdk.params.CreateTaskQueueBulkRealTimeStatisticsParams;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fields a response schema lists as {@code required} (its SID, its parents' SIDs,
 * {@code account_sid}, {@code url}, {@code date_created}) are always sent by the service, so their
 * getters are non-null: an answer without one, or with it null, is a {@link ResponseFormatException}
 * naming the schema and the field, and is not retried. One row per schema and required field, read
 * from the spec; each schema is reached through an operation that answers it (a list's items
 * through the list).
 */
class RequiredFieldsTest extends MockApi {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z]+)}");
  /** The options of the answers reached only through an operation with a required option; others get none. */
  private static final Map<String, Object> REQUIRED_OPTIONS = Map.of("CreateTaskQueueBulkRealTimeStatistics",
      CreateTaskQueueBulkRealTimeStatisticsParams.builder()
          .body(TaskQueueBulkRealTimeStatisticsRequest.builder().queueSids(WQ).build()).build());

  /** The answer's required field, left out or sent as null. */
  record Row(SpecSchemas.Answer answer, String field, boolean asNull) {
    @Override
    public String toString() {
      return answer.schema() + "." + field + (asNull ? " null" : " absent") + " (" + answer.operationId() + ")";
    }
  }

  static Stream<Row> rows() {
    Map<String, SpecSchemas.Answer> bySchema = new LinkedHashMap<>();
    // A GET where there is one (no options to fill), any operation otherwise.
    SpecSchemas.answers().stream().filter(a -> a.verb().equals("get")).forEach(a -> bySchema.putIfAbsent(a.schema(), a));
    SpecSchemas.answers().forEach(a -> bySchema.putIfAbsent(a.schema(), a));
    List<Row> rows = new ArrayList<>();
    bySchema.values().forEach(answer -> SpecSchemas.required(answer.schema()).forEach(field -> {
      rows.add(new Row(answer, field, false));
      rows.add(new Row(answer, field, true));
    }));
    return rows.stream();
  }

  @Test
  void theSpecRequiresTheIdentifyingFieldsOfEveryResource() {
    assertThat(rows().map(r -> r.answer.schema() + "." + r.field)).contains("Workspace.sid", "Workspace.date_created",
        "Activity.workspace_sid", "Event.url", "Task.account_sid", "TaskReservation.task_sid",
        "TaskReservation.worker_sid", "WorkerReservation.worker_sid", "WorkerChannel.worker_sid",
        "TaskQueueStatistics.task_queue_sid", "TaskQueuesStatistics.task_queue_sid",
        "TaskQueueBulkRealTimeStatistics.workspace_sid", "WorkflowStatistics.workflow_sid",
        "WorkerInstanceStatistics.worker_sid", "WorkspaceStatistics.url");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void anAnswerWithoutARequiredFieldIsAFormatErrorNamingIt(Row row) throws Exception {
    TaskRouter retrying = newClient(RetryPolicy.defaults());
    try {
      String complete = SpecSchemas.complete(row.answer.schema(), "{}");
      String item = row.asNull ? complete.replace("\"" + row.field + "\":" + SpecSchemas.value(row.answer.schema(),
          row.field), "\"" + row.field + "\":null") : without(row.answer.schema(), row.field);
      assertThat(item).as("the field is null or absent").isNotEqualTo(complete);
      respond(200, body(row.answer, item));
      respond(200, body(row.answer, complete));

      Throwable failure = call(retrying, row.answer);

      assertThat(failure).isInstanceOf(ResponseFormatException.class)
          .hasMessageContaining(row.answer.operationId())
          .hasMessageContaining(row.answer.schema() + " response has no \"" + row.field + "\"");
      assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
    } finally {
      retrying.close();
    }
  }

  @Test
  void theMessageSaysWhichItemOfAPageLacksTheField() throws Exception {
    SpecSchemas.Answer list = SpecSchemas.answers().stream().filter(a -> a.operationId().equals("ListActivity"))
        .findFirst().orElseThrow();
    String good = SpecSchemas.complete("Activity", "{}");
    respond(200, "{\"activities\":[" + good + "," + without("Activity", "sid") + "],\"meta\":{\"key\":\"activities\"}}");

    assertThat(call(client, list)).isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("Activity response has no \"sid\" (the object at $.activities[1])");
  }

  @Test
  void aCompleteAnswerReadsTheRequiredFieldsAsSent() throws Exception {
    respond(200, SpecSchemas.complete("TaskReservation", "{}"));

    io.taskrouter.sdk.model.TaskReservation reservation = client.workspace(WS).task(WT).reservations().fetch(WR);

    assertThat(reservation.getSid()).isEqualTo(WR);
    assertThat(reservation.getTaskSid()).isEqualTo(WT);
    assertThat(reservation.getWorkerSid()).isEqualTo(WK);
    assertThat(reservation.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(reservation.getDateCreated()).hasToString("2026-01-02T03:04:05Z");
    assertThat(reservation.getWorkerName()).isNull();
  }

  // ------------------------------------------------------------------ answers and calls

  /** The complete body with the field left out. */
  private static String without(String schema, String field) {
    String complete = SpecSchemas.complete(schema, "{}");
    String entry = "\"" + field + "\":" + SpecSchemas.value(schema, field);
    String out = complete.replace(entry + ",", "").replace("," + entry, "");
    assertThat(out).doesNotContain("\"" + field + "\"");
    return out;
  }

  /** The item as the operation answers it: alone, or as the one item of a page. */
  private static String body(SpecSchemas.Answer answer, String item) {
    return answer.listKey() == null ? item
        : "{\"" + answer.listKey() + "\":[" + item + "],\"meta\":{\"key\":\"" + answer.listKey() + "\"}}";
  }

  /** Calls the operation's async method, reaching it through the scopes its path names; returns how it failed. */
  private static Throwable call(TaskRouter client, SpecSchemas.Answer answer) throws Exception {
    Object scope = client;
    List<Object> args = new ArrayList<>();
    Matcher names = PATH_PARAM.matcher(answer.path());
    while (names.find()) {
      String name = names.group(1);
      String sid = name.equals("Sid") ? sidOf(answer.schema()) : sidOf(name.substring(0, name.length() - 3));
      if (name.equals("Sid")) {
        args.add(sid);
      } else {
        String accessor = Character.toLowerCase(name.charAt(0)) + name.substring(1, name.length() - 3);
        scope = scope.getClass().getMethod(accessor, String.class).invoke(scope, sid);
      }
    }
    Object resource = scope.getClass().getMethod(answer.accessor()).invoke(scope);
    Method method = Arrays.stream(resource.getClass().getMethods())
        .filter(m -> m.getName().equals(answer.method() + "Async") && m.getParameterCount() == args.size())
        .findFirst().orElse(null);
    if (method == null) {
      // Only an overload with options: those of REQUIRED_OPTIONS, or the builder's with nothing set.
      method = Arrays.stream(resource.getClass().getMethods())
          .filter(m -> m.getName().equals(answer.method() + "Async") && m.getParameterCount() == args.size() + 1
              && m.getParameterTypes()[args.size()].getSimpleName().endsWith("Params"))
          .findFirst().orElseThrow();
      Object options = REQUIRED_OPTIONS.get(answer.operationId());
      if (options == null) {
        Object builder = method.getParameterTypes()[args.size()].getMethod("builder").invoke(null);
        options = builder.getClass().getMethod("build").invoke(builder);
      }
      args.add(options);
    }
    try {
      Object page = ((CompletableFuture<?>) method.invoke(resource, args.toArray())).get(5, TimeUnit.SECONDS);
      throw new AssertionError("read without failing: " + page);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  /** A SID of the resource schema named like {@code TaskQueue} or {@code Worker}, of its pattern in the spec. */
  private static String sidOf(String schema) {
    String quoted = SpecSchemas.value(schema, "sid");
    return quoted.substring(1, quoted.length() - 1);
  }
}
