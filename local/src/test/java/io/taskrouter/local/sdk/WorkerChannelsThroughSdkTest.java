package io.taskrouter.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.sdk.BadRequestException;
import io.taskrouter.sdk.NotFoundException;
import io.taskrouter.sdk.WorkerScope;
import io.taskrouter.sdk.WorkspaceScope;
import io.taskrouter.sdk.model.WorkerChannel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkerChannelsThroughSdkTest extends SdkTest {
  private WorkspaceScope ws;
  private String workerSid;
  private WorkerScope worker;

  @BeforeEach
  void aWorker() {
    ws = emptyWorkspace();
    workerSid = ws.workers().create(p -> p.friendlyName("Jamie")).getSid();
    worker = ws.worker(workerSid);
  }

  @Test
  void aWorkerHasOneChannelPerTaskChannelWithCapacityOne() {
    List<WorkerChannel> channels = worker.channels().list().toList();

    assertThat(channels).extracting(WorkerChannel::getTaskChannelUniqueName)
        .containsExactly("voice", "sms", "chat", "video", "default");
    assertThat(channels).allSatisfy(channel -> {
      assertThat(channel.getSid()).matches("WC[0-9a-f]{32}");
      assertThat(channel.getWorkerSid()).isEqualTo(workerSid);
      assertThat(channel.getConfiguredCapacity()).isEqualTo(1);
      assertThat(channel.getAvailableCapacityPercentage()).isEqualTo(100);
      assertThat(channel.getAssignedTasks()).isZero();
      assertThat(channel.getAvailable()).isTrue();
    });
    String chatSid = ws.taskChannels().fetch("chat").getSid();
    assertThat(channels.get(2).getTaskChannelSid()).isEqualTo(chatSid);
  }

  @Test
  void fetchesAChannelBySidAndByTaskChannelName() {
    WorkerChannel voice = worker.channels().list().toList().get(0);

    assertThat(worker.channels().fetch(voice.getSid()).getTaskChannelUniqueName()).isEqualTo("voice");
    assertThat(worker.channels().fetch("voice").getSid()).isEqualTo(voice.getSid());
    assertApiError(() -> worker.channels().fetch("fax"), NotFoundException.class, 404, 20404, "was not found");
  }

  @Test
  void updatesTheCapacityAndAvailabilityOfOneChannel() {
    WorkerChannel voice = worker.channels().fetch("voice");

    WorkerChannel updated = worker.channels().update(voice.getSid(), p -> p.capacity(3).available(false));

    assertThat(updated.getConfiguredCapacity()).isEqualTo(3);
    assertThat(updated.getAvailable()).isFalse();
    WorkerChannel readBack = worker.channels().fetch("voice");
    assertThat(readBack.getConfiguredCapacity()).isEqualTo(3);
    assertThat(readBack.getAvailable()).isFalse();
    assertThat(worker.channels().fetch("sms").getConfiguredCapacity()).as("the other channels keep theirs")
        .isEqualTo(1);

    WorkerChannel none = worker.channels().update("voice", p -> p.capacity(0));
    assertThat(none.getConfiguredCapacity()).isZero();
    assertThat(none.getAvailableCapacityPercentage()).isZero();
  }

  @Test
  void aNegativeCapacityIsRefusedAndTheChannelKeepsItsCapacity() {
    worker.channels().update("chat", p -> p.capacity(2));

    assertApiError(() -> worker.channels().update("chat", p -> p.capacity(-1)),
        BadRequestException.class, 400, 20001, "Capacity");

    assertThat(worker.channels().fetch("chat").getConfiguredCapacity()).isEqualTo(2);
  }
}
