package io.taskrouter.local.model;

/**
 * The API path of each resource (without scheme and host). Both the renderer (url, links) and the
 * event log (resource_url) need them, so they are spelled once, here.
 */
public final class ResourcePaths {
  private ResourcePaths() {}

  public static String workspaces() {
    return "/v1/Workspaces";
  }

  public static String workspace(String workspaceSid) {
    return workspaces() + "/" + workspaceSid;
  }

  /** A collection of a workspace, e.g. {@code collection(ws, "Tasks")}. */
  public static String collection(String workspaceSid, String segment) {
    return workspace(workspaceSid) + "/" + segment;
  }

  /** A member of a workspace's collection, e.g. {@code member(ws, "Tasks", taskSid)}. */
  public static String member(String workspaceSid, String segment, String sid) {
    return collection(workspaceSid, segment) + "/" + sid;
  }

  public static String workerChannel(String workspaceSid, String workerSid, String channelSid) {
    return member(workspaceSid, "Workers", workerSid) + "/Channels/" + channelSid;
  }

  public static String taskReservation(String workspaceSid, String taskSid, String reservationSid) {
    return member(workspaceSid, "Tasks", taskSid) + "/Reservations/" + reservationSid;
  }

  public static String workerReservation(String workspaceSid, String workerSid, String reservationSid) {
    return member(workspaceSid, "Workers", workerSid) + "/Reservations/" + reservationSid;
  }
}
