package io.taskrouter.local.routing;

/** Where a task is after a workflow decision: in a {@link Step}, out of the workflow, or nowhere. */
public sealed interface Placement permits Step, Placement.LeftWorkflow, Placement.Unmatched {

  /**
   * The task left the workflow and is to be canceled: it timed out of its last step with no
   * matching filter below ({@code workflow.timeout}), or skipped out of the last step it could
   * reach ({@code workflow.skipped}).
   */
  record LeftWorkflow(Reason reason) implements Placement {
    /** Why the task left. */
    public enum Reason {
      TIMED_OUT,
      SKIPPED
    }
  }

  /**
   * No filter matched and the workflow has no default filter: the task stays pending in no queue
   * until its attributes or the workflow change, or it expires.
   */
  record Unmatched() implements Placement {}
}
