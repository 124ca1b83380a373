package io.taskrouter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.taskrouter.local.support.ApiClient;
import io.taskrouter.local.support.ContractValidator;
import io.taskrouter.local.support.ServerTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract check is always on, refuses to run without a spec, and does catch a response that breaks it. */
class ContractValidationTest extends ServerTest {

  @Test
  void validatesEveryResponse() {
    long before = ContractValidator.validatedCount();
    api().get("/v1/Workspaces");
    api().get("/v1/Workspaces/WS" + "0".repeat(32));
    assertThat(ContractValidator.validatedCount()).isGreaterThanOrEqualTo(before + 2);
  }

  @Test
  void aMissingOrUnreadableSpecFailsLoudly(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> ContractValidator.forSpec(dir.resolve("missing.yaml")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no readable file at");
    Path garbage = Files.writeString(dir.resolve("garbage.yaml"), "{{ not: [an openapi description");
    assertThatThrownBy(() -> ContractValidator.forSpec(garbage))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("could not read the API description");
  }

  @Test
  void catchesAResponseThatBreaksTheSpec() throws IOException {
    HttpServer liar = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    liar.createContext("/", exchange -> {
      byte[] body = "{\"workspaces\":\"not a list\",\"meta\":{}}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    liar.start();
    try {
      assertThatThrownBy(() -> ApiClient.of("http://127.0.0.1:" + liar.getAddress().getPort()).get("/v1/Workspaces"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("violates openapi/taskrouter.yaml");
    } finally {
      liar.stop(0);
    }
  }
}
