package io.taskrouter.local.engine;

import java.util.List;

/**
 * What a new workspace starts with. Every workspace gets the activities Offline (default and
 * timeout activity), Available and Unavailable, and the task channels voice, sms, chat, video and
 * default. The FIFO template adds a queue for every worker ("Sample Queue") and a workflow sending
 * every task to it ("Default Fifo Workflow"). Each is created by its own lifecycle, as a client's
 * creation would be.
 */
public final class WorkspaceSetup {
  public static final String TEMPLATE_NONE = "NONE";
  public static final String TEMPLATE_FIFO = "FIFO";
  public static final String SAMPLE_QUEUE = "Sample Queue";
  public static final String FIFO_WORKFLOW = "Default Fifo Workflow";

  private record DefaultChannel(String uniqueName, String friendlyName) {}

  private static final List<DefaultChannel> DEFAULT_CHANNELS = List.of(
      new DefaultChannel("voice", "Voice"),
      new DefaultChannel("sms", "SMS"),
      new DefaultChannel("chat", "Chat"),
      new DefaultChannel("video", "Video"),
      new DefaultChannel("default", "Default"));

  private WorkspaceSetup() {}

  static void populate(WorkspaceState ws, String template) {
    Activity offline = ActivityLifecycle.create(ws, "Offline", false);
    ActivityLifecycle.create(ws, "Available", true);
    ActivityLifecycle.create(ws, "Unavailable", false);
    ws.workspace.defaultActivitySid = offline.sid;
    ws.workspace.timeoutActivitySid = offline.sid;
    for (DefaultChannel channel : DEFAULT_CHANNELS) {
      TaskChannelLifecycle.create(ws, channel.friendlyName(), channel.uniqueName(), false);
    }
    if (TEMPLATE_FIFO.equals(template)) {
      TaskQueue queue = TaskQueueLifecycle.create(ws, SAMPLE_QUEUE, TaskQueueLifecycle.QueueSettings.none());
      String configuration = "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"" + queue.sid + "\"}}}";
      WorkflowLifecycle.create(ws, FIFO_WORKFLOW, configuration, WorkflowConfigurationParser.parse(configuration, ws),
          WorkflowLifecycle.Callbacks.none());
    }
  }
}
