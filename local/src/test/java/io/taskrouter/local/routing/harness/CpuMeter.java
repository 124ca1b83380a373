package io.taskrouter.local.routing.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time spent by this JVM and by its long-lived threads, grouped by name. On a machine shared
 * with other builds a rate moves with their load; the CPU a task costs moves far less, so the
 * harness reports both.
 */
final class CpuMeter {
  /** Thread name prefixes reported on their own (the rest: the SDK clients, GC, JIT). */
  static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("taskrouter-local-engine", "engine");
    GROUPS.put("taskrouter-local-http", "jetty");
    GROUPS.put("taskrouter-callback", "callback");
    GROUPS.put("harness-receiver", "receiver");
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds: the whole process, and per group. */
  record Sample(long process, Map<String, Long> groups) {
    /** Microseconds per unit of work between {@code before} and this sample, e.g. "total 412, engine 80, ...". */
    String perUnit(Sample before, long units) {
      StringBuilder text = new StringBuilder(String.format("total %.0f", (process - before.process) / 1e3 / units));
      long named = 0;
      for (String group : GROUPS.values()) {
        long spent = groups.getOrDefault(group, 0L) - before.groups.getOrDefault(group, 0L);
        named += spent;
        text.append(String.format(", %s %.0f", group, spent / 1e3 / units));
      }
      text.append(String.format(", clients+GC+JIT %.0f", (process - before.process - named) / 1e3 / units));
      return text.toString();
    }

    double totalPerUnit(Sample before, long units) {
      return (process - before.process) / 1e3 / units;
    }
  }

  static Sample sample() {
    Map<String, Long> groups = new LinkedHashMap<>();
    long[] ids = THREADS.getAllThreadIds();
    ThreadInfo[] infos = THREADS.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] == null) {
        continue;
      }
      for (Map.Entry<String, String> group : GROUPS.entrySet()) {
        if (infos[i].getThreadName().startsWith(group.getKey())) {
          long cpu = THREADS.getThreadCpuTime(ids[i]);
          if (cpu > 0) {
            groups.merge(group.getValue(), cpu, Long::sum);
          }
        }
      }
    }
    long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    return new Sample(process, groups);
  }

  private CpuMeter() {}
}
