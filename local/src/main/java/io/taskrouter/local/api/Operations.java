package io.taskrouter.local.api;

/** Every operation of the TaskRouter v1 API, declared into a {@link Registry}. */
public final class Operations {
  private Operations() {}

  public static void registerAll(Registry registry) {
    WorkspaceHandlers.register(registry);
    ActivityHandlers.register(registry);
    TaskChannelHandlers.register(registry);
    TaskQueueHandlers.register(registry);
    WorkflowHandlers.register(registry);
    WorkerHandlers.register(registry);
    WorkerChannelHandlers.register(registry);
    TaskHandlers.register(registry);
    ReservationHandlers.register(registry);
    EventHandlers.register(registry);
    StatisticsHandlers.register(registry);
  }
}
