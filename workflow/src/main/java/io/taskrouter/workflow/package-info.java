/**
 * The workflow-configuration model, shared by the SDK and the local server: build the
 * {@code task_routing} JSON of a Workflow with checked expressions and SIDs, or read an existing
 * one back with the same checks. Start at {@link io.taskrouter.workflow.WorkflowConfiguration}.
 */
@NullMarked
package io.taskrouter.workflow;

import org.jspecify.annotations.NullMarked;
