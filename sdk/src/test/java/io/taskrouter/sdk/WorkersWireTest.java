package io.taskrouter.sdk;

import static io.taskrouter.sdk.WireAssertions.WA_OFFLINE;
import static io.taskrouter.sdk.WireAssertions.WK_BOB;
import static io.taskrouter.sdk.WireAssertions.assertNoQueryAndNoBody;
import static io.taskrouter.sdk.WireAssertions.at;
import static io.taskrouter.sdk.WireAssertions.inWorkspace;
import static io.taskrouter.sdk.WireAssertions.ordered;
import static io.taskrouter.sdk.WireAssertions.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Json;
import io.taskrouter.sdk.model.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WorkersWireTest extends MockApi {
  private static final String WORKERS = "/v1/Workspaces/" + WS + "/Workers";
  private static final String THE_WORKER = WORKERS + "/" + WK;
  private static final String ALICE_ATTRIBUTES =
      "{\"contact_uri\":\"client:alice\",\"languages\":[\"en\",\"fr\"],\"level\":3,\"skills\":[\"billing\",\"support\"]}";

  /** Worker attributes as a type of the application's own (fields in the order Moshi writes them). */
  static final class WorkerProfile {
    @Json(name = "contact_uri") String contactUri;
    List<String> languages;
    int level;
    List<String> skills;

    WorkerProfile(String contactUri, List<String> languages, int level, List<String> skills) {
      this.contactUri = contactUri;
      this.languages = languages;
      this.level = level;
      this.skills = skills;
    }
  }

  /** Every field of worker.json, read back through the getters. */
  static void assertIsAlice(Worker worker) {
    assertThat(worker.getAccountSid()).isEqualTo(ACCOUNT_SID);
    assertThat(worker.getActivityName()).isEqualTo("Available");
    assertThat(worker.getActivitySid()).isEqualTo(WA);
    assertThat(worker.getAttributes()).isEqualTo(ALICE_ATTRIBUTES);
    assertThat(worker.getAttributesAsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "contact_uri", "client:alice",
        "languages", List.of("en", "fr"),
        "level", 3.0,
        "skills", List.of("billing", "support")));
    assertThat(worker.getAvailable()).isTrue();
    assertThat(worker.getDateCreated()).isEqualTo(at("2026-11-20T09:30:00Z"));
    assertThat(worker.getDateStatusChanged()).isEqualTo(at("2026-11-24T14:58:12Z"));
    assertThat(worker.getDateUpdated()).isEqualTo(at("2026-11-24T15:00:00Z"));
    assertThat(worker.getFriendlyName()).isEqualTo("Alice");
    assertThat(worker.getSid()).isEqualTo(WK);
    assertThat(worker.getWorkspaceSid()).isEqualTo(WS);
    assertThat(worker.getUrl()).isEqualTo(inWorkspace("/Workers/" + WK));
    assertThat(worker.getLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "channels", inWorkspace("/Workers/" + WK + "/Channels"),
        "activity", inWorkspace("/Activities/" + WA),
        "workspace", inWorkspace(""),
        "reservations", inWorkspace("/Workers/" + WK + "/Reservations")));
  }

  /** The second item of workers_page.json. */
  static void assertIsBob(Worker worker) {
    assertThat(worker.getSid()).isEqualTo(WK_BOB);
    assertThat(worker.getFriendlyName()).isEqualTo("Bob");
    assertThat(worker.getActivitySid()).isEqualTo(WA_OFFLINE);
    assertThat(worker.getActivityName()).isEqualTo("Offline");
    assertThat(worker.getAvailable()).isFalse();
    assertThat(worker.getAttributesAsMap()).containsEntry("skills", List.of("sales"));
    assertThat(worker.getDateStatusChanged()).isEqualTo(at("2026-11-21T18:00:00Z"));
  }

  // ---------------------------------------------------------------- CreateWorker

  @Test
  void createSendsEveryFormFieldWithAttributesFromAMapAndParsesTheWorkerAndETag() {
    respondWithETag(201, fixture("worker.json"), "1");

    Worker worker = client.workspace(WS).workers().create(p -> p
        .friendlyName("Alice O'Neil & Co")
        .activitySid(WA)
        .attributes(ordered(
            "contact_uri", "client:alice",
            "languages", List.of("en", "fr"),
            "level", 3,
            "skills", List.of("billing", "support"))));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKERS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Alice O'Neil & Co"),
        param("ActivitySid", WA),
        param("Attributes", ALICE_ATTRIBUTES));
    assertIsAlice(worker);
    assertThat(worker.getETag()).isEqualTo("1");
  }

  @Test
  void createSendsAttributesGivenAsJsonTextUnchanged() {
    respondWithETag(201, fixture("worker.json"), "1");
    String text = "{ \"skills\": [\"billing\"], \"level\": 2.5, \"vip\": true }";

    client.workspace(WS).workers().create(p -> p.friendlyName("Alice").attributes(text));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKERS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Alice"),
        param("Attributes", text));
  }

  @Test
  void createSendsAttributesGivenAsAnObjectAsJson() {
    respondWithETag(201, fixture("worker.json"), "1");

    client.workspace(WS).workers().create(p -> p
        .friendlyName("Alice")
        .attributes(new WorkerProfile("client:alice", List.of("en", "fr"), 3, List.of("billing", "support"))));

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKERS);
    assertThat(form(request)).containsExactly(
        param("FriendlyName", "Alice"),
        param("Attributes", ALICE_ATTRIBUTES));
  }

  @Test
  void createAsyncCompletesWithTheWorkerAndItsETag() throws Exception {
    respondWithETag(201, fixture("worker.json"), "1");

    Worker worker = client.workspace(WS).workers().createAsync(p -> p.friendlyName("Alice"))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "POST", WORKERS);
    assertThat(form(request)).containsExactly(param("FriendlyName", "Alice"));
    assertIsAlice(worker);
    assertThat(worker.getETag()).isEqualTo("1");
  }

  // ---------------------------------------------------------------- FetchWorker

  @Test
  void fetchGetsTheWorkerBySidAndParsesEveryFieldAndTheETag() {
    respondWithETag(200, fixture("worker.json"), "6");

    Worker worker = client.workspace(WS).workers().fetch(WK);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_WORKER);
    assertNoQueryAndNoBody(request);
    assertIsAlice(worker);
    assertThat(worker.getETag()).isEqualTo("6");
  }

  @Test
  void fetchedAttributesReadIntoAnObject() {
    respondWithETag(200, fixture("worker.json"), "6");

    WorkerProfile profile = client.workspace(WS).workers().fetch(WK).getAttributesAs(WorkerProfile.class);

    assertThat(profile).isNotNull();
    assertThat(profile.contactUri).isEqualTo("client:alice");
    assertThat(profile.languages).containsExactly("en", "fr");
    assertThat(profile.level).isEqualTo(3);
    assertThat(profile.skills).containsExactly("billing", "support");
  }

  @Test
  void fetchAsyncCompletesWithTheWorkerAndItsETag() throws Exception {
    respondWithETag(200, fixture("worker.json"), "6");

    Worker worker = client.workspace(WS).workers().fetchAsync(WK).get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", THE_WORKER);
    assertIsAlice(worker);
    assertThat(worker.getETag()).isEqualTo("6");
  }

  // ---------------------------------------------------------------- UpdateWorker

  @Test
  void updateSendsIfMatchAndEveryFormFieldInSpecOrderAndParsesTheWorkerAndETag() {
    respondWithETag(200, fixture("worker.json"), "8");

    Worker worker = client.workspace(WS).workers().update(WK, p -> p
        .ifMatch("7")
        .activitySid(WA_OFFLINE)
        .attributes(ordered("skills", List.of("billing"), "level", 4))
        .friendlyName("Alice (night shift)")
        .rejectPendingReservations(true));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKER);
    assertThat(request.getHeader("If-Match")).isEqualTo("7");
    assertThat(form(request)).containsExactly(
        param("ActivitySid", WA_OFFLINE),
        param("Attributes", "{\"skills\":[\"billing\"],\"level\":4}"),
        param("FriendlyName", "Alice (night shift)"),
        param("RejectPendingReservations", "true"));
    assertIsAlice(worker);
    assertThat(worker.getETag()).isEqualTo("8");
  }

  @Test
  void updateSendsRejectPendingReservationsFalseAndAttributesAsJsonText() {
    respondWithETag(200, fixture("worker.json"), "8");

    client.workspace(WS).workers().update(WK, p -> p
        .attributes("{\"skills\":[]}")
        .rejectPendingReservations(false));

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKER);
    assertThat(form(request)).containsExactly(
        param("Attributes", "{\"skills\":[]}"),
        param("RejectPendingReservations", "false"));
  }

  @Test
  void updateSendsAttributesGivenAsAnObjectAsJson() {
    respondWithETag(200, fixture("worker.json"), "8");

    client.workspace(WS).workers().update(WK, p -> p
        .attributes(new WorkerProfile("client:alice", List.of("en", "fr"), 3, List.of("billing", "support"))));

    RecordedRequest request = take();
    assertThat(form(request)).containsExactly(param("Attributes", ALICE_ATTRIBUTES));
  }

  @Test
  void updateWithNoOptionsSendsAnEmptyFormAndNoIfMatch() {
    respondWithETag(200, fixture("worker.json"), "8");

    Worker worker = client.workspace(WS).workers().update(WK);

    RecordedRequest request = take();
    assertRequest(request, "POST", THE_WORKER);
    assertThat(request.getHeader("If-Match")).isNull();
    assertThat(form(request)).isEmpty();
    assertThat(worker.getETag()).isEqualTo("8");
  }

  @Test
  void updateWithoutIfMatchSendsNoIfMatchHeader() {
    respondWithETag(200, fixture("worker.json"), "8");

    client.workspace(WS).workers().update(WK, p -> p.friendlyName("Alice"));

    RecordedRequest request = take();
    assertThat(request.getHeader("If-Match")).isNull();
    assertThat(form(request)).containsExactly(param("FriendlyName", "Alice"));
  }

  @Test
  void theETagOfAFetchGoesBackAsIfMatchOfTheUpdate() {
    respondWithETag(200, fixture("worker.json"), "12");
    respondWithETag(200, fixture("worker.json"), "13");

    Worker fetched = client.workspace(WS).workers().fetch(WK);
    Worker updated = client.workspace(WS).workers().update(WK, p -> p
        .ifMatch(fetched.getETag())
        .activitySid(WA_OFFLINE));

    take();
    RecordedRequest update = take();
    assertThat(update.getHeader("If-Match")).isEqualTo("12");
    assertThat(updated.getETag()).isEqualTo("13");
  }

  // ---------------------------------------------------------------- ListWorker

  @Test
  void listSendsEveryQueryParameterInSpecOrderAndParsesThePage() {
    respond(200, fixture("workers_page.json"));

    List<Worker> workers = client.workspace(WS).workers().list(p -> p
        .activityName("Available")
        .activitySid(WA)
        .available(true)
        .friendlyName("Alice")
        .targetWorkersExpression("skills HAS 'billing' AND level >= 2")
        .taskQueueName("Billing & Payments")
        .taskQueueSid(WQ)
        .ordering("DateStatusChanged:desc")
        .pageSize(10)
        .pageToken("PAWK0123456789abcdef"))
        .toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS);
    assertThat(query(request)).containsExactly(
        param("ActivityName", "Available"),
        param("ActivitySid", WA),
        param("Available", "true"),
        param("FriendlyName", "Alice"),
        param("TargetWorkersExpression", "skills HAS 'billing' AND level >= 2"),
        param("TaskQueueName", "Billing & Payments"),
        param("TaskQueueSid", WQ),
        param("Ordering", "DateStatusChanged:desc"),
        param("PageSize", "10"),
        param("PageToken", "PAWK0123456789abcdef"));
    assertThat(workers).hasSize(2);
    assertIsAlice(workers.get(0));
    assertIsBob(workers.get(1));
  }

  @Test
  void listWithNoOptionsSendsNoQuery() {
    respond(200, fixture("workers_page.json"));

    List<Worker> workers = client.workspace(WS).workers().list().toList();

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS);
    assertThat(request.getRequestUrl().query()).isNull();
    assertThat(workers).extracting(Worker::getSid).containsExactly(WK, WK_BOB);
  }

  @Test
  void listAsyncCompletesWithTheFirstPage() throws Exception {
    respond(200, fixture("workers_page.json"));

    Page<Worker> page = client.workspace(WS).workers().listAsync(p -> p.available(false))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = take();
    assertRequest(request, "GET", WORKERS);
    assertThat(query(request)).containsExactly(param("Available", "false"));
    assertThat(page.items()).hasSize(2);
    assertIsAlice(page.items().get(0));
    assertIsBob(page.items().get(1));
    assertThat(page.hasNextPage()).isFalse();
  }

  // ---------------------------------------------------------------- DeleteWorker

  @Test
  void deleteSendsIfMatchAndReturnsOnNoContent() {
    respondNoContent();

    client.workspace(WS).workers().delete(WK, p -> p.ifMatch("9"));

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKER);
    assertThat(request.getHeader("If-Match")).isEqualTo("9");
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteWithoutOptionsSendsNoIfMatch() {
    respondNoContent();

    client.workspace(WS).workers().delete(WK);

    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKER);
    assertThat(request.getHeader("If-Match")).isNull();
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncSendsIfMatchAndCompletesNormallyOnNoContent() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).workers().deleteAsync(WK, p -> p.ifMatch("10"));

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKER);
    assertThat(request.getHeader("If-Match")).isEqualTo("10");
    assertNoQueryAndNoBody(request);
  }

  @Test
  void deleteAsyncWithoutOptionsCompletesNormallyAndSendsNoIfMatch() {
    respondNoContent();

    CompletableFuture<Void> future = client.workspace(WS).workers().deleteAsync(WK);

    assertThat(future).succeedsWithin(Duration.ofSeconds(5)).isNull();
    RecordedRequest request = take();
    assertRequest(request, "DELETE", THE_WORKER);
    assertThat(request.getHeader("If-Match")).isNull();
  }
}
