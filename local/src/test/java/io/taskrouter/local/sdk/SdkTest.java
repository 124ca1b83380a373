package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import io.taskrouter.sdk.ApiException;
import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.TaskQueue;
import io.taskrouter.sdk.model.Workflow;
import io.taskrouter.sdk.model.Workspace;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the SDK integration tests: one local server per class on a free port with a manual clock,
 * emptied before each test; a fresh SDK client per test, over real HTTP, whose every response is
 * validated against {@code openapi/taskrouter.yaml} (a violation fails the test) and whose every
 * request is recorded with its spec operation.
 */
abstract class SdkTest {
  @RegisterExtension
  static final TaskRouterLocalExtension SERVER = TaskRouterLocalExtension.withManualClock("2026-11-24T15:00:00Z");

  protected final ContractCheck contract = new ContractCheck();
  protected final OperationRecorder recorder = new OperationRecorder(SpecOperations.load());
  protected TaskRouter client;

  @BeforeEach
  void connectTheSdk() {
    client = SdkClients.create(SERVER.baseUrl(), SERVER.server().accountSid(), "any-token", contract, recorder);
  }

  @AfterEach
  void everyResponseMetTheContract() {
    client.close();
    contract.assertNoViolations();
    assertThat(recorder.exchanges()).as("requests the SDK sent that are no operation of the spec")
        .noneMatch(e -> e.operationId().equals(OperationRecorder.UNMAPPED));
    if (contract.validated() == 0 && !recorder.exchanges().isEmpty()) {
      throw new AssertionError("no response was validated against the spec");
    }
  }

  /** The server's clock now, as the SDK reads dates (UTC). */
  protected static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(SERVER.clock().instant(), ZoneOffset.UTC);
  }

  /**
   * Runs {@code call}, which must fail with an {@link ApiException} of {@code type} carrying the
   * status, code and a message containing {@code messagePart}; returns it for more checks.
   */
  protected static <E extends ApiException> E assertApiError(ThrowingCallable call, Class<E> type, int status,
      int code, String messagePart) {
    Throwable thrown = catchThrowable(call);
    if (thrown instanceof CompletionException || thrown instanceof ExecutionException) {
      thrown = thrown.getCause();
    }
    assertThat(thrown).as("expected a %s", type.getSimpleName()).isInstanceOf(type);
    E error = type.cast(thrown);
    assertThat(error.status()).as("status of %s", error).isEqualTo(status);
    assertThat(error.code()).as("code of %s", error).isEqualTo(code);
    assertThat(error.apiMessage()).as("message of %s", error).contains(messagePart);
    assertThat(error.moreInfo()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
    return error;
  }

  /** The SIDs of the items of a list, in order (fetching every page). */
  protected static <T> List<String> sids(Iterable<T> items, Function<T, String> sid) {
    List<String> sids = new ArrayList<>();
    items.forEach(item -> sids.add(sid.apply(item)));
    return sids;
  }

  protected Workspace createWorkspace(String friendlyName, String template) {
    return client.workspaces().create(p -> p.friendlyName(friendlyName).template(template));
  }

  /** A new workspace made with the FIFO template, as the SDK's scope. */
  protected WorkspaceScope fifoWorkspace() {
    return client.workspace(createWorkspace("SDK " + getClass().getSimpleName(), "FIFO").getSid());
  }

  /** A new workspace with only the default activities and channels. */
  protected WorkspaceScope emptyWorkspace() {
    return client.workspace(createWorkspace("SDK " + getClass().getSimpleName(), "NONE").getSid());
  }

  protected static String activitySid(WorkspaceScope ws, String friendlyName) {
    return ws.activities().list(p -> p.friendlyName(friendlyName)).stream().map(Activity::getSid).findFirst()
        .orElseThrow(() -> new AssertionError("no activity " + friendlyName));
  }

  protected static String queueSid(WorkspaceScope ws, String friendlyName) {
    return ws.taskQueues().list(p -> p.friendlyName(friendlyName)).stream().map(TaskQueue::getSid).findFirst()
        .orElseThrow(() -> new AssertionError("no queue " + friendlyName));
  }

  protected static String workflowSid(WorkspaceScope ws, String friendlyName) {
    return ws.workflows().list(p -> p.friendlyName(friendlyName)).stream().map(Workflow::getSid).findFirst()
        .orElseThrow(() -> new AssertionError("no workflow " + friendlyName));
  }
}
