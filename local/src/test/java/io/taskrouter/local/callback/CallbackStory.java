package io.taskrouter.local.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.TaskRouter;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.TaskReservation;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.webhook.AssignmentCallback;
import io.taskrouter.sdk.webhook.AssignmentInstruction;
import io.taskrouter.sdk.webhook.FormParameters;
import io.taskrouter.sdk.webhook.WebhookValidator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A workspace made through the SDK for callback tests: one queue taking every worker, one workflow
 * routing every task there with the given callback URLs, workers created offline.
 */
final class CallbackStory {
  final TaskRouter client;
  final WorkspaceScope ws;
  final String available;
  final String unavailable;
  final String offline;
  final String queue;
  final String workflow;

  /** Where the story's URLs point: the receiver's paths. */
  record Urls(@Nullable String assignment, @Nullable String fallback, @Nullable String events,
      @Nullable String eventsFilter, int reservationTimeout) {
    static Urls assignment(Receiver receiver) {
      return new Urls(receiver.url(CallbackStory.ASSIGN), null, null, null, 120);
    }

    Urls withFallback(String url) {
      return new Urls(assignment, url, events, eventsFilter, reservationTimeout);
    }

    Urls withEvents(String url, @Nullable String filter) {
      return new Urls(assignment, fallback, url, filter, reservationTimeout);
    }

    Urls withReservationTimeout(int seconds) {
      return new Urls(assignment, fallback, events, eventsFilter, seconds);
    }
  }

  static final String ASSIGN = "/assign";
  static final String FALLBACK = "/fallback";
  static final String EVENTS = "/events";

  CallbackStory(TaskRouter client, Urls urls) {
    this.client = client;
    // Setters refuse null: an option this story does not use is left unset.
    String workspaceSid = client.workspaces().create(p -> {
      p.friendlyName("Callbacks").template("NONE");
      Optional.ofNullable(urls.events()).ifPresent(p::eventCallbackUrl);
      Optional.ofNullable(urls.eventsFilter()).ifPresent(p::eventsFilter);
    }).getSid();
    ws = client.workspace(workspaceSid);
    available = activity("Available");
    unavailable = activity("Unavailable");
    offline = activity("Offline");
    queue = ws.taskQueues().create(p -> p.friendlyName("Sales").targetWorkers("1==1")).getSid();
    String configuration = "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"" + queue + "\"}}}";
    workflow = ws.workflows().create(p -> {
      p.friendlyName("Incoming Call Flow").configuration(configuration).taskReservationTimeout(urls.reservationTimeout());
      Optional.ofNullable(urls.assignment()).ifPresent(p::assignmentCallbackUrl);
      Optional.ofNullable(urls.fallback()).ifPresent(p::fallbackAssignmentCallbackUrl);
    }).getSid();
  }

  /** A worker, offline, with {@code {"name": name}} as attributes. */
  String worker(String name) {
    return ws.workers().create(p -> p.friendlyName(name).attributes("{\"name\":\"" + name + "\"}")).getSid();
  }

  void makeAvailable(String workerSid) {
    moveTo(workerSid, available);
  }

  void moveTo(String workerSid, String activitySid) {
    ws.workers().update(workerSid, p -> p.activitySid(activitySid));
  }

  String task(String attributes) {
    return ws.tasks().create(p -> p.workflowSid(workflow).attributes(attributes)).getSid();
  }

  TaskStatus status(String taskSid) {
    return ws.tasks().fetch(taskSid).getAssignmentStatus();
  }

  List<TaskReservation> reservations(String taskSid) {
    return ws.task(taskSid).reservations().list().toList();
  }

  TaskReservation onlyReservation(String taskSid) {
    List<TaskReservation> all = reservations(taskSid);
    assertThat(all).as("reservations of %s", taskSid).hasSize(1);
    return all.get(0);
  }

  String activityOf(String workerSid) {
    return ws.workers().fetch(workerSid).getActivitySid();
  }

  private String activity(String name) {
    return ws.activities().list(p -> p.friendlyName(name)).stream().map(Activity::getSid).findFirst()
        .orElseThrow(() -> new AssertionError("no activity " + name));
  }

  // ---- the receiver's side --------------------------------------------------------------------

  static Receiver.Reply reply(AssignmentInstruction instruction) {
    return new Receiver.Reply(200, instruction.toJson());
  }

  /** The requests that reached {@code path}, each checked to be signed with {@code secret}. */
  static List<Receiver.Request> signed(Receiver receiver, String path, String secret) {
    WebhookValidator validator = WebhookValidator.forAuthToken(secret);
    List<Receiver.Request> requests = receiver.all().stream().filter(r -> r.path().equals(path))
        .collect(Collectors.toList());
    for (Receiver.Request request : requests) {
      assertThat(validator.isValid(receiver.url(path), FormParameters.parse(request.body()),
          request.header(WebhookValidator.SIGNATURE_HEADER)))
          .as("%s to %s is signed with the account's secret", request.body(), path).isTrue();
    }
    return requests;
  }

  static List<AssignmentCallback> assignments(Receiver receiver, String path, String secret) {
    return signed(receiver, path, secret).stream().map(r -> AssignmentCallback.fromBody(r.body()))
        .collect(Collectors.toList());
  }
}
