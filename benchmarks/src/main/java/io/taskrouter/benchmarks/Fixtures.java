package io.taskrouter.benchmarks;

/** The answers the loopback server gives, written once: a task as the API writes it, and pages of them. */
final class Fixtures {
  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "benchmark-auth-token";
  static final String WORKSPACE = "WS0123456789abcdef0123456789abcdef";
  /** A second workspace whose task list is 100,000 tasks in pages of 1,000. */
  static final String BIG_WORKSPACE = "WSffffffffffffffffffffffffffffffff";
  static final String TASK = "WT0123456789abcdef0123456789abcdef";
  static final String WORKFLOW = "WW0123456789abcdef0123456789abcdef";
  static final int LIST_TOTAL = 1000;
  static final int LIST_PAGE = 50;
  static final int BIG_TOTAL = 100_000;
  static final int BIG_PAGE = 1000;

  private Fixtures() {}

  static String task(String workspace, int n) {
    String sid = "WT" + String.format("%032x", n);
    String base = "https://taskrouter.twilio.com/v1/Workspaces/" + workspace;
    return "{\"account_sid\":\"" + ACCOUNT + "\",\"age\":25200,\"assignment_status\":\"pending\","
        + "\"attributes\":\"{\\\"type\\\":\\\"support\\\",\\\"language\\\":\\\"en\\\",\\\"customer\\\":{\\\"tier\\\":\\\"gold\\\",\\\"id\\\":" + n + "}}\","
        + "\"addons\":null,\"date_created\":\"2026-11-24T15:00:00Z\",\"date_updated\":\"2026-11-24T15:00:05Z\","
        + "\"task_queue_entered_date\":\"2026-11-24T15:00:01Z\",\"priority\":10,\"reason\":null,"
        + "\"sid\":\"" + sid + "\",\"task_queue_sid\":\"WQ0123456789abcdef0123456789abcdef\","
        + "\"task_queue_friendly_name\":\"English support\",\"task_channel_sid\":\"TC0123456789abcdef0123456789abcdef\","
        + "\"task_channel_unique_name\":\"default\",\"timeout\":86400,\"workflow_sid\":\"" + WORKFLOW + "\","
        + "\"workflow_friendly_name\":\"Support\",\"workspace_sid\":\"" + workspace + "\","
        + "\"url\":\"" + base + "/Tasks/" + sid + "\",\"links\":{\"task_queue\":\"" + base
        + "/TaskQueues/WQ0123456789abcdef0123456789abcdef\",\"workflow\":\"" + base + "/Workflows/" + WORKFLOW
        + "\",\"workspace\":\"" + base + "\",\"reservations\":\"" + base + "/Tasks/" + sid + "/Reservations\"},"
        + "\"virtual_start_time\":\"2026-11-24T15:00:00Z\",\"ignore_capacity\":false,\"routing_target\":null}";
  }

  /** The items of a page, without the enclosing object: shared by every page of a list. */
  static String items(String workspace, int from, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(task(workspace, from + i));
    }
    return out.toString();
  }

  /** The meta object of page {@code page} (from 0) of {@code pages}, linking to the loopback server. */
  static String meta(String origin, String workspace, int page, int pages, int pageSize) {
    String list = origin + "/v1/Workspaces/" + workspace + "/Tasks?PageSize=" + pageSize;
    String next = page + 1 < pages ? "\"" + list + "&Page=" + (page + 1) + "&PageToken=PT" + (page + 1) + "\"" : "null";
    String previous = page > 0 ? "\"" + list + "&Page=" + (page - 1) + "&PageToken=PT" + (page - 1) + "\"" : "null";
    return "\"meta\":{\"page\":" + page + ",\"page_size\":" + pageSize + ",\"first_page_url\":\"" + list
        + "&Page=0\",\"previous_page_url\":" + previous + ",\"url\":\"" + list + "&Page=" + page
        + "\",\"next_page_url\":" + next + ",\"key\":\"tasks\"}";
  }
}
