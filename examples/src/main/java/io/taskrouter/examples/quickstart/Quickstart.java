package io.taskrouter.examples.quickstart;

import io.taskrouter.local.TaskRouterLocal;
import io.taskrouter.sdk.TaskRouter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The README's first command: the seed's whole story routed end to end, against a local TaskRouter
 * server started in this JVM (no account, no network), or elsewhere as {@link QuickstartTarget}
 * reads from the environment.
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    QuickstartTarget target;
    try {
      target = QuickstartTarget.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("quickstart: " + e.getMessage());
      System.exit(2);
      return;
    }
    run(target, System.out);
  }

  /** Runs the story against {@code target}, printing the trace to {@code out}. */
  static QuickstartStory.Outcome run(QuickstartTarget target, PrintStream out) {
    if (!target.startsLocalServer()) {
      out.println(target.isRealService()
          ? "Using the real TaskRouter service with account " + target.accountSidOrLocal().substring(0, 8) + "..."
          : "Using the TaskRouter server at " + target.baseUrl());
      return runAgainst(target, target.baseUrl(), out, !target.keepWorkspace());
    }
    try (TaskRouterLocal server = TaskRouterLocal.builder()
        .credentials(target.accountSidOrLocal(), target.authTokenOrLocal())
        .start()) {
      out.println("Started a local TaskRouter server at " + server.baseUrl());
      return runAgainst(target, server.baseUrl(), out, false);
    }
  }

  private static QuickstartStory.Outcome runAgainst(QuickstartTarget target, String baseUrl, PrintStream out,
      boolean deleteWorkspace) {
    TaskRouter.Builder builder = TaskRouter.builder().credentials(target.accountSidOrLocal(), target.authTokenOrLocal());
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    try (TaskRouter client = builder.build()) {
      Map<String, String> workerNames = new ConcurrentHashMap<>();
      QuickstartStory story = new QuickstartStory(client, out, Duration.ofSeconds(30), workerNames);
      QuickstartStory.Outcome outcome = story.run(desks(target, client, workerNames));
      if (deleteWorkspace) {
        client.workspaces().delete(outcome.workspaceSid());
        out.println("Deleted workspace " + outcome.workspaceSid() + " (set TASKROUTER_KEEP_WORKSPACE=true to keep it)");
      }
      return outcome;
    }
  }

  /**
   * The callback endpoint wherever the server can reach it: always for a server on this machine,
   * for the real service only through a public URL; otherwise reservations are answered by REST.
   */
  private static Function<Decisions, ReservationDesk> desks(QuickstartTarget target, TaskRouter client,
      Map<String, String> workerNames) {
    if (target.isRealService() && target.publicCallbackUrl() == null) {
      return decisions -> new RestDesk(client, decisions, workerNames);
    }
    return decisions -> {
      CallbackDesk desk = new CallbackDesk(target.authTokenOrLocal(), target.isRealService() ? target.callbackPort() : 0,
          target.publicCallbackUrl(), workerNames);
      desk.decideWith(decisions);
      return desk;
    };
  }
}
