package io.taskrouter.benchmarks;

/** One client under test: the same three calls, each returning something derived from the answer. */
interface Contender extends AutoCloseable {
  /** @return the fetched task's SID */
  String fetch();

  /** @return the created task's SID */
  String create();

  /** @return how many tasks a list of every page returned (1,000) */
  int listAll();

  /** @return how many tasks the 100,000-task list returned, counting without keeping them */
  long listHuge();

  static Contender named(String name, String origin) {
    switch (name) {
      case "sdk":
        return new SdkContender(origin);
      case "official":
        return new OfficialContender(origin);
      case "floor":
        return new FloorContender(origin);
      default:
        throw new IllegalArgumentException("contender must be sdk, official or floor, got " + name);
    }
  }

  @Override
  void close();
}
