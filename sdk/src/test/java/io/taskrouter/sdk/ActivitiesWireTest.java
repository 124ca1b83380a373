package io.taskrouter.sdk;

import static io.taskrouter.sdk.WireAssertions.WA_OFFLINE;
import static io.taskrouter.sdk.WireAssertions.assertNoQueryAndNoBody;
import static io.taskrouter.sdk.WireAssertions.at;
import static io.taskrouter.sdk.WireAssertions.inWorkspace;
import static io.taskrouter.sdk.WireAssertions.param;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.model.Activity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ActivitiesWireTest extends MockApi {
  private static final String ACTIVITIES = "/v1/Workspaces/" + WS + "/Activities";
  private static final String THE_ACTIVITY = ACTIVITIES + "/" + WA;

  /** Every field of activity.json, read back through the getters. */
  static void assertIsAvailable(Activity activity) {
    assertThat(activity.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(activity.getAvailable()).isTrue();
    assertThat(activity.getDateCreated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(activity.getDateUpdated()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(activity.getFriendlyName()).isEqualTo("Available");
    assertThat(activity.getSid()).isEqualTo(WA);
    assertThat(activity.getWorkspaceSid()).isEqualTo(WS);
    assertThat(activity.getUrl()).isEqualTo(inWorkspace("/Activities/" + WA));
    assertThat(activity.getLinks()).containsExactlyInAnyOrderEntriesOf(Map.of("workspace", inWorkspace("")));
  }

  /** The second item of activities_page.json. */
  static void assertIsOffline(Activity activity) {
    assertThat(activity.getSid()).isEqualTo(WA_OFFLINE);
    assertThat(activity.getFriendlyName()).isEqualTo("Offline");
    assertThat(activity.getAvailable()).isFalse();
    assertThat(activity.getDateCreated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(activity.getDateUpdated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(activity.getUrl()).isEqualTo(inWorkspace("/Activities/" + WA_OFFLINE));
  }

  // ---------------------------------------------------------------- CreateActivity

  @Test
  void createSendsFriendlyNameAndAvailableTrueAndParsesTheActivity() {
    respond(201, fixture("activity.json"));

    Activity activity = client.workspace(WS).activities().create(p -> p
        .friendlyName("Available & Ready")
        .available(true));

    RecordedRequest request = take();
    assertRequest(request, "POST", ACTIVITIES);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Available & Ready"),
        param("Available", "true"));
    assertIsAvailable(activity);
  }

  @Test
  void createSendsAvailableFalse() {
    respond(201, fixture("activity.json"));

    client.workspace(WS).activities().create(p -> p.friendlyName("On Break").available(false));

    RecordedRequest request = take();
    assertRequest(request, "POST", ACTIVITIES);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "On Break"),
        param("Available", "false"));
  }

  @Test
  void createAsyncCompletesWithTheParsedActivity() throws Exception {
    respond(201, fixture("activity.json"));

    Activity activity = client.workspace(WS).activities().createAsync(p -> p.friendlyName("Available"))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", ACTIVITIES);
    assertThat(form(request)).containsExactly(param("FriendlyName", "Available"));
    assertIsAvailable(activity);
  }

  // ---------------------------------------------------------------- FetchActivity

  @Test
  void fetchGetsTheActivityBySidAndParsesEveryField() {
    respond(200, fixture("activity.json"));

    Activity activity = client.workspace(WS).activities().fetch(WA);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_ACTIVITY);
    assertNoQueryAndNoBody(request);
    assertIsAvailable(activity);
  }

  // ---------------------------------------------------------------- UpdateActivity

  @Test
  void updateSendsTheNewFriendlyNameAndParsesTheActivity() {
    respond(200, fixture("activity.json"));

    Activity activity = client.workspace(WS).activities().update(WA, p -> p.friendlyName("Ready to help (day)"));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_ACTIVITY);
    assertThat(form(request)).containsExactly(param("FriendlyName", "Ready to help (day)"));
    assertIsAvailable(activity);
  }

  @Test
  void updateWithNoOptionsSendsAnEmptyForm() {
    respond(200, fixture("activity.json"));

    Activity activity = client.workspace(WS).activities().update(WA);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_ACTIVITY);
    assertThat(form(request)).isEmpty();
    assertThat(activity.getSid()).isEqualTo(WA);
  }

  // ---------------------------------------------------------------- ListActivity

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesThePage() {
    respond(200, fixture("activities_page.json"));

    List<Activity> activities = client.workspace(WS).activities().list(p -> p
        .friendlyName("On Break")
        .available(true)
        .pageSize(25)
        .pageToken("PAWA0123456789abcdef"))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", ACTIVITIES);
    assertThat(query(request)).containsExactly(
        param("FriendlyName", "On Break"),
        param("Available", "true"),
        param("PageSize", "25"),
        param("PageToken", "PAWA0123456789abcdef"));
    assertThat(activities).hasSize(2);
    assertIsAvailable(activities.get(0));
    assertIsOffline(activities.get(1));
  }

  @Test
  void listSendsAvailableFalse() {
    respond(200, fixture("activities_page.json"));

    client.workspace(WS).activities().list(p -> p.available(false)).toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", ACTIVITIES);
    assertThat(query(request)).containsExactly(param("Available", "false"));
  }

  @Test
  void listWithNoOptionsSendsNoQuery() {
    respond(200, fixture("activities_page.json"));

    List<Activity> activities = client.workspace(WS).activities().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", ACTIVITIES);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(activities).extracting(Activity::getSid).containsExactly(WA, WA_OFFLINE);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("activities_page.json"));

    Page<Activity> page = client.workspace(WS).activities().listAsync(p -> p.available(true))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", ACTIVITIES);
    assertThat(query(request)).containsExactly(param("Available", "true"));
    assertThat(page.items()).hasSize(2);
    assertIsAvailable(page.items().get(0));
    assertIsOffline(page.items().get(1));
    assertThat(page.hasNextPage()).isFalse();
  }

  // ---------------------------------------------------------------- DeleteActivity

  @Test
  void deleteSendsDeleteAndReturnsOnNoContent() {
    respondNoContent();

    client.workspace(WS).activities().delete(WA);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_ACTIVITY);
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncCompletesNormallyOnNoContent() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).activities().deleteAsync(WA);

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_ACTIVITY);
    assertNoQueryAndNoBody(request);
  }
}
