package io.taskrouter.local.support;

import java.util.List;
import java.util.Map;

/** A workspace under test: its SID, paths below it, and its default resources by name. */
public final class Workspace {
  public final String sid;
  private final ApiClient api;

  Workspace(ApiClient api, String sid) {
    this.api = api;
    this.sid = sid;
  }

  /** {@code /v1/Workspaces/WS.../<relative>} */
  public String path(String relative) {
    return "/v1/Workspaces/" + sid + (relative.isEmpty() || relative.startsWith("/") ? relative : "/" + relative);
  }

  public String activity(String friendlyName) {
    return sidByField("Activities", "activities", "friendly_name", friendlyName);
  }

  public String channel(String uniqueName) {
    return sidByField("TaskChannels", "channels", "unique_name", uniqueName);
  }

  public String queue(String friendlyName) {
    return sidByField("TaskQueues", "task_queues", "friendly_name", friendlyName);
  }

  public String workflow(String friendlyName) {
    return sidByField("Workflows", "workflows", "friendly_name", friendlyName);
  }

  public String createWorker(String name, String... more) {
    return created(path("Workers"), concat(new String[] {"FriendlyName", name}, more));
  }

  public String createQueue(String name, String... more) {
    return created(path("TaskQueues"), concat(new String[] {"FriendlyName", name}, more));
  }

  public String createTask(String... form) {
    return created(path("Tasks"), form);
  }

  /** A workflow sending everything to {@code queueSid}. */
  public String createWorkflow(String name, String queueSid) {
    return created(path("Workflows"), "FriendlyName", name, "Configuration",
        "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + queueSid + "\"}}}");
  }

  private String created(String path, String... form) {
    Reply reply = api.post(path, form);
    if (reply.status() != 201) {
      throw new AssertionError("expected 201: " + reply);
    }
    return reply.sid();
  }

  private String sidByField(String segment, String key, String field, String value) {
    Reply reply = api.get(path(segment), "PageSize", "1000");
    List<Map<String, Object>> records = reply.list(key);
    return records.stream().filter(r -> value.equals(r.get(field))).map(r -> (String) r.get("sid")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + segment + " with " + field + "=" + value + " in " + reply));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
