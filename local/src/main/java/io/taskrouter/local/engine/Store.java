package io.taskrouter.local.engine;

import io.taskrouter.local.match.AttributeMatcher;
import io.taskrouter.local.model.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * All state of the server. Only the engine thread touches it (see {@link Engine}); commands read
 * the current instant and caller from here, so that every date written during one command is the
 * same and timers see their own due instant.
 */
public final class Store {
  private final String accountSid;
  private final SidGenerator sids;
  private final AttributeMatcher matcher;
  private final Timers timers = new Timers();
  private final Map<String, WorkspaceState> workspaces = new LinkedHashMap<>();
  private Instant now = Instant.EPOCH;
  private @Nullable Caller caller;

  public Store(String accountSid, long seed, AttributeMatcher matcher) {
    this.accountSid = accountSid;
    this.sids = new SidGenerator(seed);
    this.matcher = matcher;
  }

  /** Called by the engine before each command: catch up with the clock, then run as {@code caller}. */
  void begin(Instant instant, @Nullable Caller commandCaller) {
    timers.runDue(instant);
    this.now = instant;
    this.caller = commandCaller;
  }

  public Instant now() {
    return now;
  }

  /** The API caller, or null while a timer runs (the workspace itself acts). */
  public @Nullable Caller caller() {
    return caller;
  }

  public String accountSid() {
    return accountSid;
  }

  public AttributeMatcher matcher() {
    return matcher;
  }

  public String newSid(String prefix) {
    return sids.next(prefix);
  }

  /** Runs {@code action} once the clock reaches {@code due}, as the workspace (no caller). */
  public void schedule(Instant due, Runnable action) {
    timers.schedule(due, at -> {
      now = at;
      caller = null;
      action.run();
    });
  }

  public WorkspaceState addWorkspace(Workspace workspace) {
    WorkspaceState state = new WorkspaceState(this, workspace);
    workspaces.put(workspace.sid, state);
    return state;
  }

  public Optional<WorkspaceState> workspace(String sid) {
    return Optional.ofNullable(workspaces.get(Sids.normalize(sid)));
  }

  public List<WorkspaceState> workspaces() {
    return new ArrayList<>(workspaces.values());
  }

  public void removeWorkspace(String sid) {
    workspaces.remove(Sids.normalize(sid));
  }

  /** Forgets everything: used between tests. */
  void reset() {
    workspaces.clear();
    timers.clear();
    sids.restart();
  }
}
