package io.taskrouter.local.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.junit.TaskRouterLocalExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the HTTP tests: one server per test class on a free port with a manual clock, emptied
 * before each test; a client whose every response is validated against the spec.
 */
public abstract class ServerTest {
  @RegisterExtension
  protected static final TaskRouterLocalExtension SERVER =
      TaskRouterLocalExtension.withManualClock("2026-11-24T15:00:00Z");

  protected ApiClient api() {
    return ApiClient.of(SERVER.baseUrl());
  }

  /** A new workspace ({@code FIFO} or {@code NONE} template) and its default resources. */
  protected Workspace workspace(String template) {
    return workspace(api(), template);
  }

  /** A new workspace created, and then used, by {@code api}'s account, with more creation parameters. */
  protected static Workspace workspace(ApiClient api, String template, String... more) {
    String[] form = new String[4 + more.length];
    System.arraycopy(new String[] {"FriendlyName", "Test " + template, "Template", template}, 0, form, 0, 4);
    System.arraycopy(more, 0, form, 4, more.length);
    Reply created = expect(api.post("/v1/Workspaces", form), 201);
    return new Workspace(api, created.sid());
  }

  protected static Reply expect(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }

  /** Asserts the API's error shape, status, code and that the message contains {@code messagePart}. */
  protected static Reply expectError(Reply reply, int status, int code, String messagePart) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    Map<String, Object> body = reply.json();
    assertThat(body).containsOnlyKeys("code", "message", "more_info", "status");
    assertThat(((Number) body.get("code")).intValue()).as(reply.toString()).isEqualTo(code);
    assertThat(((Number) body.get("status")).intValue()).isEqualTo(status);
    assertThat(body.get("more_info")).isEqualTo("https://www.twilio.com/docs/errors/" + code);
    assertThat((String) body.get("message")).as(reply.toString()).contains(messagePart);
    return reply;
  }

  /** The SIDs of a list response's records. */
  protected static List<String> sids(Reply reply, String key) {
    return reply.list(key).stream().map(r -> (String) r.get("sid")).toList();
  }
}
