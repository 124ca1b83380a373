package io.taskrouter.benchmarks;

import io.taskrouter.sdk.TaskRouter;
import java.util.Collections;

/** This SDK, as its README uses it. */
final class SdkContender implements Contender {
  private final TaskRouter client;

  SdkContender(String origin) {
    client = TaskRouter.builder().credentials(Fixtures.ACCOUNT, Fixtures.TOKEN).baseUrl(origin).build();
  }

  @Override
  public String fetch() {
    return client.workspace(Fixtures.WORKSPACE).tasks().fetch(Fixtures.TASK).getSid();
  }

  @Override
  public String create() {
    return client.workspace(Fixtures.WORKSPACE).tasks()
        .create(p -> p.workflowSid(Fixtures.WORKFLOW).attributes(Collections.singletonMap("type", "support")))
        .getSid();
  }

  @Override
  public int listAll() {
    return (int) client.workspace(Fixtures.WORKSPACE).tasks().list(p -> p.pageSize((long) Fixtures.LIST_PAGE))
        .stream().count();
  }

  @Override
  public long listHuge() {
    return client.workspace(Fixtures.BIG_WORKSPACE).tasks().list(p -> p.pageSize((long) Fixtures.BIG_PAGE))
        .stream().count();
  }

  @Override
  public void close() {
    client.close();
  }
}
