package io.taskrouter.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs the server generator on a spec using constraints the TaskRouter spec does not use yet
 * (defaults, lengths, item patterns, a JSON body, nested and mapped schemas): each must reach the
 * generated code. The generated code itself is compiled and tested in {@code local/}.
 */
class TaskRouterServerCodegenTest {
  private static final Path TEMPLATES = Paths.get("../templates/server").toAbsolutePath().normalize();

  private static String generate(Path out, String file) throws IOException {
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName(TaskRouterServerCodegen.class.getName())
        .setInputSpec(Paths.get("src/test/resources/server-mini.yaml").toAbsolutePath().toString())
        .setTemplateDir(TEMPLATES.toString())
        .setOutputDir(out.toString());
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    return Files.readString(out.resolve("src/main/java/io/taskrouter/local/wire/generated").resolve(file));
  }

  @Test
  void everyConstraintOfAParameterReachesItsSpec(@TempDir Path out) throws IOException {
    String request = generate(out, "CreateProbeRequest.java");

    assertThat(request)
        .contains("public record CreateProbeRequest(")
        .contains("String workspaceSid,").contains("Optional<String> ifMatch,").contains("String friendlyName,")
        .contains("int timeout,").contains("Optional<String> order,").contains("List<String> tags")
        .contains("ParamSpec.of(\"If-Match\", ParamSpec.In.HEADER, ParamSpec.Type.STRING)")
        .contains("ParamSpec.of(\"FriendlyName\", ParamSpec.In.FORM, ParamSpec.Type.STRING).required().minLength(1).maxLength(64)")
        .contains(".minimum(1L).maximum(1209600L).defaultValue(\"86400\")")
        .contains(".oneOf(\"FIFO\", \"LIFO\")")
        .contains(".expression(\"worker\")")
        .contains("ParamSpec.Type.STRING).array().minItems(1).maxItems(5).pattern(\"^[a-z]+$\")")
        .contains("in.int32(TIMEOUT).orElseThrow(TIMEOUT::missing)")
        .contains("in.list(TAGS, String.class)");
  }

  @Test
  void aListSentAsOneCommaJoinedValueIsSplitAndOneThatAlsoRepeatsIsSplitToo(@TempDir Path out) throws IOException {
    String request = generate(out, "CreateProbeRequest.java");

    assertThat(request)
        .contains("List<Integer> thresholds,").contains("List<String> states,")
        .contains("ParamSpec.of(\"Thresholds\", ParamSpec.In.QUERY, ParamSpec.Type.INT32).array().commaSeparated(false).minimum(1L)")
        .contains("ParamSpec.of(\"States\", ParamSpec.In.QUERY, ParamSpec.Type.STRING).array().commaSeparated(true).oneOf(\"FIFO\", \"LIFO\")");
  }

  @Test
  void aBooleanFlagIsDecodedAsOneAndXServerBooleanMarksTheLenientOne(@TempDir Path out) throws IOException {
    String request = generate(out, "CreateProbeRequest.java");

    assertThat(request)
        .contains("Optional<Boolean> urgent,").contains("boolean enabled")
        .contains("ParamSpec.of(\"Urgent\", ParamSpec.In.FORM, ParamSpec.Type.BOOLEAN);")
        .contains("ParamSpec.of(\"Enabled\", ParamSpec.In.FORM, ParamSpec.Type.BOOLEAN).defaultValue(\"false\").lenientBoolean();");
  }

  @Test
  void aJsonBodyIsFlattenedIntoTheRecordAndItsSchemaGetsNoWriter(@TempDir Path out) throws IOException {
    String request = generate(out, "CreateProbeBulkRequest.java");

    assertThat(request).contains("List<String> names")
        .contains("ParamSpec.of(\"names\", ParamSpec.In.JSON, ParamSpec.Type.STRING).required().array().minItems(1).maxItems(50)");
    assertThat(Files.readString(out.resolve("src/main/java/io/taskrouter/local/wire/generated/Routes.java")))
        .contains("new Route(\"POST\", \"/v1/Workspaces/{WorkspaceSid}/Probes/Bulk\", \"CreateProbeBulk\", Route.Body.JSON, List.of(\"WorkspaceSid\"))")
        .contains("case \"CreateProbeBulk\" -> handlers.createProbeBulk(CreateProbeBulkRequest.decode(request), context);");
    try (Stream<Path> files = Files.list(out.resolve("src/main/java/io/taskrouter/local/wire/generated"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("ProbeSource.java", "ProbeWriter.java", "ProbeRunSource.java")
          .doesNotContain("ProbeBulkRequestSource.java", "OrderSource.java");
    }
  }

  @Test
  void aSourceHasOneTypedAccessorPerFieldAndItsWriterWritesEachInSpecOrder(@TempDir Path out) throws IOException {
    String source = generate(out, "ProbeSource.java");
    String writer = Files.readString(out.resolve("src/main/java/io/taskrouter/local/wire/generated/ProbeWriter.java"));

    assertThat(source).contains("String order();").contains("@Nullable Instant startedAt();").contains("long runs();")
        .contains("@Nullable ProbeRunSource last();").contains("List<? extends ProbeRunSource> history();")
        .contains("Map<String, ? extends ProbeRunSource> byState();");
    assertThat(writer).containsSubsequence(
        "out.name(\"order\").value(JsonWriter.present(source.order(), \"Probe.order\"));",
        "out.name(\"started_at\").value(source.startedAt());",
        "out.name(\"runs\").value(source.runs());",
        "out.name(\"last\"); ProbeRunWriter.write(out, source.last());",
        "out.name(\"history\").array(JsonWriter.present(source.history(), \"Probe.history\"), ProbeRunWriter::write);",
        "out.name(\"by_state\").object(JsonWriter.present(source.byState(), \"Probe.by_state\"), ProbeRunWriter::write);");
  }
}
