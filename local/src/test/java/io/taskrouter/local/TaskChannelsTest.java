package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import org.junit.jupiter.api.Test;

class TaskChannelsTest extends ServerTest {

  @Test
  void createsAChannelAndGivesEveryWorkerACapacityOnIt() {
    Workspace ws = workspace("NONE");
    String worker = ws.createWorker("Jamie");
    Reply created = expect(api().post(ws.path("TaskChannels"), "FriendlyName", "Email", "UniqueName", "email",
        "ChannelOptimizedRouting", "true"), 201);
    assertThat(created.sid()).matches("TC[0-9a-f]{32}");
    assertThat(created.get("channel_optimized_routing")).isEqualTo(true);

    Reply channels = api().get(ws.path("Workers/" + worker + "/Channels"));
    assertThat(channels.list("channels")).extracting(c -> c.get("task_channel_unique_name"))
        .containsExactly("voice", "sms", "chat", "video", "default", "email");
  }

  @Test
  void fetchesBySidOrUniqueNameAndUpdates() {
    Workspace ws = workspace("NONE");
    String sms = ws.channel("sms");
    assertThat(expect(api().get(ws.path("TaskChannels/sms")), 200).sid()).isEqualTo(sms);
    assertThat(expect(api().get(ws.path("TaskChannels/" + sms)), 200).string("unique_name")).isEqualTo("sms");

    Reply updated = expect(api().post(ws.path("TaskChannels/" + sms), "FriendlyName", "Text",
        "ChannelOptimizedRouting", "true"), 200);
    assertThat(updated.string("friendly_name")).isEqualTo("Text");
    assertThat(updated.get("channel_optimized_routing")).isEqualTo(true);
    assertThat(updated.string("unique_name")).isEqualTo("sms");
    expectError(api().get(ws.path("TaskChannels/fax")), 404, 20404, "TaskChannels/fax");
  }

  @Test
  void uniqueNamesAreUniqueAndWellFormed() {
    Workspace ws = workspace("NONE");
    expectError(api().post(ws.path("TaskChannels"), "FriendlyName", "Voice 2", "UniqueName", "voice"), 400, 20001,
        "already exists");
    expectError(api().post(ws.path("TaskChannels"), "FriendlyName", "Bad", "UniqueName", "web-chat"), 400, 20001,
        "UniqueName");
    expectError(api().post(ws.path("TaskChannels"), "FriendlyName", "Bad", "UniqueName", "9lives"), 400, 20001,
        "UniqueName");
    expectError(api().post(ws.path("TaskChannels"), "FriendlyName", "No name"), 400, 20001,
        "UniqueName is required");
    assertThat(api().get(ws.path("TaskChannels")).list("channels")).hasSize(5);
  }

  @Test
  void deletesAnUnusedChannelAndRefusesOneWithOpenTasks() {
    Workspace ws = workspace("FIFO");
    String task = ws.createTask("TaskChannel", "chat");
    expectError(api().delete(ws.path("TaskChannels/chat")), 400, 20001, "1 Task(s)");

    api().post(ws.path("Tasks/" + task), "AssignmentStatus", "canceled");
    String worker = ws.createWorker("Jamie");
    expect(api().delete(ws.path("TaskChannels/chat")), 204);
    assertThat(api().get(ws.path("TaskChannels")).list("channels")).extracting(c -> c.get("unique_name"))
        .doesNotContain("chat");
    assertThat(api().get(ws.path("Workers/" + worker + "/Channels")).list("channels"))
        .extracting(c -> c.get("task_channel_unique_name")).doesNotContain("chat");
  }
}
