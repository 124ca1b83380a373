package io.taskrouter.sdk.webhook;

import io.taskrouter.sdk.internal.Checks;

/**
 * The POST TaskRouter sends to a workflow's {@code assignment_callback_url} when it reserves a
 * worker for a task: {@code AccountSid}, {@code WorkspaceSid}, {@code WorkflowSid},
 * {@code TaskQueueSid}, {@code WorkerSid}, {@code WorkerAttributes}, {@code TaskSid},
 * {@code TaskAttributes}, {@code TaskAge}, {@code TaskPriority}, {@code ReservationSid},
 * {@code Timestamp} (getters on {@link TaskRouterCallback}). Answer it with an
 * {@link AssignmentInstruction} within 5 seconds.
 *
 * <pre>{@code
 * AssignmentCallback callback = AssignmentCallback.fromBody(body);
 * Ticket ticket = callback.getTaskAttributesAs(Ticket.class);
 * }</pre>
 */
public final class AssignmentCallback extends TaskRouterCallback {
  private AssignmentCallback(FormParameters params) {
    super(params);
  }

  /**
   * @param params the POST parameters: {@link FormParameters#parse(String)} of the body, or
   *     {@link FormParameters#of(java.util.Map)} of what a framework decoded
   * @return the callback
   */
  public static AssignmentCallback from(FormParameters params) {
    return new AssignmentCallback(Checks.required("params", params));
  }

  /**
   * @param body the raw form-encoded body
   * @return the callback
   */
  public static AssignmentCallback fromBody(String body) {
    return from(FormParameters.parse(body));
  }

  /** SIDs only: attributes may be personal data. */
  @Override
  public String toString() {
    return "AssignmentCallback{reservationSid=" + getReservationSid() + ", taskSid=" + getTaskSid()
        + ", workerSid=" + getWorkerSid() + "}";
  }
}
