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
 *
 * <p>The SIDs an assignment always carries ({@code AccountSid}, {@code WorkspaceSid},
 * {@code WorkflowSid}, {@code TaskQueueSid}, {@code WorkerSid}, {@code TaskSid},
 * {@code ReservationSid}) have non-null getters here, so they can be passed straight into the next
 * call (from Kotlin too, without {@code !!}). Reading the callback stays lenient, so a test can build
 * one from a few parameters; a getter whose parameter is absent throws an
 * {@link IllegalStateException} that names it.
 */
public final class AssignmentCallback extends TaskRouterCallback {
  private AssignmentCallback(FormParameters params) {
    super(params, "assignment");
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

  /**
   * @return {@code WorkflowSid}
   * @throws IllegalStateException if the callback has no {@code WorkflowSid}
   */
  @Override
  public String getWorkflowSid() {
    return sentWithEvery("WorkflowSid");
  }

  /**
   * @return {@code TaskQueueSid}
   * @throws IllegalStateException if the callback has no {@code TaskQueueSid}
   */
  @Override
  public String getTaskQueueSid() {
    return sentWithEvery("TaskQueueSid");
  }

  /**
   * @return {@code WorkerSid}
   * @throws IllegalStateException if the callback has no {@code WorkerSid}
   */
  @Override
  public String getWorkerSid() {
    return sentWithEvery("WorkerSid");
  }

  /**
   * @return {@code TaskSid}
   * @throws IllegalStateException if the callback has no {@code TaskSid}
   */
  @Override
  public String getTaskSid() {
    return sentWithEvery("TaskSid");
  }

  /**
   * @return {@code ReservationSid}
   * @throws IllegalStateException if the callback has no {@code ReservationSid}
   */
  @Override
  public String getReservationSid() {
    return sentWithEvery("ReservationSid");
  }

  /** SIDs only: attributes may be personal data. */
  @Override
  public String toString() {
    return "AssignmentCallback{reservationSid=" + getParameter("ReservationSid")
        + ", taskSid=" + getParameter("TaskSid") + ", workerSid=" + getParameter("WorkerSid") + "}";
  }
}
