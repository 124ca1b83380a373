package io.taskrouter.local.render;

import io.taskrouter.local.wire.generated.ListMetaSource;
import io.taskrouter.local.wire.generated.TaskQueuesStatisticsListSource;
import io.taskrouter.local.wire.generated.TaskQueuesStatisticsSource;
import java.util.List;

/** A page of queue statistics as the generated writer reads it. */
public record TaskQueuesStatisticsList(List<TaskQueuesStatisticsSource> taskQueuesStatistics, ListMetaSource meta)
    implements TaskQueuesStatisticsListSource {}
