package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --allow-callback-host}: repeatable, {@code *} for any host, a malformed host refused by name. */
class CallbackHostOptionTest {
  private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void takesHostNamesAddressesAndAStar() {
    TaskRouterLocal.Builder builder = Main.parse(new String[] {"--port", "0", "--allow-callback-host",
        "hooks.example.com", "--allow-callback-host", "10.0.0.5", "--allow-callback-host", "*"}, out);
    try (TaskRouterLocal server = builder.start()) {
      assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
    }
  }

  @Test
  void refusesAUrlWhereAHostBelongs() {
    assertThatThrownBy(() -> Main.parse(new String[] {"--allow-callback-host", "https://hooks.example.com/cb"}, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowed callback host must be a host name, an IP address or '*', was 'https://hooks.example.com/cb'");
  }

  @Test
  void theUsageNamesTheOption() {
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    assertThat(Main.parse(new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8))).isNull();
    assertThat(help.toString(StandardCharsets.UTF_8)).contains("--allow-callback-host HOST");
  }
}
