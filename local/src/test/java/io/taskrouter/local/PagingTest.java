package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.Reply;
import io.taskrouter.local.support.ServerTest;
import io.taskrouter.local.support.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * Between page fetches, tasks not yet seen and tasks already seen are deleted and new ones
   * created. A page resumes after the last task it showed, so every task that existed throughout
   * is seen exactly once and none twice (an offset would skip one task per deletion behind it).
   * With an Ordering, ties (tasks of equal priority) are broken by SID.
   */
  @ParameterizedTest(name = "Ordering={0}")
  @ValueSource(strings = {"", "Priority:desc", "Priority:asc,DateCreated:desc"})
  void pagingWhileTasksAreCreatedAndDeletedSeesEverySurvivorOnce(String ordering) {
    Workspace ws = workspace("FIFO");
    List<String> original = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      original.add(ws.createTask("Priority", Integer.toString(i % 7)));
    }
    Random random = new Random(7);
    Set<String> deleted = new HashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> seenTwice = new ArrayList<>();
    String[] query = ordering.isEmpty() ? new String[] {"PageSize", "20"}
        : new String[] {"PageSize", "20", "Ordering", ordering};
    Reply page = expect(api().get(ws.path("Tasks"), query), 200);
    int pages = 0;
    while (true) {
      pages++;
      for (String sid : sids(page, "tasks")) {
        if (!seen.add(sid)) {
          seenTwice.add(sid);
        }
      }
      String next = (String) page.meta().get("next_page_url");
      if (next == null) {
        break;
      }
      List<String> unseen = new ArrayList<>(
          original.stream().filter(t -> !seen.contains(t) && !deleted.contains(t)).toList());
      List<String> alreadySeen = seen.stream().filter(t -> !deleted.contains(t) && original.contains(t)).toList();
      for (int i = 0; i < 2 && !unseen.isEmpty(); i++) {
        delete(ws, unseen.remove(random.nextInt(unseen.size())), deleted);
      }
      if (!alreadySeen.isEmpty()) {
        delete(ws, alreadySeen.get(random.nextInt(alreadySeen.size())), deleted);
      }
      ws.createTask("Priority", Integer.toString(random.nextInt(7)));
      ws.createTask("Priority", Integer.toString(random.nextInt(7)));
      page = expect(api().get(next), 200);
    }
    List<String> survivors = original.stream().filter(t -> !deleted.contains(t)).toList();
    assertThat(deleted).hasSizeGreaterThan(30);
    assertThat(seenTwice).as("tasks served twice").isEmpty();
    assertThat(survivors).as("tasks that existed throughout but were never served")
        .allSatisfy(t -> assertThat(seen).contains(t));
    assertThat(pages).isGreaterThan(10);
  }

  private void delete(Workspace ws, String task, Set<String> deleted) {
    expect(api().delete(ws.path("Tasks/" + task)), 204);
    deleted.add(task);
  }

  @Test
  void aPageTokenIsBoundToItsListAndCannotBeAltered() {
    Workspace ws = workspace("FIFO");
    for (int i = 0; i < 3; i++) {
      ws.createTask();
    }
    String next = (String) expect(api().get(ws.path("Tasks"), "PageSize", "1"), 200).meta().get("next_page_url");
    String token = next.substring(next.indexOf("PageToken=") + "PageToken=".length());
    expect(api().get(next), 200);

    String flipped = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);
    expectError(api().get(ws.path("Tasks"), "PageSize", "1", "PageToken", flipped), 400, 20001,
        "Invalid parameter PageToken");
    expectError(api().get(ws.path("Activities"), "PageSize", "1", "PageToken", token), 400, 20001,
        "Invalid parameter PageToken");
    expectError(api().get(ws.path("Tasks"), "PageSize", "1", "Ordering", "Priority:desc", "PageToken", token), 400,
        20001, "Invalid parameter PageToken");
  }

  /**
   * The list ETag moves on with every change of the list and never comes back to an earlier value
   * (a sum of revisions would: two updates then a deletion give the number seen before).
   */
  @Test
  void theTaskListETagChangesWithEveryChangeAndNeverRepeats() {
    Workspace ws = workspace("FIFO");
    List<String> etags = new ArrayList<>();
    etags.add(listETag(ws));
    String first = ws.createTask();
    etags.add(listETag(ws));
    expect(api().post(ws.path("Tasks/" + first), "Priority", "1"), 200);
    etags.add(listETag(ws));
    expect(api().post(ws.path("Tasks/" + first), "Priority", "2"), 200);
    etags.add(listETag(ws));
    String second = ws.createTask();
    etags.add(listETag(ws));
    expect(api().delete(ws.path("Tasks/" + first)), 204);
    etags.add(listETag(ws));
    expect(api().post(ws.path("Tasks/" + second), "AssignmentStatus", "canceled"), 200);
    etags.add(listETag(ws));
    assertThat(listETag(ws)).as("no change, same ETag").isEqualTo(etags.get(etags.size() - 1));
    assertThat(etags).doesNotHaveDuplicates().doesNotContainNull();
  }

  private String listETag(Workspace ws) {
    return expect(api().get(ws.path("Tasks")), 200).header("ETag");
  }
}
