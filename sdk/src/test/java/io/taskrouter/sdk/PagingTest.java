package io.taskrouter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.sdk.model.Activity;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class PagingTest extends MockApi {

  private String activity(int n) {
    return SpecSchemas.complete("Activity",
        "{\"sid\":\"WA" + String.format("%032x", n) + "\",\"friendly_name\":\"A" + n + "\",\"available\":true}");
  }

  /** A page of activities; next is a path+query on the mock server, or null on the last page. */
  private String page(int pageNumber, List<Integer> items, String next) {
    String base = server.url("/v1/Workspaces/" + WS + "/Activities").toString();
    String list = items.stream().map(this::activity).collect(Collectors.joining(","));
    return "{\"activities\":[" + list + "],\"meta\":{\"page\":" + pageNumber + ",\"page_size\":2,"
        + "\"first_page_url\":\"" + base + "?PageSize=2&Page=0\",\"previous_page_url\":null,"
        + "\"url\":\"" + base + "?PageSize=2&Page=" + pageNumber + "\","
        + "\"next_page_url\":" + (next == null ? "null" : "\"" + server.url(next) + "\"") + ",\"key\":\"activities\"}}";
  }

  private void threePages() {
    respond(200, page(0, List.of(1, 2), "/v1/Workspaces/" + WS + "/Activities?PageSize=2&Page=1&PageToken=PT1"));
    respond(200, page(1, List.of(3, 4), "/v1/Workspaces/" + WS + "/Activities?PageSize=2&Page=2&PageToken=PT2"));
    respond(200, page(2, List.of(5), null));
  }

  @Test
  void iterationFollowsNextPageUrlAcrossThreePages() {
    threePages();

    List<String> names = client.workspace(WS).activities().list(p -> p.pageSize(2L)).stream()
        .map(Activity::getFriendlyName).collect(Collectors.toList());

    assertThat(names).containsExactly("A1", "A2", "A3", "A4", "A5");
    RecordedRequest first = take();
    assertRequest(first, "GET", "/v1/Workspaces/" + WS + "/Activities");
    assertThat(query(first)).containsEntry("PageSize", List.of("2"));
    RecordedRequest second = take();
    assertRequest(second, "GET", "/v1/Workspaces/" + WS + "/Activities");
    assertThat(query(second)).containsEntry("PageToken", List.of("PT1"));
    RecordedRequest third = take();
    assertThat(query(third)).containsEntry("PageToken", List.of("PT2"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void nothingIsFetchedUntilIterationAndPagesComeOneAtATime() {
    threePages();

    ResourceList<Activity> list = client.workspace(WS).activities().list(p -> p.pageSize(2L));
    assertThat(server.getRequestCount()).isZero();

    Iterator<Activity> items = list.iterator();
    items.next();
    items.next();
    assertThat(server.getRequestCount()).isEqualTo(1);
    items.next();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void limitStopsEarlyAndShrinksThePageSizeWhenNoneWasSet() {
    respond(200, page(0, List.of(1, 2), "/v1/Workspaces/" + WS + "/Activities?PageSize=2&Page=1&PageToken=PT1"));
    respond(200, page(1, List.of(3, 4), "/v1/Workspaces/" + WS + "/Activities?PageSize=2&Page=2&PageToken=PT2"));

    List<Activity> three = client.workspace(WS).activities().list().limit(3).toList();

    assertThat(three).extracting(Activity::getFriendlyName).containsExactly("A1", "A2", "A3");
    assertThat(query(take())).containsEntry("PageSize", List.of("3"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void eachIterationHasItsOwnState() {
    respond(200, page(0, List.of(1, 2), null));
    respond(200, page(0, List.of(1, 2), null));

    ResourceList<Activity> list = client.workspace(WS).activities().list();
    Iterator<Activity> a = list.iterator();
    Iterator<Activity> b = list.iterator();

    assertThat(a.next().getFriendlyName()).isEqualTo("A1");
    assertThat(b.next().getFriendlyName()).isEqualTo("A1");
    assertThat(a.next().getFriendlyName()).isEqualTo("A2");
    assertThat(a.hasNext()).isFalse();
  }

  @Test
  void pagesAreExposedWithTheirItems() {
    threePages();

    List<Integer> sizes = new java.util.ArrayList<>();
    for (Page<Activity> page : client.workspace(WS).activities().list(p -> p.pageSize(2L)).pages()) {
      sizes.add(page.items().size());
    }

    assertThat(sizes).containsExactly(2, 2, 1);
  }

  @Test
  void asyncPagesLeadToTheNextOne() throws Exception {
    threePages();

    Page<Activity> first = client.workspace(WS).activities().listAsync(p -> p.pageSize(2L)).get(5, TimeUnit.SECONDS);
    Page<Activity> second = first.nextPageAsync().get(5, TimeUnit.SECONDS);
    Page<Activity> third = second.nextPage();

    assertThat(first.items()).extracting(Activity::getFriendlyName).containsExactly("A1", "A2");
    assertThat(second.items()).extracting(Activity::getFriendlyName).containsExactly("A3", "A4");
    assertThat(third.items()).extracting(Activity::getFriendlyName).containsExactly("A5");
    assertThat(third.hasNextPage()).isFalse();
    assertThatThrownBy(third::nextPage).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void aNextPageUrlOnAnotherHostIsFetchedFromTheBaseUrlWithTheCredentials() {
    String foreign = "https://elsewhere.example.com/v1/Workspaces/" + WS + "/Activities?PageSize=2&PageToken=PT1";
    String firstPage = page(0, List.of(1, 2), null).replace("\"next_page_url\":null", "\"next_page_url\":\"" + foreign + "\"");
    respond(200, firstPage);
    respond(200, page(1, List.of(3), null));

    assertThat(client.workspace(WS).activities().list().toList()).hasSize(3);

    take();
    RecordedRequest second = take();
    assertRequest(second, "GET", "/v1/Workspaces/" + WS + "/Activities");
    assertThat(second.getRequestUrl().host()).isEqualTo(server.getHostName());
    assertThat(query(second)).containsEntry("PageToken", List.of("PT1"));
  }
}
