package io.taskrouter.local.callback;

/**
 * Where the outcome of an assignment callback goes: supplied by the engine, which turns each call
 * into a command of its own.
 *
 * <p>Called on a delivery thread, never on the engine thread, with no outbox lock held; exactly once
 * per assignment the outbox accepted, unless the outbox was closed first. It should return quickly
 * (enqueue, do not process): a delivery thread is busy until it returns.
 */
@FunctionalInterface
public interface AnswerSink {
  /**
   * @param correlationId what the engine passed with the delivery (the reservation SID)
   */
  void accept(String correlationId, AssignmentAnswer answer);
}
