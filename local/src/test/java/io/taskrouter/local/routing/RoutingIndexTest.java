package io.taskrouter.local.routing;

import static io.taskrouter.local.routing.Fixtures.OFFLINE;
import static io.taskrouter.local.routing.Fixtures.at;
import static io.taskrouter.local.routing.Fixtures.queue;
import static io.taskrouter.local.routing.Fixtures.task;
import static io.taskrouter.local.routing.Fixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingIndexTest {

  private static final Instant NOW = at(1_000);

  private final RoutingIndex single = new RoutingIndex(false, TaskOrder.FIFO);

  /** The offers as "task→worker,worker" strings, in decision order. */
  private static List<String> offers(RoutingIndex index) {
    List<String> made = new ArrayList<>();
    for (Offer offer : index.nextOffers(NOW)) {
      made.add(offer.taskSid() + "→" + String.join(",", offer.workerSids()));
    }
    return made;
  }

  private static Step stepIn(String queue, StepTarget target, int priority) {
    return new Step(0, null, 0, target, queue, priority, null);
  }

  private static StepTarget targetWith(String expression, String orderBy) {
    return StepTarget.parse("WQ1", null, null, expression, orderBy, null, null, null);
  }

  @Test
  void fifoQueueOffersHigherPriorityFirstThenOldest_lifoNewestWhateverThePriority() {
    RoutingIndex fifo = new RoutingIndex(false, TaskOrder.FIFO);
    RoutingIndex lifo = new RoutingIndex(false, TaskOrder.FIFO);
    fifo.putQueue(queue("WQ1", "1 == 1"));
    lifo.putQueue(queue("WQ1", "1 == 1", TaskOrder.LIFO, 1));
    for (RoutingIndex index : List.of(fifo, lifo)) {
      index.placeTaskInQueue(task("WTold", 0, 10, Map.of()), "WQ1");
      index.placeTaskInQueue(task("WTnew", 0, 30, Map.of()), "WQ1");
      index.placeTaskInQueue(task("WTurgent", 5, 40, Map.of()), "WQ1");
      index.placeTaskInQueue(task("WTmid", 0, 20, Map.of()), "WQ1");
      assertThat(offers(index)).isEmpty();
    }
    List<String> fifoOrder = new ArrayList<>();
    List<String> lifoOrder = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      fifo.putWorker(worker("WK" + i, 0));
      lifo.putWorker(worker("WK" + i, 0));
      fifoOrder.add(fifo.nextOffers(NOW).get(0).taskSid());
      lifoOrder.add(lifo.nextOffers(NOW).get(0).taskSid());
    }

    assertThat(fifoOrder).containsExactly("WTurgent", "WTold", "WTmid", "WTnew");
    assertThat(lifoOrder).containsExactly("WTurgent", "WTnew", "WTmid", "WTold");
  }

  @Test
  void workerInTwoQueuesGetsTheTaskOfTheKindTheWorkspacePrioritizes() {
    for (TaskOrder workspace : TaskOrder.values()) {
      RoutingIndex index = new RoutingIndex(false, workspace);
      index.putQueue(queue("WQfifo", "1 == 1", TaskOrder.FIFO, 1));
      index.putQueue(queue("WQlifo", "1 == 1", TaskOrder.LIFO, 1));
      index.placeTaskInQueue(task("WTfifoOld", 0, 0, Map.of()), "WQfifo");
      index.placeTaskInQueue(task("WTfifoNew", 9, 50, Map.of()), "WQfifo");
      index.placeTaskInQueue(task("WTlifoOld", 0, 10, Map.of()), "WQlifo");
      index.placeTaskInQueue(task("WTlifoNew", 0, 40, Map.of()), "WQlifo");

      index.putWorker(worker("WK1", 0));

      assertThat(offers(index)).as("prioritize_queue_order " + workspace).containsExactly(
          workspace == TaskOrder.FIFO ? "WTfifoNew→WK1" : "WTlifoNew→WK1");
    }
  }

  @Test
  void freeWorkerGetsTheFirstTaskAcrossItsQueues_byPriorityThenAge() {
    single.putQueue(queue("WQa", "a == true"));
    single.putQueue(queue("WQb", "b == true"));
    single.placeTaskInQueue(task("WTa", 1, 50, Map.of()), "WQa");
    single.placeTaskInQueue(task("WTb", 1, 20, Map.of()), "WQb");
    single.placeTaskInQueue(task("WTb2", 0, 0, Map.of()), "WQb");

    single.putWorker(worker("WK1", 0, Map.of("a", true, "b", true)));

    assertThat(offers(single)).containsExactly("WTb→WK1");
  }

  @Test
  void longestIdleWorkerFirst_tiesBySid_andOnlyMembersOfTheQueue() {
    single.putQueue(queue("WQ1", "team == 'x'"));
    single.putWorker(worker("WKb", 5, Map.of("team", "x")));
    single.putWorker(worker("WKa", 5, Map.of("team", "x")));
    single.putWorker(worker("WKc", 9, Map.of("team", "x")));
    single.putWorker(worker("WKout", 0, Map.of("team", "y")));
    assertThat(offers(single)).isEmpty();

    single.placeTaskInQueue(task("WT1", 0), "WQ1");
    single.placeTaskInQueue(task("WT2", 1), "WQ1");
    single.placeTaskInQueue(task("WT3", 2), "WQ1");
    single.placeTaskInQueue(task("WT4", 3), "WQ1");

    assertThat(offers(single)).containsExactly("WT1→WKa", "WT2→WKb", "WT3→WKc");
    assertThat(single.membersOf("WQ1")).containsExactly("WKa", "WKb", "WKc");
  }

  @Test
  void targetExpressionSeesTaskAndWorkerKeysAndBuiltIns() {
    single.putQueue(queue("WQ1", "1 == 1"));
    single.putWorker(worker("WK1", 0, Map.of("agent", "ann")));
    single.putWorker(worker("WK2", 1, Map.of("agent", "bob")));
    single.putWorker(worker("WK3", 2, Map.of("agent", "cy")));
    StepTarget byAgent = targetWith("task.wanted == worker.agent", null);
    StepTarget bySid = targetWith("worker.sid == 'WK3' AND worker.activity_name == 'Available'"
        + " AND worker.channel.voice.available_capacity_percentage == 100", null);

    single.placeTask(task("WT1", 0, 0, Map.of("wanted", "bob")), stepIn("WQ1", byAgent, 0));
    single.placeTask(task("WT2", 0, 1, Map.of()), stepIn("WQ1", bySid, 0));

    assertThat(offers(single)).containsExactly("WT1→WK2", "WT2→WK3");
  }

  @Test
  void orderByIntegersAscOrDesc_missingLast_tiesToLongestIdleThenSid() {
    single.putQueue(queue("WQ1", "1 == 1"));
    single.putWorker(worker("WKlow", 0, Map.of("level", 1)));
    single.putWorker(worker("WKhigh", 4, Map.of("level", 9)));
    single.putWorker(worker("WKnone", 0, Map.of()));
    single.putWorker(worker("WKtext", 0, Map.of("level", "9")));
    single.putWorker(worker("WKhigh2", 4, Map.of("level", 9, "years", 3)));
    single.putWorker(worker("WKhigh3", 2, Map.of("level", 9)));
    StepTarget desc = targetWith(null, "worker.level DESC, worker.years DESC");

    List<String> order = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      single.placeTask(task("WT" + i, i), stepIn("WQ1", desc, 0));
      order.add(single.nextOffers(NOW).get(0).workerSids().get(0));
    }

    assertThat(order).containsExactly("WKhigh2", "WKhigh3", "WKhigh", "WKlow", "WKnone", "WKtext");

    RoutingIndex asc = new RoutingIndex(false, TaskOrder.FIFO);
    asc.putQueue(queue("WQ1", "1 == 1"));
    asc.putWorker(worker("WKnone", 0, Map.of()));
    asc.putWorker(worker("WKhigh", 0, Map.of("level", 9)));
    asc.putWorker(worker("WKlow", 5, Map.of("level", 1)));
    asc.placeTask(task("WT1", 0), stepIn("WQ1", targetWith(null, "worker.level ASC"), 0));
    assertThat(offers(asc)).containsExactly("WT1→WKlow");
  }

  @Test
  void knownWorkerBySidOrFriendlyName_noneOrUnknownWaits() {
    single.putQueue(queue("WQ1", "1 == 1"));
    single.putWorker(worker("WK1", 0));
    single.putWorker(worker("WK2", 5));
    StepTarget bySid = StepTarget.parse("WQ1", null, null, null, null, null, "task.agent", null);
    StepTarget byName = StepTarget.parse("WQ1", null, null, null, null, null, null, "task.agent");

    single.placeTask(task("WTnull", 0, 0, java.util.Collections.singletonMap("agent", null)),
        stepIn("WQ1", bySid, 0));
    single.placeTask(task("WTunknown", 0, 1, Map.of("agent", "WKnobody")), stepIn("WQ1", bySid, 0));
    single.placeTask(task("WTsid", 0, 2, Map.of("agent", "WK2")), stepIn("WQ1", bySid, 0));
    single.placeTask(task("WTname", 0, 3, Map.of("agent", "name-WK1")), stepIn("WQ1", byName, 0));

    assertThat(offers(single)).containsExactly("WTsid→WK2", "WTname→WK1");
  }

  @Test
  void maxReservedWorkersOffersOneTaskToSeveral() {
    single.putQueue(queue("WQ1", "1 == 1", TaskOrder.FIFO, 2));
    for (int i = 1; i <= 3; i++) {
      single.putWorker(worker("WK" + i, i));
    }
    single.placeTaskInQueue(task("WT1", 0), "WQ1");

    assertThat(offers(single)).containsExactly("WT1→WK1,WK2");
    single.holdEnded("WK1", "WT1", true);
    assertThat(offers(single)).as("a freed slot goes to the next worker").containsExactly("WT1→WK3");
  }

  @Test
  void singleTaskingWorkerHoldsOneReservation_multitaskingUpToChannelCapacity() {
    RoutingIndex multi = new RoutingIndex(true, TaskOrder.FIFO);
    for (RoutingIndex index : List.of(single, multi)) {
      index.putQueue(queue("WQ1", "1 == 1"));
      index.putWorker(new WorkerSpec("WK1", "one", Map.of(), Fixtures.AVAILABLE, "Available", true,
          Map.of("default", new WorkerSpec.Channel(2, true)), at(0)));
      for (int i = 0; i < 3; i++) {
        index.placeTaskInQueue(task("WT" + i, i), "WQ1");
      }
    }

    assertThat(offers(single)).containsExactly("WT0→WK1");
    assertThat(offers(multi)).containsExactly("WT0→WK1", "WT1→WK1");

    multi.holdAccepted("WK1", "WT0", at(500));
    multi.holdEnded("WK1", "WT0", false); // completed: a unit is free again
    assertThat(offers(multi)).containsExactly("WT2→WK1");
  }

  @Test
  void unavailableChannelGetsNoOffer_ignoreCapacityStillDoes() {
    RoutingIndex multi = new RoutingIndex(true, TaskOrder.FIFO);
    multi.putQueue(queue("WQ1", "1 == 1"));
    multi.putWorker(new WorkerSpec("WK1", "one", Map.of(), Fixtures.AVAILABLE, "Available", true,
        Map.of("default", new WorkerSpec.Channel(1, true), "voice", new WorkerSpec.Channel(1, false)), at(0)));
    RoutingTask voice = new RoutingTask("WTvoice", Map.of(), 0, at(0), at(0), "voice", false);
    RoutingTask pushed = new RoutingTask("WTpushed", Map.of(), 0, at(1), at(1), "default", true);
    multi.placeTaskInQueue(voice, "WQ1");
    multi.placeTaskInQueue(task("WTdefault", 2), "WQ1");

    assertThat(offers(multi)).containsExactly("WTdefault→WK1");
    multi.placeTaskInQueue(pushed, "WQ1");
    assertThat(offers(multi)).as("capacity used up, but ignored").containsExactly("WTpushed→WK1");

    multi.updateWorkerChannel("WK1", "voice", new WorkerSpec.Channel(1, true));
    assertThat(offers(multi)).containsExactly("WTvoice→WK1");
  }

  @Test
  void unavailableActivityGetsNoOffer_becomingAvailableDoes() {
    single.putQueue(queue("WQ1", "1 == 1"));
    single.putWorker(new WorkerSpec("WK1", "one", Map.of(), OFFLINE, "Offline", false, Map.of(), at(0)));
    single.placeTaskInQueue(task("WT1", 0), "WQ1");
    assertThat(offers(single)).isEmpty();

    single.updateWorkerActivity("WK1", Fixtures.AVAILABLE, "Available", true, at(50));

    assertThat(offers(single)).containsExactly("WT1→WK1");
  }

  @Test
  void rejectingWorkerComesAfterTheOthers_butIsOfferedAgainWhenAlone() {
    single.putQueue(queue("WQ1", "1 == 1"));
    single.putWorker(worker("WK1", 0));
    single.placeTaskInQueue(task("WT1", 0), "WQ1");
    assertThat(offers(single)).containsExactly("WT1→WK1");
    single.putWorker(worker("WK2", 10));

    single.holdEnded("WK1", "WT1", true);
    assertThat(offers(single)).as("next worker").containsExactly("WT1→WK2");

    single.holdEnded("WK2", "WT1", true);
    single.removeWorker("WK2");
    assertThat(offers(single)).as("the only one left").containsExactly("WT1→WK1");
  }

  @Test
  void attributeChangeReevaluatesThatWorker_expressionChangeEveryone() {
    single.putQueue(queue("WQ1", "skill == 'x'"));
    single.putWorker(worker("WK1", 0, Map.of("skill", "y")));
    single.putWorker(worker("WK2", 0, Map.of("skill", "z")));
    single.placeTaskInQueue(task("WT1", 0), "WQ1");
    single.placeTaskInQueue(task("WT2", 1), "WQ1");
    assertThat(offers(single)).isEmpty();

    single.updateWorkerAttributes("WK1", Map.of("skill", "x"));
    assertThat(offers(single)).containsExactly("WT1→WK1");
    single.putQueue(queue("WQ1", "skill == 'z'"));
    assertThat(offers(single)).containsExactly("WT2→WK2");
    assertThat(single.queuesOf("WK1")).isEmpty();
  }

  @Test
  void taskRoutedToAWorkerWaitsForThatWorkerOnly() {
    single.putWorker(worker("WK1", 0));
    single.placeTaskForWorker(new RoutingTask("WT1", Map.of(), 0, at(0), at(0), "default", true), "WK2");
    assertThat(offers(single)).isEmpty();

    single.putWorker(worker("WK2", 5));

    assertThat(offers(single)).containsExactly("WT1→WK2");
  }

  @Test
  void skipIfCountersAndImmediateOfferProbe() {
    single.putQueue(queue("WQ1", "1 == 1"));
    single.putWorker(worker("WK1", 0));
    single.putWorker(new WorkerSpec("WK2", "two", Map.of(), OFFLINE, "Offline", false, Map.of(), at(0)));
    Step step = stepIn("WQ1", targetWith("task.ok == true", null), 0);

    assertThat(single.workerCounts("WQ1"))
        .containsEntry("available", 1).containsEntry("unavailable", 1).containsEntry(OFFLINE, 1);
    assertThat(single.canOfferNow(task("WT1", 0, 0, Map.of("ok", true)), step, NOW)).isTrue();
    assertThat(single.canOfferNow(task("WT1", 0, 0, Map.of()), step, NOW)).isFalse();
  }

  @Test
  void unknownReferencesAreRefusedByName() {
    assertThatThrownBy(() -> single.placeTaskInQueue(task("WT1", 0), "WQmissing"))
        .hasMessageContaining("unknown queue WQmissing");
    assertThatThrownBy(() -> single.holdAccepted("WKmissing", "WT1", NOW))
        .hasMessageContaining("unknown worker WKmissing");
    single.putQueue(queue("WQ1", "1 == 1"));
    single.placeTaskInQueue(task("WT1", 0), "WQ1");
    assertThatThrownBy(() -> single.removeQueue("WQ1")).hasMessageContaining("still holds 1 tasks");
  }

  @Test
  void channelPseudoAttributesCountHeldAndAcceptedReservations() {
    RoutingIndex multi = new RoutingIndex(true, TaskOrder.FIFO);
    multi.putQueue(queue("WQ1", "1 == 1"));
    multi.putWorker(new WorkerSpec("WK1", "one", Map.of(), Fixtures.AVAILABLE, "Available", true,
        Map.of("default", new WorkerSpec.Channel(4, true)), at(0)));
    multi.placeTaskInQueue(task("WT1", 0), "WQ1");
    multi.placeTaskInQueue(task("WT2", 1), "WQ1");
    assertThat(offers(multi)).hasSize(2);
    multi.holdAccepted("WK1", "WT1", at(5));
    StepTarget half = targetWith("worker.channel.default.available_capacity_percentage == 50"
        + " AND worker.channel.default.assigned_tasks == 1"
        + " AND worker.channel.default.configured_capacity == 4", null);

    multi.placeTask(task("WT3", 2), stepIn("WQ1", half, 0));

    assertThat(offers(multi)).containsExactly("WT3→WK1");
    assertThat(TargetContext.percentFree(3, 1)).as("floor of 66.7").isEqualTo(66);
  }

  @Test
  void wrappingStillUsesCapacity_removedWorkerFreesItsPendingTask() {
    RoutingIndex multi = new RoutingIndex(true, TaskOrder.FIFO);
    multi.putQueue(queue("WQ1", "1 == 1"));
    multi.putWorker(worker("WK1", 0));
    multi.placeTaskInQueue(task("WT1", 0), "WQ1");
    multi.placeTaskInQueue(task("WT2", 1), "WQ1");
    assertThat(offers(multi)).containsExactly("WT1→WK1");
    multi.holdAccepted("WK1", "WT1", at(5));
    multi.holdWrapping("WK1", "WT1");
    assertThat(offers(multi)).as("wrapping holds the only unit").isEmpty();
    multi.holdEnded("WK1", "WT1", false);
    assertThat(offers(multi)).containsExactly("WT2→WK1");

    multi.putWorker(worker("WK2", 9));
    multi.removeWorker("WK1");

    assertThat(offers(multi)).containsExactly("WT2→WK2");
    assertThat(multi.hasTask("WT1")).isFalse();
  }
}
