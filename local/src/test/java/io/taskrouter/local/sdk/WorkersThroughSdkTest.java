package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.PreconditionFailedException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Worker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkersThroughSdkTest extends SdkTest {
  private WorkspaceScope ws;
  private String available;

  @BeforeEach
  void workspace() {
    ws = emptyWorkspace();
    available = activitySid(ws, "Available");
  }

  @Test
  void aCreatedWorkerReadsBackWithItsAttributesAsAMap() {
    Map<String, Object> attributes = Map.of("languages", List.of("en", "es"), "team", "sales", "vip", true);

    Worker created = ws.workers().create(p -> p.friendlyName("Jamie").activitySid(available).attributes(attributes));

    Worker fetched = ws.workers().fetch(created.getSid());
    assertThat(fetched.getSid()).matches("WK[0-9a-f]{32}").isEqualTo(created.getSid());
    assertThat(fetched.getFriendlyName()).isEqualTo("Jamie");
    assertThat(fetched.getAttributesAsMap()).isEqualTo(attributes);
    assertThat(fetched.getActivitySid()).isEqualTo(available);
    assertThat(fetched.getActivityName()).isEqualTo("Available");
    assertThat(fetched.getAvailable()).isTrue();
    assertThat(fetched.getDateCreated()).isEqualTo(now());
    assertThat(fetched.getDateStatusChanged()).isEqualTo(now());
    assertThat(fetched.getETag()).isNotBlank();
  }

  @Test
  void aWorkerWithoutActivityStartsInTheDefaultOneUnavailable() {
    Worker worker = ws.workers().create(p -> p.friendlyName("Alex"));
    assertThat(worker.getActivityName()).isEqualTo("Offline");
    assertThat(worker.getAvailable()).isFalse();
    assertThat(worker.getAttributesAsMap()).isEmpty();
  }

  @Test
  void anUpdateWithTheCurrentETagSucceedsAndAStaleOneIsRefusedLeavingTheWorkerUnchanged() {
    Worker worker = ws.workers().create(p -> p.friendlyName("Jamie").attributes(Map.of("level", "junior")));
    String stale = worker.getETag();

    Worker promoted = ws.workers().update(worker.getSid(), p -> p.ifMatch(stale)
        .attributes(Map.of("level", "senior")).activitySid(available));
    assertThat(promoted.getAttributesAsMap()).isEqualTo(Map.of("level", "senior"));
    assertThat(promoted.getActivityName()).isEqualTo("Available");
    assertThat(promoted.getETag()).isNotEqualTo(stale);

    assertApiError(() -> ws.workers().update(worker.getSid(), p -> p.ifMatch(stale).friendlyName("Lost update")),
        PreconditionFailedException.class, 412, 20412, "ETag");

    Worker unchanged = ws.workers().fetch(worker.getSid());
    assertThat(unchanged.getFriendlyName()).isEqualTo("Jamie");
    assertThat(unchanged.getAttributesAsMap()).isEqualTo(Map.of("level", "senior"));
    assertThat(unchanged.getETag()).isEqualTo(promoted.getETag());
  }

  @Test
  void filtersWorkersByTargetWorkersExpressionActivityAndAvailability() {
    Worker jamie = ws.workers().create(p -> p.friendlyName("Jamie").activitySid(available)
        .attributes(Map.of("languages", List.of("en", "fr"), "team", "sales")));
    SERVER.clock().advanceSeconds(1);
    Worker alex = ws.workers().create(p -> p.friendlyName("Alex")
        .attributes(Map.of("languages", List.of("de"), "team", "support")));
    SERVER.clock().advanceSeconds(1);
    Worker sam = ws.workers().create(p -> p.friendlyName("Sam")
        .attributes(Map.of("languages", List.of("fr"), "team", "billing")));

    assertThat(sids(ws.workers().list(p -> p.targetWorkersExpression("languages HAS 'fr'")), Worker::getSid))
        .containsExactly(jamie.getSid(), sam.getSid());
    assertThat(sids(ws.workers().list(p -> p.targetWorkersExpression("team IN ['sales', 'support']")), Worker::getSid))
        .containsExactly(jamie.getSid(), alex.getSid());
    assertThat(sids(ws.workers().list(p -> p.targetWorkersExpression("languages HAS 'fr' AND team == 'billing'")),
        Worker::getSid))
        .containsExactly(sam.getSid());
    assertThat(sids(ws.workers().list(p -> p.available(true)), Worker::getSid)).containsExactly(jamie.getSid());
    assertThat(sids(ws.workers().list(p -> p.activityName("Offline")), Worker::getSid))
        .containsExactly(alex.getSid(), sam.getSid());
    assertThat(sids(ws.workers().list(p -> p.friendlyName("Alex")), Worker::getSid)).containsExactly(alex.getSid());
    assertThat(sids(ws.workers().list(p -> p.ordering("DateCreated:desc")), Worker::getSid))
        .containsExactly(sam.getSid(), alex.getSid(), jamie.getSid());
  }

  @Test
  void aDeletedWorkerIsNotFound() {
    Worker worker = ws.workers().create(p -> p.friendlyName("Jamie"));

    assertApiError(() -> ws.workers().delete(worker.getSid(), p -> p.ifMatch("\"999\"")),
        PreconditionFailedException.class, 412, 20412, "ETag");
    assertThat(ws.workers().fetch(worker.getSid()).getFriendlyName()).isEqualTo("Jamie");

    ws.workers().delete(worker.getSid(), p -> p.ifMatch(worker.getETag()));

    assertApiError(() -> ws.workers().fetch(worker.getSid()), NotFoundException.class, 404, 20404, "was not found");
    assertThat(ws.workers().list().toList()).isEmpty();
  }
}
