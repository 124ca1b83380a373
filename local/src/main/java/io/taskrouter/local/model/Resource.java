package io.taskrouter.local.model;

import java.time.Instant;

/** What every stored resource has: its SID, its dates and a revision counter (the ETag). */
public abstract class Resource {
  public final String sid;
  public final Instant dateCreated;
  public Instant dateUpdated;
  /** Starts at 0 and grows by one on every change; sent as the ETag and compared with If-Match. */
  public long revision;

  protected Resource(String sid, Instant created) {
    this.sid = sid;
    this.dateCreated = created;
    this.dateUpdated = created;
  }

  /** Records a change made at {@code now}. */
  public void touch(Instant now) {
    dateUpdated = now;
    revision++;
  }
}
