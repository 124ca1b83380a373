// Generated from openapi/taskrouter.yaml by the TaskRouter code generator (codegen/, templates/).
// Do not edit: change the spec or the templates and regenerate.

package io.taskrouter.sdk.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The streaming adapter of every model, for Moshi: each reads its fields by name with
 * {@code JsonReader.Options} and sets them directly, so no model is read reflectively (and R8 need
 * not keep the models' fields).
 */
public final class ModelAdapters implements JsonAdapter.Factory {
  /** Shared and stateless. */
  public static final ModelAdapters INSTANCE = new ModelAdapters();

  private ModelAdapters() {}

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    if (type == Activity.class) {
      return new Activity.Adapter(moshi).nullSafe();
    }
    if (type == ActivityDuration.class) {
      return new ActivityDuration.Adapter(moshi).nullSafe();
    }
    if (type == ActivityList.class) {
      return new ActivityList.Adapter(moshi).nullSafe();
    }
    if (type == ActivityStatistic.class) {
      return new ActivityStatistic.Adapter(moshi).nullSafe();
    }
    if (type == ErrorBody.class) {
      return new ErrorBody.Adapter(moshi).nullSafe();
    }
    if (type == Event.class) {
      return new Event.Adapter(moshi).nullSafe();
    }
    if (type == EventList.class) {
      return new EventList.Adapter(moshi).nullSafe();
    }
    if (type == ListMeta.class) {
      return new ListMeta.Adapter(moshi).nullSafe();
    }
    if (type == Task.class) {
      return new Task.Adapter(moshi).nullSafe();
    }
    if (type == TaskChannel.class) {
      return new TaskChannel.Adapter(moshi).nullSafe();
    }
    if (type == TaskChannelList.class) {
      return new TaskChannelList.Adapter(moshi).nullSafe();
    }
    if (type == TaskList.class) {
      return new TaskList.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueue.class) {
      return new TaskQueue.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueueBulkRealTimeStatistics.class) {
      return new TaskQueueBulkRealTimeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueueBulkRealTimeStatisticsRequest.class) {
      return new TaskQueueBulkRealTimeStatisticsRequest.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueueCumulativeStatistics.class) {
      return new TaskQueueCumulativeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueueList.class) {
      return new TaskQueueList.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueueRealTimeStatistics.class) {
      return new TaskQueueRealTimeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueueStatistics.class) {
      return new TaskQueueStatistics.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueuesStatistics.class) {
      return new TaskQueuesStatistics.Adapter(moshi).nullSafe();
    }
    if (type == TaskQueuesStatisticsList.class) {
      return new TaskQueuesStatisticsList.Adapter(moshi).nullSafe();
    }
    if (type == TaskReservation.class) {
      return new TaskReservation.Adapter(moshi).nullSafe();
    }
    if (type == TaskReservationList.class) {
      return new TaskReservationList.Adapter(moshi).nullSafe();
    }
    if (type == TasksByStatus.class) {
      return new TasksByStatus.Adapter(moshi).nullSafe();
    }
    if (type == WaitDurationStatistics.class) {
      return new WaitDurationStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WaitTimeSplit.class) {
      return new WaitTimeSplit.Adapter(moshi).nullSafe();
    }
    if (type == WaitTimeSplitCounts.class) {
      return new WaitTimeSplitCounts.Adapter(moshi).nullSafe();
    }
    if (type == Worker.class) {
      return new Worker.Adapter(moshi).nullSafe();
    }
    if (type == WorkerChannel.class) {
      return new WorkerChannel.Adapter(moshi).nullSafe();
    }
    if (type == WorkerChannelList.class) {
      return new WorkerChannelList.Adapter(moshi).nullSafe();
    }
    if (type == WorkerInstanceStatistics.class) {
      return new WorkerInstanceStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkerList.class) {
      return new WorkerList.Adapter(moshi).nullSafe();
    }
    if (type == WorkerReservation.class) {
      return new WorkerReservation.Adapter(moshi).nullSafe();
    }
    if (type == WorkerReservationList.class) {
      return new WorkerReservationList.Adapter(moshi).nullSafe();
    }
    if (type == WorkerStatistics.class) {
      return new WorkerStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkersCumulativeStatistics.class) {
      return new WorkersCumulativeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkersRealTimeStatistics.class) {
      return new WorkersRealTimeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == Workflow.class) {
      return new Workflow.Adapter(moshi).nullSafe();
    }
    if (type == WorkflowCumulativeStatistics.class) {
      return new WorkflowCumulativeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkflowList.class) {
      return new WorkflowList.Adapter(moshi).nullSafe();
    }
    if (type == WorkflowRealTimeStatistics.class) {
      return new WorkflowRealTimeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkflowStatistics.class) {
      return new WorkflowStatistics.Adapter(moshi).nullSafe();
    }
    if (type == Workspace.class) {
      return new Workspace.Adapter(moshi).nullSafe();
    }
    if (type == WorkspaceCumulativeStatistics.class) {
      return new WorkspaceCumulativeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkspaceList.class) {
      return new WorkspaceList.Adapter(moshi).nullSafe();
    }
    if (type == WorkspaceRealTimeStatistics.class) {
      return new WorkspaceRealTimeStatistics.Adapter(moshi).nullSafe();
    }
    if (type == WorkspaceStatistics.class) {
      return new WorkspaceStatistics.Adapter(moshi).nullSafe();
    }
    return null;
  }
}
