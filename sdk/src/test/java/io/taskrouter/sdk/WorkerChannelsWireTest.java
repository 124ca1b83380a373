package io.taskrouter.sdk;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.taskrouter.sdk.model.WorkerChannel;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WorkerChannelsWireTest extends MockApi {
  private static final String WC2 = "WCfedcba9876543210fedcba9876543210";
  private static final String TC2 = "TCfedcba9876543210fedcba9876543210";
  private static final String BASE = "https://taskrouter.twilio.com/v1/Workspaces/" + WS;
  private static final String PATH = "/v1/Workspaces/" + WS + "/Workers/" + WK + "/Channels";

  @Test
  void listSendsPagingParametersAndParsesThePage() {
    respond(200, fixture("worker_channels_page.json"));

    Page<WorkerChannel> page = client.workspace(WS).worker(WK).channels().list(p -> p
        .pageSize(5L)
        .pageToken("PAWC0123456789abcdef0123456789abcdef")).firstPage();

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH);
    assertThat(query(request)).containsExactly(
        entry("PageSize", List.of("5")),
        entry("PageToken", List.of("PAWC0123456789abcdef0123456789abcdef")));

    List<WorkerChannel> items = page.items();
    assertThat(items).hasSize(2);
    assertIsTheChatChannel(items.get(0));
    WorkerChannel voice = items.get(1);
    assertThat(voice.getAccountSid()).isEqualTo(ACCOUNT_SID);
    int assigned = voice.getAssignedTasks();
    int percentage = voice.getAvailableCapacityPercentage();
    int configured = voice.getConfiguredCapacity();
    assertThat(assigned).isZero();
    assertThat(voice.getAvailable()).isFalse();
    assertThat(percentage).isZero();
    assertThat(configured).isEqualTo(1);
    assertThat(voice.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-11-20T09:30:00Z"));
    assertThat(voice.getDateUpdated()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:00:00Z"));
    assertThat(voice.getSid()).isEqualTo(WC2);
    assertThat(voice.getTaskChannelSid()).isEqualTo(TC2);
    assertThat(voice.getTaskChannelUniqueName()).isEqualTo("voice");
    assertThat(voice.getWorkerSid()).isEqualTo(WK);
    assertThat(voice.getWorkspaceSid()).isEqualTo(WS);
    assertThat(voice.getUrl()).isEqualTo(BASE + "/Workers/" + WK + "/Channels/" + WC2);

    assertThat(page.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void fetchGetsTheChannelAndParsesEveryField() {
    respond(200, fixture("worker_channel.json"));

    WorkerChannel channel = client.workspace(WS).worker(WK).channels().fetch(WC);

    RecordedRequest request = take();
    assertRequest(request, "GET", PATH + "/" + WC);
    assertThat(query(request)).isEmpty();
    assertIsTheChatChannel(channel);
  }

  @Test
  void fetchAcceptsTheTaskChannelUniqueNameAsPathSegment() {
    respond(200, fixture("worker_channel.json"));

    client.workspace(WS).worker(WK).channels().fetch("chat");

    assertRequest(take(), "GET", PATH + "/chat");
  }

  @Test
  void updatePostsCapacityAndAvailabilityAndParsesTheChannel() {
    respond(200, fixture("worker_channel.json"));

    WorkerChannel channel = client.workspace(WS).worker(WK).channels().update(WC, p -> p
        .capacity(3)
        .available(false));

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WC);
    assertThat(form(request)).containsExactly(
        entry("Capacity", List.of("3")),
        entry("Available", List.of("false")));
    assertIsTheChatChannel(channel);
  }

  @Test
  void updateSendsAvailableTrueAsTheWordTrue() {
    respond(200, fixture("worker_channel.json"));

    client.workspace(WS).worker(WK).channels().update(WC, p -> p.available(true));

    assertThat(form(take())).containsExactly(entry("Available", List.of("true")));
  }

  @Test
  void updateAsyncCompletesWithTheParsedChannel() throws Exception {
    respond(200, fixture("worker_channel.json"));

    WorkerChannel channel = client.workspace(WS).worker(WK).channels()
        .updateAsync(WC, p -> p.capacity(0)).get(5, SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", PATH + "/" + WC);
    assertThat(form(request)).containsExactly(entry("Capacity", List.of("0")));
    assertIsTheChatChannel(channel);
  }

  /** Every field of fixtures/worker_channel.json. */
  private static void assertIsTheChatChannel(WorkerChannel channel) {
    assertThat(channel.getAccountSid()).isEqualTo(ACCOUNT_SID);
    int assigned = channel.getAssignedTasks();
    int percentage = channel.getAvailableCapacityPercentage();
    int configured = channel.getConfiguredCapacity();
    assertThat(assigned).isEqualTo(1);
    assertThat(channel.getAvailable()).isTrue();
    assertThat(percentage).isEqualTo(66);
    assertThat(configured).isEqualTo(3);
    assertThat(channel.getDateCreated()).isEqualTo(OffsetDateTime.parse("2026-11-20T09:30:00Z"));
    assertThat(channel.getDateUpdated()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:05:30Z"));
    assertThat(channel.getSid()).isEqualTo(WC);
    assertThat(channel.getTaskChannelSid()).isEqualTo(TC);
    assertThat(channel.getTaskChannelUniqueName()).isEqualTo("chat");
    assertThat(channel.getWorkerSid()).isEqualTo(WK);
    assertThat(channel.getWorkspaceSid()).isEqualTo(WS);
    assertThat(channel.getUrl()).isEqualTo(BASE + "/Workers/" + WK + "/Channels/" + WC);
  }
}
