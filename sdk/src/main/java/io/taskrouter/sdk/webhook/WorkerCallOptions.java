package io.taskrouter.sdk.webhook;

/**
 * Options of the call an instruction places to the worker ({@code call}, {@code dequeue},
 * {@code conference}).
 *
 * @param <O> the concrete options, for chaining
 */
public abstract class WorkerCallOptions<O extends WorkerCallOptions<O>> extends InstructionOptions<O> {
  WorkerCallOptions(String... typedKeys) {
    super(typedKeys);
  }

  /**
   * @param to the worker's contact URI (phone number, {@code client:name}, SIP URI); without it,
   *     the worker's {@code contact_uri} attribute
   * @return these options
   */
  public O to(String to) {
    return text("to", to);
  }

  /**
   * @param seconds how long the worker's phone rings
   * @return these options
   */
  public O timeout(int seconds) {
    return seconds("timeout", seconds);
  }
}
