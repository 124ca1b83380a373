package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest extends ServerTest {

  @Test
  void followingNextPageUrlVisitsEveryRecordOnce() {
    Workspace ws = workspace("FIFO");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      created.add(ws.createTask("Attributes", "{\"n\":" + i + "}"));
    }
    List<String> seen = new ArrayList<>();
    Reply page = expect(api().get(ws.path("Tasks")), 200);
    int pages = 1;
    assertThat(page.list("tasks")).hasSize(50);
    Map<String, Object> meta = page.meta();
    assertThat(meta.get("page_size")).isEqualTo(50.0);
    assertThat(meta.get("previous_page_url")).isNull();
    assertThat(meta.get("first_page_url")).isEqualTo(SERVER.baseUrl() + ws.path("Tasks") + "?PageSize=50&Page=0");
    while (true) {
      seen.addAll(sids(page, "tasks"));
      String next = (String) page.meta().get("next_page_url");
      if (next == null) {
        break;
      }
      assertThat(next).startsWith(SERVER.baseUrl() + ws.path("Tasks") + "?PageSize=50&Page=" + pages + "&PageToken=");
      page = expect(api().get(next), 200);
      pages++;
      assertThat(page.meta().get("page")).isEqualTo((double) pages - 1);
      assertThat((String) page.meta().get("previous_page_url")).contains("Page=" + (pages - 2));
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(created);
  }

  @Test
  void pagesKeepTheFiltersAndTheirSize() {
    Workspace ws = workspace("FIFO");
    for (int i = 0; i < 7; i++) {
      ws.createTask("Priority", i % 2 == 0 ? "1" : "2");
    }
    Reply first = expect(api().get(ws.path("Tasks"), "Priority", "1", "PageSize", "3"), 200);
    assertThat(first.list("tasks")).hasSize(3);
    assertThat(first.meta().get("url")).isEqualTo(SERVER.baseUrl() + ws.path("Tasks") + "?Priority=1&PageSize=3&Page=0");
    String next = (String) first.meta().get("next_page_url");
    assertThat(next).contains("Priority=1&PageSize=3&Page=1&PageToken=");
    Reply second = expect(api().get(next), 200);
    assertThat(second.list("tasks")).hasSize(1).allSatisfy(t -> assertThat(t.get("priority")).isEqualTo(1.0));
    assertThat(second.meta().get("next_page_url")).isNull();
    assertThat(second.meta().get("url")).isEqualTo(next);
    assertThat(expect(api().get((String) second.meta().get("previous_page_url")), 200).list("tasks"))
        .extracting(t -> t.get("sid")).containsExactlyElementsOf(sids(first, "tasks"));
  }

  @Test
  void pageSizeRangesFromOneToAThousand() {
    Workspace ws = workspace("NONE");
    Reply one = expect(api().get(ws.path("Activities"), "PageSize", "1"), 200);
    assertThat(one.list("activities")).hasSize(1);
    assertThat(one.meta().get("key")).isEqualTo("activities");
    assertThat(expect(api().get(ws.path("Activities"), "PageSize", "1000"), 200).list("activities")).hasSize(3);
  }

  @Test
  void everyListHasItsKey() {
    Workspace ws = workspace("FIFO");
    String worker = ws.createWorker("Jamie");
    String task = ws.createTask();
    Map<String, String> keys = Map.of(
        "/v1/Workspaces", "workspaces",
        ws.path("Activities"), "activities",
        ws.path("TaskChannels"), "channels",
        ws.path("TaskQueues"), "task_queues",
        ws.path("Workflows"), "workflows",
        ws.path("Workers"), "workers",
        ws.path("Workers/" + worker + "/Channels"), "channels",
        ws.path("Tasks/" + task + "/Reservations"), "reservations",
        ws.path("Events"), "events",
        ws.path("TaskQueues/Statistics"), "task_queues_statistics");
    keys.forEach((path, key) -> {
      Reply reply = expect(api().get(path), 200);
      assertThat(reply.meta()).as(path).containsEntry("key", key).containsKeys("page", "page_size", "first_page_url",
          "previous_page_url", "url", "next_page_url");
      assertThat(reply.json()).containsOnlyKeys(key, "meta");
    });
  }
}
