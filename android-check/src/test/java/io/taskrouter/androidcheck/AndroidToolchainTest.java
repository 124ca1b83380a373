package io.taskrouter.androidcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.android.tools.r8.CompilationMode;
import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.Diagnostic;
import com.android.tools.r8.DiagnosticsHandler;
import com.android.tools.r8.JdkClassFileProvider;
import com.android.tools.r8.OutputMode;
import com.android.tools.r8.R8;
import com.android.tools.r8.R8Command;
import com.android.tools.r8.origin.Origin;
import io.taskrouter.local.TaskRouterLocal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK on Android's toolchain. D8 dexes the SDK and its runtime closure for API 26 with no
 * error; R8 in full mode, given only the consumer rules the jars ship and the app's own entry
 * point, shrinks and obfuscates {@link ShrunkApp}, which then runs against the local server with
 * the right results. The SDK ships no keep rule (Retrofit's, OkHttp's and Moshi's cover what it
 * does reflectively), so the one run is also the proof that it needs none. The library is the running JDK rather than android.jar (which is not on Maven
 * Central); the API level itself is checked by animal-sniffer in the SDK's build.
 */
class AndroidToolchainTest {
  @TempDir
  Path work;

  private static List<Path> closure() throws IOException {
    String listed = new String(Files.readAllBytes(Paths.get(System.getProperty("app.closure"))), StandardCharsets.UTF_8).trim();
    return Arrays.stream(listed.split(java.io.File.pathSeparator)).map(Paths::get).collect(Collectors.toList());
  }

  @Test
  void d8DexesTheSdkAndItsClosureForApi26WithoutErrors() throws Exception {
    Recorded diagnostics = new Recorded();
    Path dex = Files.createDirectories(work.resolve("dex"));

    D8.run(D8Command.builder(diagnostics)
        .addProgramFiles(closure())
        .addLibraryResourceProvider(JdkClassFileProvider.fromSystemJdk())
        .setMinApiLevel(26)
        .setMode(CompilationMode.RELEASE)
        .setOutput(dex, OutputMode.DexIndexed)
        .build());

    assertThat(diagnostics.errors).isEmpty();
    assertThat(dex.resolve("classes.dex")).exists();
  }

  @Test
  void r8InFullModeWithTheShippedConsumerRulesShrinksAnAppThatStillWorks() throws Exception {
    List<Path> program = new ArrayList<>(closure());
    program.add(jar(Paths.get(System.getProperty("app.classes")), work.resolve("app.jar")));
    List<String> rules = new ArrayList<>();
    for (Path jar : program) {
      List<String> shipped = shippedRules(jar);
      if (jar.getFileName().toString().startsWith("taskrouter-sdk-")) {
        // The SDK ships none (its rule file says why): this run, then, is also the run without the
        // SDK's rules, and a rule added to the file would be unproven. (R8 reads the rules embedded
        // in its program jars by itself too; passing them again changes nothing.)
        assertThat(shipped).as("the SDK's consumer rules").isNotEmpty()
            .allMatch(line -> line.trim().isEmpty() || line.trim().startsWith("#"));
      }
      rules.addAll(shipped);
    }
    // The app's own entry point, as any app declares it; nothing for the SDK or its libraries.
    rules.add("-keep class io.taskrouter.androidcheck.ShrunkApp { public static void main(java.lang.String[]); }");
    // The library here is the JDK, not android.jar: Android's own classes are missing by design.
    rules.add("-dontwarn android.**");
    Recorded diagnostics = new Recorded();
    Path shrunk = work.resolve("shrunk.jar");

    R8.run(R8Command.builder(diagnostics)
        .addProgramFiles(program)
        .addLibraryResourceProvider(JdkClassFileProvider.fromSystemJdk())
        .addProguardConfiguration(rules, Origin.unknown())
        .setProguardCompatibility(false)
        .setMode(CompilationMode.RELEASE)
        .setOutput(shrunk, OutputMode.ClassFile)
        .build());

    assertThat(diagnostics.errors).isEmpty();
    try (JarFile out = new JarFile(shrunk.toFile())) {
      assertThat(out.getEntry("io/taskrouter/sdk/model/Task.class")).as("models are renamed").isNull();
      assertThat(out.getEntry("io/taskrouter/sdk/internal/api/TasksApi.class")).as("Retrofit interfaces are renamed")
          .isNull();
      assertThat(Files.size(shrunk)).as("shrunk").isLessThan(sizeOf(program) / 2);
    }
    try (TaskRouterLocal server = TaskRouterLocal.start()) {
      List<String> lines = run(shrunk, server.baseUrl(), server.accountSid());

      assertThat(lines).anyMatch(l -> l.matches("workspace WS[0-9a-f]{32}"));
      assertThat(lines).anyMatch(l -> l.matches("worker alice WK[0-9a-f]{32}"));
      assertThat(lines).anyMatch(l -> l.matches("task WT[0-9a-f]{32} pending gold"));
      assertThat(lines).contains("listed 4");
      // The error body was parsed (20404), the operation's id read from @OperationInfo, names obfuscated.
      assertThat(lines).anyMatch(l -> l.matches("error 404 20404 \\S+ FetchTask GET http://\\S+/Tasks/WT0{32}"))
          .noneMatch(l -> l.contains("NotFoundException"));
      assertThat(lines).anyMatch(l -> l.matches("async true \\S+"));
    }
  }

  private static List<String> shippedRules(Path jar) throws IOException {
    List<String> rules = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().startsWith("META-INF/proguard/") && !entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            rules.addAll(Arrays.asList(new String(readAll(in), StandardCharsets.UTF_8).split("\n")));
          }
        }
      }
    }
    return rules;
  }

  private static List<String> run(Path jar, String baseUrl, String account) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", jar.toString(),
        "io.taskrouter.androidcheck.ShrunkApp", baseUrl, account).redirectErrorStream(true).start();
    byte[] out = readAll(process.getInputStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the app ends").isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return Arrays.asList(text.split("\\R"));
  }

  private static Path jar(Path classes, Path target) throws IOException {
    try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
    return target;
  }

  private static long sizeOf(List<Path> jars) throws IOException {
    long total = 0;
    for (Path jar : jars) {
      total += Files.size(jar);
    }
    return total;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static final class Recorded implements DiagnosticsHandler {
    final List<String> errors = new ArrayList<>();

    @Override
    public void error(Diagnostic diagnostic) {
      errors.add(diagnostic.getDiagnosticMessage());
    }

    @Override
    public void warning(Diagnostic diagnostic) {
      // Warnings (missing optional classes the shipped rules do not mention) do not fail the build.
    }
  }
}
