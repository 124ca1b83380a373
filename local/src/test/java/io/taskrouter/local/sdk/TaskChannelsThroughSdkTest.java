package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.Task;
import io.taskrouter.sdk.model.TaskChannel;
import org.junit.jupiter.api.Test;

class TaskChannelsThroughSdkTest extends SdkTest {

  @Test
  void aNewWorkspaceHasTheFiveDefaultChannels() {
    WorkspaceScope ws = emptyWorkspace();
    assertThat(ws.taskChannels().list().toList()).extracting(TaskChannel::getUniqueName)
        .containsExactly("voice", "sms", "chat", "video", "default");
    assertThat(ws.taskChannels().list().toList()).allSatisfy(channel -> {
      assertThat(channel.getSid()).matches("TC[0-9a-f]{32}");
      assertThat(channel.getWorkspaceSid()).isEqualTo(ws.workspaceSid());
    });
  }

  @Test
  void createsAChannelAndFetchesItBySidAndByUniqueName() {
    WorkspaceScope ws = emptyWorkspace();
    TaskChannel created = ws.taskChannels().create(p -> p.friendlyName("E-mail").uniqueName("email")
        .channelOptimizedRouting(true));

    for (TaskChannel channel : new TaskChannel[] {ws.taskChannels().fetch(created.getSid()),
        ws.taskChannels().fetch("email")}) {
      assertThat(channel.getSid()).isEqualTo(created.getSid());
      assertThat(channel.getFriendlyName()).isEqualTo("E-mail");
      assertThat(channel.getUniqueName()).isEqualTo("email");
      assertThat(channel.getChannelOptimizedRouting()).isTrue();
      assertThat(channel.getDateCreated()).isEqualTo(now());
    }
    assertThat(ws.taskChannels().list().toList()).hasSize(6);
  }

  @Test
  void updatesAChannel() {
    WorkspaceScope ws = emptyWorkspace();
    ws.taskChannels().create(p -> p.friendlyName("E-mail").uniqueName("email").channelOptimizedRouting(true));

    TaskChannel updated = ws.taskChannels().update("email", p -> p.friendlyName("Mail").channelOptimizedRouting(false));

    assertThat(updated.getFriendlyName()).isEqualTo("Mail");
    assertThat(updated.getChannelOptimizedRouting()).isFalse();
    assertThat(ws.taskChannels().fetch("email").getFriendlyName()).isEqualTo("Mail");
  }

  @Test
  void aDeletedChannelIsNotFound() {
    WorkspaceScope ws = emptyWorkspace();
    TaskChannel email = ws.taskChannels().create(p -> p.friendlyName("E-mail").uniqueName("email"));

    ws.taskChannels().delete(email.getSid());

    assertApiError(() -> ws.taskChannels().fetch(email.getSid()), NotFoundException.class, 404, 20404,
        "was not found");
    assertThat(ws.taskChannels().list().toList()).extracting(TaskChannel::getUniqueName).doesNotContain("email");
  }

  @Test
  void aChannelWithAnOpenTaskIsNotDeletedAndNothingChanges() {
    WorkspaceScope ws = fifoWorkspace();
    Task task = ws.tasks().create(p -> p.taskChannel("chat"));
    String chat = ws.taskChannels().fetch("chat").getSid();

    assertApiError(() -> ws.taskChannels().delete("chat"), BadRequestException.class, 400, 20001,
        "Cannot delete TaskChannel " + chat + " (chat): it has 1 Task(s) that are not completed or canceled");

    assertThat(ws.taskChannels().fetch("chat").getSid()).isEqualTo(chat);
    assertThat(ws.tasks().fetch(task.getSid()).getTaskChannelUniqueName()).isEqualTo("chat");
  }
}
