package io.taskrouter.local.engine;

import io.taskrouter.local.model.Activity;
import io.taskrouter.local.model.ResourcePaths;
import io.taskrouter.local.model.TaskChannel;
import io.taskrouter.local.model.TaskQueue;
import io.taskrouter.local.model.Workflow;
import io.taskrouter.local.model.Workspace;
import java.util.List;

/**
 * What a new workspace starts with. Every workspace gets the activities Offline (default and
 * timeout activity), Available and Unavailable, and the task channels voice, sms, chat, video and
 * default. The FIFO template adds a queue for every worker ("Sample Queue") and a workflow sending
 * every task to it ("Default Fifo Workflow").
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

  public static WorkspaceState create(Store store, Workspace workspace, String template) {
    WorkspaceState ws = store.addWorkspace(workspace);
    ws.record().resource("workspace.created", EventRecorder.WORKSPACE, workspace.sid,
        ResourcePaths.workspace(workspace.sid), "Workspace " + workspace.friendlyName + " created");
    Activity offline = activity(ws, "Offline", false);
    activity(ws, "Available", true);
    activity(ws, "Unavailable", false);
    workspace.defaultActivitySid = offline.sid;
    workspace.timeoutActivitySid = offline.sid;
    for (DefaultChannel channel : DEFAULT_CHANNELS) {
      ws.addTaskChannel(new TaskChannel(store.newSid(Sids.TASK_CHANNEL), ws.now(), ws.sid(),
          channel.friendlyName(), channel.uniqueName(), false));
    }
    if (TEMPLATE_FIFO.equals(template)) {
      TaskQueue queue = new TaskQueue(store.newSid(Sids.TASK_QUEUE), ws.now(), ws.sid(), SAMPLE_QUEUE);
      ws.addTaskQueue(queue);
      String configuration = "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"" + queue.sid + "\"}}}";
      ws.addWorkflow(new Workflow(store.newSid(Sids.WORKFLOW), ws.now(), ws.sid(), FIFO_WORKFLOW, configuration,
          WorkflowConfigurationParser.parse(configuration, ws)));
    }
    return ws;
  }

  private static Activity activity(WorkspaceState ws, String name, boolean available) {
    Activity activity = new Activity(ws.store().newSid(Sids.ACTIVITY), ws.now(), ws.sid(), name, available);
    ws.addActivity(activity);
    return activity;
  }
}
