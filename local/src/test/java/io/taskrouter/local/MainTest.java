package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
