package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskrouter.local.support.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

  @Test
  void parsesPortHostAndCredentials() {
    TaskRouterLocal.Builder builder = Main.parse(new String[] {"--port", "0", "--host", "127.0.0.1",
        "--account-sid", "AC" + "a".repeat(32), "--auth-token", "t", "--api-key", "SK" + "b".repeat(32) + ":s",
        "--seed", "3"}, print);
    try (TaskRouterLocal server = builder.start()) {
      assertThat(server.accountSid()).isEqualTo("AC" + "a".repeat(32));
      assertThat(server.acceptsAnyCredentials()).isFalse();
    }
  }

  @Test
  void acceptsSeveralAccountsAndKeysBoundToThem() {
    String first = "AC" + "1".repeat(32);
    String second = "AC" + "2".repeat(32);
    String key = "SK" + "3".repeat(32);
    TaskRouterLocal.Builder builder = Main.parse(new String[] {"--port", "0", "--account", first + ":t1",
        "--account", second + ":t:2", "--api-key", key + ":s:" + second}, print);
    try (TaskRouterLocal server = builder.start()) {
      ApiClient api = ApiClient.of(server.baseUrl());
      assertThat(server.accountSid()).isEqualTo(first);
      assertThat(api.withCredentials(second, "t:2").get("/v1/Workspaces").status()).as("colon in a token").isEqualTo(200);
      assertThat(api.withCredentials(first, "t:2").get("/v1/Workspaces").status()).isEqualTo(401);
      assertThat(api.withCredentials(key, "s").post("/v1/Workspaces", "FriendlyName", "K").string("account_sid"))
          .isEqualTo(second);
    }
  }

  @Test
  void aSeedIsAnyLong() {
    for (String seed : new String[] {"-9223372036854775808", "9223372036854775807", "20261201"}) {
      TaskRouterLocal.Builder builder = Main.parse(new String[] {"--port", "0", "--seed", seed}, print);
      try (TaskRouterLocal server = builder.start()) {
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
      }
    }
    assertThatThrownBy(() -> Main.parse(new String[] {"--seed", "9223372036854775808"}, print))
        .hasMessage("--seed takes a whole number from -9223372036854775808 to 9223372036854775807, "
            + "got '9223372036854775808'");
  }

  @Test
  void aPortInUseIsOneLineNotAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      TaskRouterLocal.Builder builder = Main.parse(new String[] {"--port", String.valueOf(taken.getLocalPort())}, print);
      assertThat(Main.startOrExplain(builder, new PrintStream(err, true, StandardCharsets.UTF_8))).isNull();
      assertThat(err.toString(StandardCharsets.UTF_8).strip())
          .startsWith("taskrouter-local: ")
          .contains(String.valueOf(taken.getLocalPort()), "already in use", "--port")
          .doesNotContain("\n", "\tat ");
    }
  }

  @Test
  void helpPrintsUsageAndStartsNothing() {
    assertThat(Main.parse(new String[] {"--help"}, print)).isNull();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port N");
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> Main.parse(new String[] {"--port"}, print)).hasMessageContaining("missing value");
    assertThatThrownBy(() -> Main.parse(new String[] {"--port", "eighty"}, print)).hasMessageContaining("number");
    assertThatThrownBy(() -> Main.parse(new String[] {"--verbose", "yes"}, print)).hasMessageContaining("unknown");
    assertThatThrownBy(() -> Main.parse(new String[] {"--auth-token", "t"}, print)).hasMessageContaining("both");
    assertThatThrownBy(() -> Main.parse(new String[] {"--api-key", "nocolon"}, print)).hasMessageContaining("SK...:SECRET");
  }
}
