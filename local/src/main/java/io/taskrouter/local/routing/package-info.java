/**
 * Routing decisions, free of the engine: where a task is in its workflow ({@link
 * io.taskrouter.local.routing.WorkflowRouter}) and which workers get offers now ({@link
 * io.taskrouter.local.routing.RoutingIndex}).
 *
 * <p>Everything here runs on the engine thread and is deterministic: iteration never follows hash
 * order, and every tie ends at a SID. The engine adapts its model to the small input types of this
 * package ({@link io.taskrouter.local.routing.RoutingPlan}, {@link
 * io.taskrouter.local.routing.RoutingTask}, {@link io.taskrouter.local.routing.QueueSpec}, {@link
 * io.taskrouter.local.routing.WorkerSpec}) and turns what comes back ({@link
 * io.taskrouter.local.routing.Transition}, {@link io.taskrouter.local.routing.Offer}) into
 * reservations, timers and events.
 */
@NullMarked
package io.taskrouter.local.routing;

import org.jspecify.annotations.NullMarked;
