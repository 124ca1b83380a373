package io.taskrouter.local.routing;

import static io.taskrouter.local.routing.Fixtures.at;
import static io.taskrouter.local.routing.Fixtures.filter;
import static io.taskrouter.local.routing.Fixtures.target;
import static io.taskrouter.local.routing.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.routing.Placement.LeftWorkflow;
import io.taskrouter.local.routing.RoutingEvent.QueueEntered;
import io.taskrouter.local.routing.RoutingEvent.QueueMoved;
import io.taskrouter.local.routing.RoutingEvent.QueueTimedOut;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowRouterTest {

  /** A worker side where the named queues can offer at once; counters: nobody available. */
  private static StepProbe offersIn(String... queues) {
    Set<String> offering = Set.of(queues);
    return new StepProbe() {
      @Override
      public boolean canOfferNow(RoutingTask task, Step step, Instant now) {
        return offering.contains(step.queueSid());
      }

      @Override
      public Map<String, Integer> workerCounts(String queueSid) {
        return Map.of("available", 0, "unavailable", 2);
      }
    };
  }

  private static final StepProbe NOBODY = offersIn();

  private static Step step(Transition transition) {
    assertThat(transition.placement()).isInstanceOf(Step.class);
    return (Step) transition.placement();
  }

  private static StepTarget timed(String queue, int seconds) {
    return new StepTarget(queue, null, seconds, null, null, null, null);
  }

  private static StepTarget skippable(String queue, int seconds) {
    return StepTarget.parse(queue, null, seconds, null, null, "workers.available == 0", null, null);
  }

  private static List<String> types(Transition transition) {
    return transition.events().stream().map(RoutingEvent::type).toList();
  }

  @Test
  void firstMatchingFilterWins() {
    RoutingPlan plan = new RoutingPlan(List.of(
        filter("sales", "type == 'sales'", target("WQsales")),
        filter("any", "1 == 1", target("WQany"))), target("WQdefault"));

    Transition entered = new WorkflowRouter(plan).enter(task("WT1", 0, 0, Map.of("type", "sales")), at(0), NOBODY);

    assertThat(step(entered).queueSid()).isEqualTo("WQsales");
    assertThat(step(entered).filterName()).isEqualTo("sales");
    assertThat(types(entered)).containsExactly(
        "workflow.entered", "workflow.target-matched", "task-queue.entered");
  }

  @Test
  void defaultFilterWhenNoFilterMatches_unmatchedWithoutOne() {
    RoutingPlan plan = new RoutingPlan(List.of(filter(null, "type == 'sales'", target("WQsales"))),
        target("WQdefault"));
    RoutingTask other = task("WT1", 0, 0, Map.of("type", "support"));

    Step placed = step(new WorkflowRouter(plan).enter(other, at(0), NOBODY));
    Transition nowhere = new WorkflowRouter(new RoutingPlan(plan.filters(), null)).enter(other, at(0), NOBODY);

    assertThat(placed.isDefaultFilter()).isTrue();
    assertThat(placed.queueSid()).isEqualTo("WQdefault");
    assertThat(placed.timesOutAt()).isNull();
    assertThat(nowhere.placement()).isInstanceOf(Placement.Unmatched.class);
  }

  @Test
  void timeoutsAreCumulativeAgainstTaskAge_laterTargetsInheritTheQueue() {
    RoutingPlan plan = new RoutingPlan(List.of(filter(null, "1 == 1",
        timed("WQa", 10), new StepTarget(null, null, 10, null, null, null, null), timed("WQb", 10))), null);
    WorkflowRouter router = new WorkflowRouter(plan);
    RoutingTask task = task("WT1", 100);

    Step first = step(router.enter(task, at(100), NOBODY));
    Transition second = router.timedOut(first, task, at(110), NOBODY);
    Transition third = router.timedOut(step(second), task, at(120), NOBODY);

    assertThat(first.timesOutAt()).isEqualTo(at(110));
    assertThat(step(second).timesOutAt()).isEqualTo(at(120));
    assertThat(step(second).queueSid()).as("inherited").isEqualTo("WQa");
    assertThat(second.events()).containsExactly(new QueueTimedOut("WQa"),
        new RoutingEvent.TargetMatched(step(second)));
    assertThat(step(third).timesOutAt()).isEqualTo(at(130));
    assertThat(third.events()).contains(new QueueMoved("WQa", "WQb"), new QueueEntered("WQb"));
  }

  @Test
  void targetPriorityOverridesTheTasks_absentKeepsIt() {
    RoutingPlan plan = new RoutingPlan(List.of(filter(null, "1 == 1",
        new StepTarget("WQa", 7, 10, null, null, null, null), timed("WQa", 10))), null);
    WorkflowRouter router = new WorkflowRouter(plan);
    RoutingTask task = task("WT1", 3, 0, Map.of());

    Step first = step(router.enter(task, at(0), NOBODY));
    Step second = step(router.timedOut(first, task.withPriority(first.priority()), at(10), NOBODY));

    assertThat(first.priority()).isEqualTo(7);
    assertThat(second.priority()).as("kept from the step before").isEqualTo(7);
  }

  @Test
  void lastTargetTimeoutGoesToNextMatchingFilter_neverTheDefault() {
    RoutingPlan plan = new RoutingPlan(List.of(
        filter("first", "1 == 1", timed("WQa", 10)),
        filter("no", "1 == 0", timed("WQno", 10)),
        filter("third", "1 == 1", timed("WQc", 10))), target("WQdefault"));
    WorkflowRouter router = new WorkflowRouter(plan);
    RoutingTask task = task("WT1", 0);

    Step first = step(router.enter(task, at(0), NOBODY));
    Step third = step(router.timedOut(first, task, at(10), NOBODY));
    Transition out = router.timedOut(third, task, at(20), NOBODY);

    assertThat(third.filterName()).isEqualTo("third");
    assertThat(third.timesOutAt()).isEqualTo(at(20));
    assertThat(out.placement()).isEqualTo(new LeftWorkflow(LeftWorkflow.Reason.TIMED_OUT));
    assertThat(types(out)).containsExactly("task-queue.timeout", "workflow.timeout");
  }

  @Test
  void skipIfIsEvaluatedOnlyWhenNoOfferCanBeMadeAtOnce() {
    RoutingPlan plan = new RoutingPlan(List.of(filter(null, "1 == 1",
        skippable("WQa", 10), timed("WQb", 10))), null);
    WorkflowRouter router = new WorkflowRouter(plan);

    Step offered = step(router.enter(task("WT1", 0), at(0), offersIn("WQa")));
    Step skipped = step(router.enter(task("WT1", 0), at(0), NOBODY));

    assertThat(offered.queueSid()).isEqualTo("WQa");
    assertThat(skipped.queueSid()).isEqualTo("WQb");
    assertThat(skipped.timesOutAt()).as("a skipped step takes no time").isEqualTo(at(10));
  }

  @Test
  void skippingAFiltersLastTargetTriesLaterFiltersThenDefault_elseSkippedOut() {
    List<RoutingPlan.Filter> filters = List.of(filter(null, "1 == 1", skippable("WQa", 10)));

    Step fallback = step(new WorkflowRouter(new RoutingPlan(filters, target("WQdefault")))
        .enter(task("WT1", 0), at(0), NOBODY));
    Transition out = new WorkflowRouter(new RoutingPlan(filters, null)).enter(task("WT1", 0), at(0), NOBODY);

    assertThat(fallback.isDefaultFilter()).isTrue();
    assertThat(out.placement()).isEqualTo(new LeftWorkflow(LeftWorkflow.Reason.SKIPPED));
    assertThat(types(out)).containsExactly("workflow.entered", "workflow.skipped");
  }

  @Test
  void timeOfDayVariablesAreUtcAtTheDecisionInstant() {
    RoutingPlan plan = new RoutingPlan(List.of(
        filter("office", "taskrouter.currentTime >= 800 AND taskrouter.currentTime < 1730"
            + " AND taskrouter.dayOfWeek == 'Mon' AND taskrouter.currentHour == 9"
            + " AND taskrouter.currentMin == 15", target("WQoffice"))), target("WQafter"));
    WorkflowRouter router = new WorkflowRouter(plan);

    assertThat(step(router.enter(task("WT1", 0), Instant.parse("2026-01-05T09:15:00Z"), NOBODY)).queueSid())
        .isEqualTo("WQoffice");
    assertThat(step(router.enter(task("WT1", 0), Instant.parse("2026-01-06T09:15:00Z"), NOBODY)).queueSid())
        .as("a Tuesday").isEqualTo("WQafter");
  }

  @Test
  void reevaluationRestartsFromTheTopKeepingAge() {
    RoutingPlan plan = new RoutingPlan(List.of(
        filter("vip", "vip == true", timed("WQvip", 10), timed("WQvip2", 30)),
        filter("rest", "1 == 1", target("WQrest"))), null);
    WorkflowRouter router = new WorkflowRouter(plan);
    RoutingTask plain = task("WT1", 0, 0, Map.of());
    Step waiting = step(router.enter(plain, at(0), NOBODY));

    Transition again = router.reevaluate(waiting, task("WT1", 0, 0, Map.of("vip", true)), at(15), NOBODY);
    Transition same = router.reevaluate(waiting, plain, at(15), NOBODY);

    assertThat(step(again).queueSid()).as("step 1 ended at age 10").isEqualTo("WQvip2");
    assertThat(step(again).timesOutAt()).isEqualTo(at(40));
    assertThat(again.events()).contains(new QueueMoved("WQrest", "WQvip2"));
    assertThat(types(again)).doesNotContain("workflow.entered");
    assertThat(same.events()).isEmpty();
  }

  @Test
  void planShapesAreChecked() {
    assertThatThrownBy(() -> filter("f", "1 == 1", new StepTarget(null, null, 5, null, null, null, null)))
        .hasMessageContaining("first target of filter f must name a queue");
    assertThatThrownBy(() -> StepTarget.parse("WQa", null, 0, null, null, null, null, null))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> StepTarget.parse("WQa", null, null, null, null, null, "task.a", "task.b"))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> StepTarget.parse("WQa", null, null, "agent == 'x'", null, null, null, null))
        .hasMessageContaining("task. or worker.");
    assertThatThrownBy(() -> OrderBy.parse("worker.level UP")).hasMessageContaining("'worker.level UP'");
    assertThatThrownBy(() -> router(filter(null, "1 == 1", timed("WQa", 10)))
        .timedOut(step(router(filter(null, "1==1", target("WQa"))).enter(task("WT1", 0), at(0), NOBODY)),
            task("WT1", 0), at(0), NOBODY))
        .hasMessageContaining("has no timeout");
  }

  private static WorkflowRouter router(RoutingPlan.Filter... filters) {
    return new WorkflowRouter(new RoutingPlan(List.of(filters), null));
  }

  @Test
  void skipIfWithTheIndexAsProbe_skipsOnlyWhileNobodyCanTakeTheTask() {
    RoutingIndex index = new RoutingIndex(false, TaskOrder.FIFO);
    index.putQueue(Fixtures.queue("WQa", "1 == 1"));
    index.putQueue(Fixtures.queue("WQb", "1 == 1"));
    WorkflowRouter router = router(filter(null, "1 == 1",
        StepTarget.parse("WQa", null, 10, null, null, "1 == 1", null, null), timed("WQb", 10)));

    Step empty = step(router.enter(task("WT1", 0), at(0), index));
    index.putWorker(Fixtures.worker("WK1", 0));
    Step staffed = step(router.enter(task("WT1", 0), at(0), index));

    assertThat(empty.queueSid()).isEqualTo("WQb");
    assertThat(staffed.queueSid()).isEqualTo("WQa");
  }
}
