package io.taskrouter.local.engine;

import io.taskrouter.local.match.AttributeMatcher;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * All state of the server. Only the engine thread touches it (see {@link Engine}); commands read
 * the current instant and caller from here, so that every date written during one command is the
 * same and timers see their own due instant.
 *
 * <p>Workspaces belong to the account that created them. While a command runs for a caller,
 * {@link #workspace} and {@link #workspaces} see only that account's workspaces: another
 * account's workspace is answered exactly like one that does not exist.
 */
public final class Store {
  private final String accountSid;
  private final SidGenerator sids;
  private final AttributeMatcher matcher;
  private static final System.Logger LOG = System.getLogger(Store.class.getName());

  private final Timers timers = new Timers();
  private volatile CallbackSink callbacks = CallbackSink.NONE;
  private final Map<String, WorkspaceState> workspaces = new LinkedHashMap<>();
  /** Workspaces with routing decisions to make, by creation rank; see {@link #settle}. */
  private final TreeMap<Long, WorkspaceState> unsettled = new TreeMap<>();
  private Instant now = Instant.EPOCH;
  private @Nullable Caller caller;
  private long sequence;
  /** Never reset, so list versions (ETags) never repeat during the server's life. */
  private long changes;

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

  /** The server's default account: the owner of workspaces created without a caller. */
  public String accountSid() {
    return accountSid;
  }

  public AttributeMatcher matcher() {
    return matcher;
  }

  CallbackSink callbacks() {
    return callbacks;
  }

  /** Connects the outbox; see {@link Engine#callbacks}. */
  void callbacks(CallbackSink sink) {
    this.callbacks = sink;
  }

  String newSid(String prefix) {
    return sids.next(prefix);
  }

  /** The creation rank of the next resource: creation order without relying on clocks or SIDs. */
  long nextSequence() {
    return ++sequence;
  }

  long nextChange() {
    return ++changes;
  }

  /**
   * Runs {@code action} once the clock reaches {@code due}, as the workspace (no caller), then
   * settles, as after any command. A timer that fails is logged: it must not fail the request
   * that happened to arrive after it was due.
   */
  void schedule(Instant due, Runnable action) {
    timers.schedule(due, at -> {
      now = at;
      caller = null;
      try {
        action.run();
        settle();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "timer due at " + at + " failed", e);
      }
    });
  }

  /** When the next timer is due, or null when none waits. */
  @Nullable Instant nextTimerDue() {
    return timers.nextDue();
  }

  /**
   * The one step that runs after every command and every timer: see {@link Engine}. What it does
   * is the workspace's own doing, not the caller's (events name the workspace as their actor).
   */
  void settle() {
    caller = null;
    while (!unsettled.isEmpty()) {
      WorkspaceState ws = unsettled.pollFirstEntry().getValue();
      if (workspaces.get(ws.sid()) == ws) {
        ws.routing().settle();
      }
    }
  }

  /**
   * The workspace's routing has decisions to make: the next settle visits it (and only the
   * workspaces so marked, in creation order, so a command costs the same however many there are).
   */
  void unsettled(WorkspaceState ws) {
    unsettled.put(ws.workspace().sequence(), ws);
  }

  void addWorkspace(WorkspaceState state) {
    workspaces.put(state.sid(), state);
  }

  void removeWorkspace(String sid) {
    workspaces.remove(Sids.normalize(sid));
  }

  /** The workspace, if the current caller's account owns it (any account's while a timer runs). */
  public Optional<WorkspaceState> workspace(String sid) {
    return anyWorkspace(sid).filter(this::visible);
  }

  /** The workspaces the current caller's account owns, in creation order. */
  public List<WorkspaceState> workspaces() {
    return workspaces.values().stream().filter(this::visible).toList();
  }

  /** Regardless of owner: for timers, which act for the workspace itself. */
  Optional<WorkspaceState> anyWorkspace(String sid) {
    return Optional.ofNullable(workspaces.get(Sids.normalize(sid)));
  }

  private boolean visible(WorkspaceState ws) {
    return caller == null || caller.accountSid().equals(ws.accountSid());
  }

  /** Forgets everything: used between tests. */
  void reset() {
    workspaces.clear();
    unsettled.clear();
    timers.clear();
    sids.restart();
  }
}
