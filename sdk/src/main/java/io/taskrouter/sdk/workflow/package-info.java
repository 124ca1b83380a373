/**
 * Typed workflow configuration: build the {@code task_routing} JSON of a Workflow with checked
 * expressions and SIDs, or read an existing one back. Start at {@link WorkflowConfiguration}.
 */
@NullMarked
package io.taskrouter.sdk.workflow;

import org.jspecify.annotations.NullMarked;
