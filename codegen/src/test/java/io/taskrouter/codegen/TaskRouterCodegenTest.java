package io.taskrouter.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs the generator with the project's templates on a spec holding one operation the real API
 * does not have: it must come out as a Retrofit method, a parameter class, a resource and a scope
 * accessor, with nothing written by hand.
 */
class TaskRouterCodegenTest {
  private static final Path TEMPLATES = Paths.get("../templates").toAbsolutePath().normalize();

  private static final Path MINI = Paths.get("src/test/resources/mini.yaml").toAbsolutePath();

  private static void generate(Path out, Path committed) {
    generate(MINI, out, committed);
  }

  private static void generate(Path spec, Path out, Path committed) {
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName(TaskRouterCodegen.class.getName())
        .setInputSpec(spec.toString())
        .setTemplateDir(TEMPLATES.toString())
        .setOutputDir(out.toString())
        .addAdditionalProperty("driftCheckAgainst", committed == null ? "" : committed.toString());
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
  }

  private static String read(Path out, String file) throws IOException {
    return Files.readString(out.resolve("src/main/java/io/taskrouter/sdk").resolve(file));
  }

  @Test
  void aNewOperationBecomesCallableThroughTheFacade(@TempDir Path out) throws IOException {
    generate(out, null);

    assertThat(read(out, "internal/api/WorkspaceHealthApi.java"))
        .contains("@OperationInfo(id = \"FetchWorkspaceHealth\", idempotent = true)")
        .contains("@GET(\"v1/Workspaces/{WorkspaceSid}/Health\")")
        .contains("@Query(\"Verbose\") @Nullable Boolean verbose")
        .contains("@Query(\"Probe\") String probe");
    assertThat(read(out, "WorkspaceHealthResource.java"))
        .contains("public WorkspaceHealth fetch(Consumer<FetchWorkspaceHealthParams.Builder> options)")
        .contains("public CompletableFuture<WorkspaceHealth> fetchAsync(FetchWorkspaceHealthParams params)")
        // A required option: no overload without options.
        .doesNotContain("public WorkspaceHealth fetch() {");
    assertThat(read(out, "params/FetchWorkspaceHealthParams.java"))
        .contains("Checks.required(\"Probe\", probe)")
        .contains("Checks.expression(\"Probe\", probe, \"task\")");
    assertThat(read(out, "WorkspaceScope.java")).contains("public WorkspaceHealthResource health()");
    assertThat(read(out, "RootScope.java")).contains("public WorkspaceScope workspace(String workspaceSid)");
    assertThat(read(out, "model/WorkspaceHealth.java"))
        .contains("public HealthState getState()").contains("public @Nullable String getStateValue()")
        .contains("public int getChecks()")
        // Required: always sent, so a non-null getter and a check when read.
        .contains("public String getWorkspaceSid()")
        .contains("RequiredFields.check(reader, model.workspaceSid, \"WorkspaceHealth\", \"workspace_sid\");");
    assertThat(read(out, "model/HealthState.java")).contains("GREEN(\"green\")").contains("UNKNOWN(null)");
  }

  @Test
  void aFieldBothRequiredAndNullableIsRefused(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, Files.readString(MINI)
        .replace("workspace_sid: {type: string}", "workspace_sid: {type: string, nullable: true}"));

    assertThatThrownBy(() -> generate(spec, dir.resolve("out"), null))
        .hasStackTraceContaining("WorkspaceHealth.workspace_sid is both required and nullable");
  }

  @Test
  void theDriftCheckFailsWhenTheCommittedCopyDiffers(@TempDir Path fresh, @TempDir Path committed) throws IOException {
    generate(fresh, null);
    copy(fresh, committed);
    generate(fresh.resolve("again"), committed);

    Path resource = committed.resolve("src/main/java/io/taskrouter/sdk/WorkspaceHealthResource.java");
    Files.writeString(resource, Files.readString(resource) + "// edited by hand\n");

    assertThatThrownBy(() -> generate(fresh.resolve("third"), committed))
        .hasStackTraceContaining("differs: src/main/java/io/taskrouter/sdk/WorkspaceHealthResource.java");
  }

  @Test
  void driftIsReportedFileByFile(@TempDir Path a, @TempDir Path b) throws IOException {
    Files.writeString(a.resolve("same.java"), "x\n");
    Files.writeString(b.resolve("same.java"), "x\r\n");
    Files.writeString(a.resolve("new.java"), "y");
    Files.writeString(b.resolve("old.java"), "z");

    assertThat(DriftCheck.differences(a, b))
        .containsExactly("missing from generated/: new.java", "no longer generated: old.java");
  }

  @Test
  void wireNamesBecomeJavaNames() {
    assertThat(Names.lowerCamel("WorkspaceSid")).isEqualTo("workspaceSid");
    assertThat(Names.lowerCamel("If-Match")).isEqualTo("ifMatch");
    assertThat(Names.lowerCamel("account_sid")).isEqualTo("accountSid");
    assertThat(Names.upperCamel("task_queue_sid")).isEqualTo("TaskQueueSid");
    assertThat(Names.javaString("^WS[0-9]{32}$\\d\"")).isEqualTo("\"^WS[0-9]{32}$\\\\d\\\"\"");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          Path target = to.resolve(from.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }
}
