package io.taskrouter.local;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar taskrouter-local.jar [options]}: runs the server until interrupted.
 *
 * <p>The auth token is better passed in the environment ({@code TASKROUTER_AUTH_TOKEN}) than on
 * the command line, where other users of the machine can read it.
 */
public final class Main {
  private static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar taskrouter-local.jar [options]",
      "  --port N              port to listen on (default 8080; 0 picks a free one)",
      "  --host ADDRESS        address to listen on (default 127.0.0.1)",
      "  --account-sid AC...   account SID required as the Basic username (env TASKROUTER_ACCOUNT_SID)",
      "  --auth-token TOKEN    auth token required as the password (env TASKROUTER_AUTH_TOKEN)",
      "  --api-key SK...:SECRET  also accept this API key (repeatable)",
      "  --seed N              seed SID generation (deterministic SIDs)",
      "Without an account SID and auth token, any non-empty credentials are accepted.");

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    TaskRouterLocal.Builder builder;
    try {
      builder = parse(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (builder == null) {
      return;
    }
    TaskRouterLocal server = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "taskrouter-local-shutdown"));
    System.out.println("TaskRouter local server listening on " + server.baseUrl() + " (account " + server.accountSid()
        + (server.acceptsAnyCredentials() ? ", any credentials accepted)" : ")"));
    System.out.flush();
    stopped.await();
  }

  /** @return the configured builder, or null when only help was asked for */
  static TaskRouterLocal.Builder parse(String[] args, PrintStream out) {
    TaskRouterLocal.Builder builder = TaskRouterLocal.builder().port(8080);
    String accountSid = System.getenv("TASKROUTER_ACCOUNT_SID");
    String authToken = System.getenv("TASKROUTER_AUTH_TOKEN");
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        out.println(USAGE);
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(number(option, value));
        case "--host" -> builder.host(value);
        case "--account-sid" -> accountSid = value;
        case "--auth-token" -> authToken = value;
        case "--seed" -> builder.seed(number(option, value));
        case "--api-key" -> {
          int colon = value.indexOf(':');
          if (colon < 0) {
            throw new IllegalArgumentException("--api-key takes SID:SECRET");
          }
          builder.apiKey(value.substring(0, colon), value.substring(colon + 1));
        }
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if ((accountSid == null) != (authToken == null)) {
      throw new IllegalArgumentException("give both the account SID and the auth token, or neither");
    }
    if (accountSid != null) {
      builder.credentials(accountSid, authToken);
    }
    return builder;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, got '" + value + "'");
    }
  }
}
