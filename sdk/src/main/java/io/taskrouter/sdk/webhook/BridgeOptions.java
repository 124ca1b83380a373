package io.taskrouter.sdk.webhook;

/**
 * Options of an instruction that connects the task's call to the worker ({@code dequeue},
 * {@code conference}).
 *
 * @param <O> the concrete options, for chaining
 */
public abstract class BridgeOptions<O extends BridgeOptions<O>> extends WorkerCallOptions<O> {
  BridgeOptions(String... typedKeys) {
    super(typedKeys);
  }

  /**
   * @param from caller ID shown to the worker
   * @return these options
   */
  public O from(String from) {
    return text("from", from);
  }

  /**
   * @param activitySid the worker's activity once the call ends ({@code WA...})
   * @return these options
   */
  public O postWorkActivitySid(String activitySid) {
    return sid("post_work_activity_sid", activitySid, "WA");
  }
}
