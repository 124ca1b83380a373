package io.taskrouter.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Wall time per call of the three contenders, in one run, against one loopback server: fetch one
 * task, create one task, list 1,000 tasks over 20 pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {
  @Param({"sdk", "official", "floor"})
  public String contender;

  private LoopbackServer server;
  private Contender client;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new LoopbackServer();
    client = Contender.named(contender, server.origin());
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    client.close();
    server.close();
  }

  @Benchmark
  public String fetch() {
    return client.fetch();
  }

  @Benchmark
  public String create() {
    return client.create();
  }

  @Benchmark
  public int list1000() {
    return client.listAll();
  }
}
