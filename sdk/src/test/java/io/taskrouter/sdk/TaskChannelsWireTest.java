package io.taskrouter.sdk;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.TaskChannel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TaskChannelsWireTest extends MockApi {
  private static final String TC2 = "TCfedcba9876543210fedcba9876543210";
  private static final String BASE = "https://taskrouter.twilio.com/v1/Workspaces/" + WS;
  private static final String PATH = "/v1/Workspaces/" + WS + "/TaskChannels";

  @Test
  void createPostsEveryFormFieldAndParsesTheChannel() {
    respond(201, fixture("task_channel.json"));

    TaskChannel channel = client.workspace(WS).taskChannels().create(p -> p
        .friendlyName("Voice & Phone")
        .uniqueName("voice")
        .channelOptimizedRouting(true));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH);
    assertThat(form(request)).containsExactly(
        entry("FriendlyName", List.of("Voice & Phone")),
        entry("UniqueName", List.of("voice")),
        entry("ChannelOptimizedRouting", List.of("true")));
    assertIsTheVoiceChannel(channel);
  }

  @Test
  void fetchGetsTheChannelBySidAndParsesEveryField() {
    respond(200, fixture("task_channel.json"));

    TaskChannel channel = client.workspace(WS).taskChannels().fetch(TC);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/" + TC);
    assertThat(query(request)).isEmpty();
    assertThat(request.getBodySize()).isZero();
    assertIsTheVoiceChannel(channel);
  }

  @Test
  void fetchAcceptsTheUniqueNameAsPathSegment() {
    respond(200, fixture("task_channel.json"));

    TaskChannel channel = client.workspace(WS).taskChannels().fetch("voice");

    assertRequest(take(), "GET", PATH + "/voice");
    assertThat(channel.getUniqueName()).isEqualTo("voice");
  }

  @Test
  void listSendsPagingParametersAndParsesThePage() {
    respond(200, fixture("task_channels_page.json"));

    Page<TaskChannel> page = client.workspace(WS).taskChannels().list(p -> p
        .pageSize(20L)
        .pageToken("PATC0123456789abcdef0123456789abcdef")).firstPage();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(
        entry("PageSize", List.of("20")),
        entry("PageToken", List.of("PATC0123456789abcdef0123456789abcdef")));

    List<TaskChannel> items = page.items();
    assertThat(items).hasSize(2);
    assertIsTheVoiceChannel(items.get(0));
    TaskChannel chat = items.get(1);
    assertThat(chat.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(chat.getSid()).isEqualTo(TC2);
    assertThat(chat.getFriendlyName()).isEqualTo("Chat");
    assertThat(chat.getUniqueName()).isEqualTo("chat");
    assertThat(chat.getChannelOptimizedRouting()).isFalse();
    assertThat(chat.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-11-21T10:00:00Z"));
    assertThat(chat.getDateUpdated()).isEqualTo(OffsetDateTime.parse("2026-11-21T10:00:00Z"));
    assertThat(chat.getWorkspaceSid()).isEqualTo(WS);
    assertThat(chat.getUrl()).isEqualTo(BASE + "/TaskChannels/" + TC2);
    assertThat(chat.getLinks()).containsExactly(entry("workspace", BASE));

    // meta.next_page_url is null: the page says so and iteration stops after it.
    assertThat(page.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listWithoutOptionsSendsNoQueryAndIteratesTheSinglePage() {
    respond(200, fixture("task_channels_page.json"));

    List<TaskChannel> all = client.workspace(WS).taskChannels().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).isEmpty();
    assertThat(all).extracting(TaskChannel::getSid).containsExactly(TC, TC2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void updatePostsEveryFormFieldAndParsesTheChannel() {
    respond(200, fixture("task_channel.json"));

    TaskChannel channel = client.workspace(WS).taskChannels().update(TC, p -> p
        .friendlyName("Voice (priority)")
        .channelOptimizedRouting(false));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + TC);
    assertThat(form(request)).containsExactly(
        entry("FriendlyName", List.of("Voice (priority)")),
        entry("ChannelOptimizedRouting", List.of("false")));
    assertIsTheVoiceChannel(channel);
  }

  @Test
  void deleteSendsDeleteWithoutBodyAndAcceptsNoContent() {
    respondNoContent();

    client.workspace(WS).taskChannels().delete(TC);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", PATH + "/" + TC);
    assertThat(query(request)).isEmpty();
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void fetchAsyncCompletesWithTheParsedChannel() throws Exception {
    respond(200, fixture("task_channel.json"));

    TaskChannel channel = client.workspace(WS).taskChannels().fetchAsync(TC).get(5, SECONDS);

    assertRequest(take(), "GET", PATH + "/" + TC);
    assertIsTheVoiceChannel(channel);
  }

  @Test
  void deleteAsyncCompletesOnNoContent() throws Exception {
    respondNoContent();

    Void result = client.workspace(WS).taskChannels().deleteAsync(TC).get(5, SECONDS);

    assertThat(result).isNull();
    assertRequest(take(), "DELETE", PATH + "/" + TC);
  }

  /** Every field of fixtures/task_channel.json. */
  private static void assertIsTheVoiceChannel(TaskChannel channel) {
    assertThat(channel.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(channel.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-11-20T09:30:00Z"));
    assertThat(channel.getDateUpdated()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:05:30Z"));
    assertThat(channel.getFriendlyName()).isEqualTo("Voice");
    assertThat(channel.getSid()).isEqualTo(TC);
    assertThat(channel.getUniqueName()).isEqualTo("voice");
    assertThat(channel.getWorkspaceSid()).isEqualTo(WS);
    Boolean optimized = channel.getChannelOptimizedRouting();
    assertThat(optimized).isTrue();
    assertThat(channel.getUrl()).isEqualTo(BASE + "/TaskChannels/" + TC);
    Map<String, String> links = channel.getLinks();
    assertThat(links).containsExactly(entry("workspace", BASE));
  }
}
