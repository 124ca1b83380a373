package io.taskrouter.local.engine;

import java.util.HexFormat;
import java.util.Random;

/**
 * Makes SIDs: two letters and 32 lowercase hex digits. Seeded, and only ever called on the engine
 * thread, so the same requests in the same order give the same SIDs (deterministic tests).
 */
public final class SidGenerator {
  private final long seed;
  private Random random;

  public SidGenerator(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  public String next(String prefix) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return prefix + HexFormat.of().formatHex(bytes);
  }

  void restart() {
    random = new Random(seed);
  }
}
