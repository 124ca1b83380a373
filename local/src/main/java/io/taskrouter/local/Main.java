package io.taskrouter.local;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

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
      "  --account AC...:TOKEN accept this account (repeatable; the first account is the default one)",
      "  --api-key SK...:SECRET[:AC...]",
      "                        also accept this API key (repeatable), acting as the given account or the default one",
      "  --seed N              seed SID generation (any whole number; deterministic SIDs)",
      "  --max-body-bytes N    refuse request bodies above N bytes with 413 (default 1048576)",
      "  --max-header-bytes N  refuse a request line and headers above N bytes with 414/431 (default 8192)",
      "  --idle-timeout S      close connections silent for S seconds, mid-request or idle (default 30)",
      "  --allow-callback-host HOST",
      "                        also send callbacks to HOST (repeatable; * for any host; loopback is always allowed)",
      "Without any account or API key, any non-empty credentials are accepted.");

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
    TaskRouterLocal server = startOrExplain(builder, System.err);
    if (server == null) {
      System.exit(1);
      return;
    }
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

  /**
   * Starts the server, or says in one line why it cannot listen (a port in use is the usual case:
   * a stack trace would bury the one thing to change).
   *
   * @return the running server, or null after printing the reason to {@code err}
   */
  static @Nullable TaskRouterLocal startOrExplain(TaskRouterLocal.Builder builder, PrintStream err) {
    try {
      return builder.start();
    } catch (UncheckedIOException e) {
      String reason = String.valueOf(e.getCause().getMessage());
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof BindException) {
          reason = "the address is already in use; choose another port with --port (0 picks a free one)";
        }
      }
      err.println("taskrouter-local: " + e.getMessage() + ": " + reason);
      return null;
    }
  }

  /** @return the configured builder, or null when only help was asked for */
  static TaskRouterLocal.Builder parse(String[] args, PrintStream out) {
    TaskRouterLocal.Builder builder = TaskRouterLocal.builder().port(8080);
    String accountSid = System.getenv("TASKROUTER_ACCOUNT_SID");
    String authToken = System.getenv("TASKROUTER_AUTH_TOKEN");
    List<String[]> accounts = new ArrayList<>();
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
        case "--seed" -> builder.seed(longNumber(option, value));
        case "--max-body-bytes" -> builder.maxBodyBytes(number(option, value));
        case "--max-header-bytes" -> builder.maxHeaderBytes(number(option, value));
        case "--idle-timeout" -> builder.idleTimeout(Duration.ofSeconds(number(option, value)));
        case "--allow-callback-host" -> builder.allowCallbackHosts(value);
        case "--account" -> {
          String[] sidAndToken = split(option, value, "AC...:TOKEN");
          accounts.add(sidAndToken);
        }
        case "--api-key" -> {
          String[] sidAndSecret = split(option, value, "SK...:SECRET[:AC...]");
          String secret = sidAndSecret[1];
          int last = secret.lastIndexOf(':');
          String account = last < 0 ? null : secret.substring(last + 1);
          if (account != null && account.startsWith("AC") && account.length() == 34) {
            builder.apiKey(sidAndSecret[0], secret.substring(0, last), account);
          } else {
            builder.apiKey(sidAndSecret[0], secret);
          }
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
    for (String[] account : accounts) {
      builder.account(account[0], account[1]);
    }
    return builder;
  }

  /** {@code SID:SECRET}, split at the first colon (a secret may hold colons). */
  private static String[] split(String option, String value, String shape) {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(option + " takes " + shape);
    }
    return new String[] {value.substring(0, colon), value.substring(colon + 1)};
  }

  private static long longNumber(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number from " + Long.MIN_VALUE + " to "
          + Long.MAX_VALUE + ", got '" + value + "'");
    }
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, got '" + value + "'");
    }
  }
}
