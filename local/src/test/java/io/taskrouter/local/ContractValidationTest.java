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

/** The contract check is on whenever the spec exists, and it does catch a response that breaks it. */
class ContractValidationTest extends ServerTest {

  @Test
  void isOnWhenTheSpecExists() {
    boolean specExists = Files.isRegularFile(Path.of(System.getProperty("taskrouter.spec",
        "../openapi/taskrouter.yaml")));
    boolean off = System.getProperty("taskrouter.contract", "auto").equals("off");
    assertThat(ContractValidator.instance().enabled()).isEqualTo(specExists && !off);
    if (ContractValidator.instance().enabled()) {
      long before = ContractValidator.validatedCount();
      api().get("/v1/Workspaces");
      assertThat(ContractValidator.validatedCount()).isGreaterThan(before);
    }
  }

  @Test
  void catchesAResponseThatBreaksTheSpec() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(ContractValidator.instance().enabled(), "no spec to validate against");
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
