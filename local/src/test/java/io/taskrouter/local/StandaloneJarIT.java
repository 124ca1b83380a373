package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.Reply;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged jar runs on its own: {@code java -jar taskrouter-local-<v>.jar --port 0}. */
class StandaloneJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @Test
  void theExecutableJarServesTheApi() throws Exception {
    Path jar = Path.of(System.getProperty("taskrouter.jar", "target/taskrouter-local.jar"));
    assertThat(jar).exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0",
        "--account-sid", "AC" + "c".repeat(32), "--auth-token", "jar-token")
        .redirectErrorStream(true).start();
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = output.readLine();
      assertThat(line).as("first line of output").isNotNull();
      Matcher m = LISTENING.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      ApiClient api = ApiClient.of(m.group(1)).withCredentials("AC" + "c".repeat(32), "jar-token");

      Reply created = api.post("/v1/Workspaces", "FriendlyName", "From the jar", "Template", "FIFO");
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.string("url")).startsWith(m.group(1));
      assertThat(api.get("/v1/Workspaces/" + created.sid() + "/Workflows").list("workflows")).hasSize(1);
      assertThat(api.withCredentials("AC" + "c".repeat(32), "wrong").get("/v1/Workspaces").status()).isEqualTo(401);
      assertThat(Files.size(jar)).as("Moshi is inside").isGreaterThan(500_000);
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }
}
