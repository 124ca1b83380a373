package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Shared pieces of the resource wire tests: SIDs and URLs that the fixtures use besides the
 * constants of {@link MockApi}, and small helpers to write expected form fields and query parameters.
 */
final class WireAssertions {
  /** The base of every {@code url} and {@code links} entry in the fixtures. */
  static final String API = "https://taskrouter.twilio.com/v1";

  /** The second workspace of workspaces_page.json. */
  static final String WS_SALES = "WS9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  /** Activity "Offline": the default activity of the fixture workspace. */
  static final String WA_OFFLINE = "WAfedcba9876543210fedcba9876543210";
  /** Activity "Busy": timeout activity of the workspace, assignment activity of the queues. */
  static final String WA_BUSY = "WA1111aaaa2222bbbb3333cccc4444dddd";
  /** Activity "Reserved": reservation activity of the queues. */
  static final String WA_RESERVED = "WA5555eeee6666ffff7777aaaa8888bbbb";
  /** Worker "Bob", second item of workers_page.json. */
  static final String WK_BOB = "WKabcdef0123456789abcdef0123456789";
  /** TaskQueue "Sales", second item of task_queues_page.json and default queue of the workflow. */
  static final String WQ_SALES = "WQ2468ace02468ace02468ace02468ace0";
  /** Workflow "Chat Flow", second item of workflows_page.json. */
  static final String WW_CHAT = "WW13579bdf13579bdf13579bdf13579bdf";
  /** The second task of tasks_page.json. */
  static final String WT_CHAT = "WT0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  private WireAssertions() {}

  /** One decoded form field or query parameter, as {@link MockApi#form} and {@link MockApi#query} give them. */
  static Map.Entry<String, List<String>> param(String name, String... values) {
    return Map.entry(name, List.of(values));
  }

  /** {@code https://taskrouter.twilio.com/v1} + path. */
  static String api(String path) {
    return API + path;
  }

  /** The URL of the fixture workspace + path. */
  static String inWorkspace(String path) {
    return API + "/Workspaces/" + MockApi.WS + path;
  }

  /** A date-time as the fixtures write it. */
  static OffsetDateTime at(String iso) {
    return OffsetDateTime.parse(iso);
  }

  /** A map that keeps its insertion order, so that the JSON written from it has a known text. */
  static Map<String, Object> ordered(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }

  /** A request without body and without query string: a plain GET or DELETE. */
  static void assertNoQueryAndNoBody(RecordedRequest request) {
    assertThat(request.getRequestUrl().query()).as("query string").isNull();
    assertThat(request.getBodySize()).as("body size").isZero();
  }
}
