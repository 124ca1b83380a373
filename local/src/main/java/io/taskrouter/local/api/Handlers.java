package io.taskrouter.local.api;

import io.taskrouter.local.wire.generated.OperationHandlers;

/**
 * Every operation of the spec, composed from one interface per resource family. The generated
 * {@link OperationHandlers} declares one method per operation; each family implements its own as
 * default methods, so an operation added to the spec without a handler leaves this class abstract:
 * the build fails with "Handlers is not abstract and does not override abstract method
 * <operation>(...) in OperationHandlers".
 */
public final class Handlers implements WorkspaceHandlers, ActivityHandlers, TaskChannelHandlers, TaskQueueHandlers,
    WorkflowHandlers, WorkerHandlers, WorkerChannelHandlers, TaskHandlers, ReservationHandlers, EventHandlers,
    StatisticsHandlers {}
