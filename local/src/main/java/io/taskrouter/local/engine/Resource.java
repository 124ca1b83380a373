package io.taskrouter.local.engine;

import java.time.Instant;

/**
 * What every stored resource has: its SID, its place in creation order, its dates and a revision
 * counter (the ETag). Fields are package-private: only the engine's lifecycles change a resource;
 * everyone else reads it through the accessors.
 */
public abstract class Resource {
  final String sid;
  /** Grows with every resource the store creates: the default list order, and where a page resumes. */
  final long sequence;
  final Instant dateCreated;
  Instant dateUpdated;
  /** Starts at 0 and grows by one on every change; sent as the ETag and compared with If-Match. */
  long revision;

  Resource(String sid, long sequence, Instant created) {
    this.sid = sid;
    this.sequence = sequence;
    this.dateCreated = created;
    this.dateUpdated = created;
  }

  public String sid() {
    return sid;
  }

  public long sequence() {
    return sequence;
  }

  public Instant dateCreated() {
    return dateCreated;
  }

  public Instant dateUpdated() {
    return dateUpdated;
  }

  public long revision() {
    return revision;
  }

  /** Records a change made at {@code now}. */
  void touch(Instant now) {
    dateUpdated = now;
    revision++;
  }
}
