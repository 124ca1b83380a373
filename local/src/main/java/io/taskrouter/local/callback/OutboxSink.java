package io.taskrouter.local.callback;

import static io.taskrouter.local.callback.CallbackParameters.*;

import io.taskrouter.local.engine.CallbackSink;
import io.taskrouter.local.engine.Engine;
import io.taskrouter.local.engine.Reservation;
import io.taskrouter.local.engine.ReservationLifecycle.CallbackAnswer;
import io.taskrouter.local.engine.Task;
import io.taskrouter.local.engine.Worker;
import io.taskrouter.local.engine.Workflow;
import io.taskrouter.local.engine.WorkspaceState;
import io.taskrouter.local.model.Event;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The engine's callbacks, sent through an {@link Outbox}: on the engine thread it only copies what
 * a callback carries into {@link FormParams} and queues the delivery; the receiver's answer comes
 * back on a delivery thread and is applied as an engine command of its own ({@link
 * Engine#answerAssignment}), which that thread waits for, so that once the outbox is idle every
 * answer has been applied ({@link #awaitIdle}).
 *
 * <p>Instructions without telephony, as the REST {@code Instruction} does them: {@code accept},
 * {@code dequeue} and {@code conference} accept; {@code call} and {@code redirect} accept when
 * their {@code accept} option is true, else the reservation waits (only the call's TwiML would
 * answer it, and no call is placed); {@code reject} rejects, moving the worker to {@code
 * activity_sid} when given.
 */
public final class OutboxSink implements CallbackSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(OutboxSink.class.getName());
  private static final String SEPARATOR = "/";

  private final Engine engine;
  private final SigningKeys keys;
  private final Outbox outbox;
  /** Parsed EventsFilter per filter text; read and written on the engine thread only. */
  private final Map<String, EventsFilter> filters = new HashMap<>();
  /**
   * Bumped by {@link #forget}: an answer to a callback sent before the last reset is dropped, as
   * the reset restarts SIDs and the same reservation SID may name a new reservation. Answers are
   * applied under the read lock, the bump takes the write lock, so none slips past a reset.
   */
  private final ReadWriteLock resetLock = new ReentrantReadWriteLock();
  private volatile long generation;

  /** @param outbox its settings (threads, timeouts, allowed hosts); the answers go to {@code engine} */
  public OutboxSink(Engine engine, SigningKeys keys, Outbox.Builder outbox) {
    this.engine = engine;
    this.keys = keys;
    this.outbox = outbox.build(this::answered);
  }

  @Override
  public void assignment(WorkspaceState ws, Reservation reservation, Task task, Worker worker, Workflow workflow) {
    String url = workflow.assignmentCallbackUrl();
    if (url == null || url.isBlank()) {
      return;
    }
    Optional<SigningKey> key = key(ws, "assignment callback for Reservation " + reservation.sid());
    if (key.isEmpty()) {
      return;
    }
    FormParams params = FormParams.builder()
        .add(TIMESTAMP, Long.toString(ws.now().getEpochSecond()))
        .add(ACCOUNT_SID, ws.accountSid())
        .add(WORKSPACE_SID, ws.sid())
        .add(WORKFLOW_SID, workflow.sid())
        .addIfPresent(TASK_QUEUE_SID, reservation.taskQueueSid())
        .add(WORKER_SID, worker.sid())
        .add(WORKER_ATTRIBUTES, worker.attributes())
        .add(TASK_SID, task.sid())
        .add(TASK_ATTRIBUTES, task.attributes())
        .add(TASK_AGE, Long.toString(task.ageAt(ws.now())))
        .add(TASK_PRIORITY, Integer.toString(task.priority()))
        .add(RESERVATION_SID, reservation.sid())
        .build();
    outbox.assignment(generation + SEPARATOR + ws.sid() + SEPARATOR + reservation.sid(), url, workflow.fallbackAssignmentCallbackUrl(),
        params, key.get());
  }

  @Override
  public void event(WorkspaceState ws, Event event) {
    String url = ws.workspace().eventCallbackUrl();
    if (url == null || url.isBlank() || !filter(ws.workspace().eventsFilter()).passes(event.type())) {
      return;
    }
    Optional<SigningKey> key = key(ws, "event callback " + event.sid());
    if (key.isEmpty()) {
      return;
    }
    outbox.event(event.sid(), url, eventParams(ws, event), key.get());
  }

  /** §7: the common parameters, then the event's data under the callback names. */
  static FormParams eventParams(WorkspaceState ws, Event event) {
    Instant at = event.date();
    FormParams.Builder params = FormParams.builder()
        .add(EVENT_TYPE, event.type())
        .add(ACCOUNT_SID, ws.accountSid())
        .add(WORKSPACE_SID, ws.sid())
        .add(WORKSPACE_NAME, ws.workspace().friendlyName())
        .add(EVENT_DESCRIPTION, event.description())
        .add(RESOURCE_TYPE, event.resourceType())
        .add(RESOURCE_SID, event.resourceSid())
        .add(TIMESTAMP, Long.toString(at.getEpochSecond()))
        .add(TIMESTAMP_MS, Long.toString(at.toEpochMilli()));
    Set<String> named = new HashSet<>(EVENT_COMMON);
    named.add(TIMESTAMP_MS);
    event.data().forEach((key, value) -> {
      String name = forEventDataKey(key);
      if (named.add(name)) {
        params.add(name, value);
      }
    });
    return params.build();
  }

  /**
   * Waits until every callback queued so far, and every one their answers led to, was delivered
   * and its answer applied.
   *
   * @return false when that did not happen within {@code timeout}
   */
  public boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !outbox.awaitIdle(Duration.ofNanos(left))) {
        return false;
      }
      if (outbox.pending() == 0) {
        return true;
      }
    }
  }

  /**
   * Answers to callbacks sent so far will be dropped: call it before the engine forgets its state.
   * Returns once no answer is being applied.
   */
  public void forget() {
    resetLock.writeLock().lock();
    try {
      generation++;
    } finally {
      resetLock.writeLock().unlock();
    }
  }

  /** Deliveries queued or running. */
  public int pending() {
    return outbox.pending();
  }

  @Override
  public void close() {
    outbox.close();
  }

  /** What the engine does with an answer (see the class comment). */
  static CallbackAnswer toEngine(AssignmentAnswer answer) {
    if (answer instanceof AssignmentAnswer.Failed failed) {
      return new CallbackAnswer.Failed(failed.reason());
    }
    if (answer instanceof AssignmentAnswer.DecideLater) {
      return new CallbackAnswer.Later();
    }
    AssignmentAnswer.Instruction instruction = (AssignmentAnswer.Instruction) answer;
    return switch (instruction.kind()) {
      case ACCEPT, DEQUEUE, CONFERENCE -> new CallbackAnswer.Accept();
      case REJECT -> new CallbackAnswer.Reject(instruction.activitySid().orElse(null));
      case CALL, REDIRECT -> isTrue(instruction.options().get("accept")) ? new CallbackAnswer.Accept()
          : new CallbackAnswer.Later();
    };
  }

  /** On a delivery thread: applied as an engine command, waited for (see the class comment). */
  private void answered(String correlationId, AssignmentAnswer answer) {
    String[] parts = correlationId.split(SEPARATOR, 3);
    long sentIn = Long.parseLong(parts[0]);
    String workspaceSid = parts[1];
    String reservationSid = parts[2];
    CallbackAnswer applied = toEngine(answer);
    if (answer instanceof AssignmentAnswer.Instruction instruction && applied instanceof CallbackAnswer.Later) {
      LOG.log(Level.WARNING, "assignment callback for Reservation " + reservationSid + " answered '"
          + instruction.kind().wireName() + "' without accept=true: the local server places no calls, so the"
          + " reservation waits for a REST update or its timeout");
    }
    resetLock.readLock().lock();
    try {
      if (sentIn != generation) {
        LOG.log(Level.INFO, "answer for Reservation " + reservationSid + " dropped: the server was reset since");
        return;
      }
      engine.answerAssignment(workspaceSid, reservationSid, applied);
    } finally {
      resetLock.readLock().unlock();
    }
  }

  private Optional<SigningKey> key(WorkspaceState ws, String what) {
    Optional<SigningKey> key = keys.forAccount(ws.accountSid());
    if (key.isEmpty()) {
      LOG.log(Level.WARNING, what + " not sent: no auth token or key secret is known for account "
          + ws.accountSid() + " to sign it with");
    }
    return key;
  }

  private EventsFilter filter(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return EventsFilter.parse(null);
    }
    if (filters.size() > 256) {
      filters.clear();
    }
    return filters.computeIfAbsent(text, EventsFilter::parse);
  }

  private static boolean isTrue(@Nullable Object option) {
    return Boolean.TRUE.equals(option) || (option instanceof String s && s.equalsIgnoreCase("true"));
  }
}
