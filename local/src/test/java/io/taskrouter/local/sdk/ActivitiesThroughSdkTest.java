package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Activity;
import io.taskrouter.sdk.model.Worker;
import org.junit.jupiter.api.Test;

class ActivitiesThroughSdkTest extends SdkTest {

  @Test
  void createsAnActivityAndReadsItBack() {
    WorkspaceScope ws = emptyWorkspace();
    Activity created = ws.activities().create(p -> p.friendlyName("Coffee Break").available(false));

    Activity fetched = ws.activities().fetch(created.getSid());
    assertThat(fetched.getSid()).matches("WA[0-9a-f]{32}");
    assertThat(fetched.getFriendlyName()).isEqualTo("Coffee Break");
    assertThat(fetched.getAvailable()).isFalse();
    assertThat(fetched.getWorkspaceSid()).isEqualTo(ws.workspaceSid());
    assertThat(fetched.getDateCreated()).isEqualTo(now());

    Activity working = ws.activities().create(p -> p.friendlyName("Working").available(true));
    assertThat(ws.activities().fetch(working.getSid()).getAvailable()).isTrue();
  }

  @Test
  void renamesAnActivityAndFiltersByAvailability() {
    WorkspaceScope ws = emptyWorkspace();
    Activity lunch = ws.activities().create(p -> p.friendlyName("Lunch").available(false));
    SERVER.clock().advanceSeconds(10);

    Activity renamed = ws.activities().update(lunch.getSid(), p -> p.friendlyName("Brunch"));

    assertThat(renamed.getFriendlyName()).isEqualTo("Brunch");
    assertThat(renamed.getAvailable()).isFalse();
    assertThat(renamed.getDateUpdated()).isEqualTo(now());
    assertThat(ws.activities().list(p -> p.available(true)).toList()).extracting(Activity::getFriendlyName)
        .containsExactly("Available");
    assertThat(ws.activities().list(p -> p.available(false)).toList()).extracting(Activity::getFriendlyName)
        .containsExactly("Offline", "Unavailable", "Brunch");
    assertThat(ws.activities().list(p -> p.friendlyName("Brunch")).toList()).extracting(Activity::getSid)
        .containsExactly(lunch.getSid());
  }

  @Test
  void aDeletedActivityIsNotFound() {
    WorkspaceScope ws = emptyWorkspace();
    Activity lunch = ws.activities().create(p -> p.friendlyName("Lunch").available(false));

    ws.activities().delete(lunch.getSid());

    assertApiError(() -> ws.activities().fetch(lunch.getSid()), NotFoundException.class, 404, 20404,
        "was not found");
    assertThat(ws.activities().list().toList()).extracting(Activity::getSid).doesNotContain(lunch.getSid());
  }

  @Test
  void anActivityWorkersAreInIsNotDeletedAndNothingChanges() {
    WorkspaceScope ws = emptyWorkspace();
    String unavailable = activitySid(ws, "Unavailable");
    Worker worker = ws.workers().create(p -> p.friendlyName("Jamie").activitySid(unavailable));

    assertApiError(() -> ws.activities().delete(unavailable), BadRequestException.class, 400, 20001,
        "Cannot delete Activity " + unavailable + " (Unavailable): 1 Worker(s) are in this activity");

    assertThat(ws.activities().fetch(unavailable).getFriendlyName()).isEqualTo("Unavailable");
    assertThat(ws.activities().list().toList()).hasSize(3);
    assertThat(ws.workers().fetch(worker.getSid()).getActivityName()).isEqualTo("Unavailable");
  }

  @Test
  void theDefaultActivityIsNotDeleted() {
    WorkspaceScope ws = emptyWorkspace();
    String offline = activitySid(ws, "Offline");

    assertApiError(() -> ws.activities().delete(offline), BadRequestException.class, 400, 20001,
        "it is the workspace's default activity");

    assertThat(client.workspaces().fetch(ws.workspaceSid()).getDefaultActivitySid()).isEqualTo(offline);
    assertThat(ws.activities().fetch(offline).getFriendlyName()).isEqualTo("Offline");
  }
}
