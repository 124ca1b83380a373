package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.Page;
import io.taskrouter.sdk.ResourceList;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskStatus;
import io.taskrouter.sdk.model.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK pages through the server's lists by following next_page_url. */
class PagingThroughSdkTest extends SdkTest {
  private WorkspaceScope ws;
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void sevenTasks() {
    ws = fifoWorkspace();
    for (int i = 0; i < 7; i++) {
      int n = i;
      created.add(ws.tasks().create(p -> p.attributes(Map.of("n", String.valueOf(n)))).getSid());
      SERVER.clock().advanceSeconds(1);
    }
    recorder.clear();
  }

  @Test
  void iteratesEveryItemAcrossFourPagesOfTwoFollowingNextPageUrl() {
    List<String> listed = ws.tasks().list(p -> p.pageSize(2L)).stream().map(Task::getSid).collect(Collectors.toList());

    assertThat(listed).containsExactlyElementsOf(created);
    List<HttpUrl> requests = listTaskRequests();
    assertThat(requests).hasSize(4);
    assertThat(requests).allSatisfy(url -> assertThat(url.queryParameter("PageSize")).isEqualTo("2"));
    assertThat(requests.get(0).queryParameter("PageToken")).isNull();
    assertThat(requests.subList(1, 4)).allSatisfy(url -> assertThat(url.queryParameter("PageToken")).isNotBlank());
    assertThat(requests.stream().map(u -> u.queryParameter("PageToken")).distinct().count()).isEqualTo(4);
  }

  @Test
  void aLimitStopsAfterThatManyItemsWithoutFetchingFurtherPages() {
    List<Task> firstFive = ws.tasks().list(p -> p.pageSize(2L)).limit(5).toList();

    assertThat(firstFive).extracting(Task::getSid).containsExactlyElementsOf(created.subList(0, 5));
    assertThat(listTaskRequests()).hasSize(3);
  }

  @Test
  void aLimitAloneAsksForPagesNoLargerThanNeeded() {
    List<Task> three = ws.tasks().list().limit(3).toList();

    assertThat(three).extracting(Task::getSid).containsExactlyElementsOf(created.subList(0, 3));
    assertThat(listTaskRequests()).singleElement()
        .satisfies(url -> assertThat(url.queryParameter("PageSize")).isEqualTo("3"));
  }

  @Test
  void pagesComeOneAfterTheOther() {
    ResourceList<Task> list = ws.tasks().list(p -> p.pageSize(2L));
    List<Integer> sizes = new ArrayList<>();
    List<String> sids = new ArrayList<>();
    for (Page<Task> page : list.pages()) {
      sizes.add(page.items().size());
      page.items().forEach(t -> sids.add(t.getSid()));
    }

    assertThat(sizes).containsExactly(2, 2, 2, 1);
    assertThat(sids).containsExactlyElementsOf(created);
    Page<Task> first = list.firstPage();
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPage().items()).extracting(Task::getSid).containsExactlyElementsOf(created.subList(2, 4));
  }

  @Test
  void aListCanBeIteratedTwiceAndEachIterationStartsAfresh() {
    ResourceList<Task> list = ws.tasks().list(p -> p.pageSize(3L).assignmentStatus(TaskStatus.PENDING));

    assertThat(list.stream().map(Task::getSid)).containsExactlyElementsOf(created);
    assertThat(list.stream().map(Task::getSid)).containsExactlyElementsOf(created);
    assertThat(listTaskRequests()).hasSize(6);
  }

  @Test
  void workersPageToo() {
    List<String> workers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      workers.add(ws.workers().create(p -> p.friendlyName("Worker " + n)).getSid());
    }

    assertThat(ws.workers().list(p -> p.pageSize(2L)).stream().map(Worker::getSid)).containsExactlyElementsOf(workers);
    assertThat(recorder.of("ListWorker")).hasSize(3);
  }

  private List<HttpUrl> listTaskRequests() {
    return recorder.of("ListTask").stream().map(e -> HttpUrl.get(e.url())).collect(Collectors.toList());
  }
}
