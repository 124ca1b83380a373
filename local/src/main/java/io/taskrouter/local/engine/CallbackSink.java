package io.taskrouter.local.engine;

import io.taskrouter.local.model.Event;

/**
 * Where the engine hands outgoing callbacks: the outbox plugs in here (see
 * {@link Engine#callbacks}). Both methods run on the engine thread, in the middle of a command, so
 * an implementation must not block or do I/O: it copies what it needs (the resources are the
 * engine's and change after the call returns) and queues the delivery for another thread. An
 * answer to an assignment comes back as a new command, {@link Engine#answerAssignment}.
 */
public interface CallbackSink {
  /** Sends nothing: the server's behaviour until an outbox is connected. */
  CallbackSink NONE = new CallbackSink() {
    @Override
    public void assignment(WorkspaceState ws, Reservation reservation, Task task, Worker worker, Workflow workflow) {}

    @Override
    public void event(WorkspaceState ws, Event event) {}
  };

  /**
   * A reservation was just created for a task routed by {@code workflow}, which has an
   * {@code assignment_callback_url}: POST the assignment to it (fallback URL on failure).
   */
  void assignment(WorkspaceState ws, Reservation reservation, Task task, Worker worker, Workflow workflow);

  /**
   * An event was just recorded in {@code ws}. Called for every event; the sink decides from the
   * workspace's {@code event_callback_url} and {@code events_filter} whether it is delivered.
   */
  void event(WorkspaceState ws, Event event);
}
