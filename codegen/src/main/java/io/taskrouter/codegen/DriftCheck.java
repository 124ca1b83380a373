package io.taskrouter.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares freshly generated sources with the committed copy in {@code generated/}: generated code
 * is reviewed in the repository, so the build refuses a copy that the spec or templates no longer
 * produce (a hand edit, or a spec change that was not regenerated).
 */
final class DriftCheck {
  private DriftCheck() {}

  static void compare(Path fresh, Path committed) {
    List<String> differences = differences(fresh, committed);
    if (!differences.isEmpty()) {
      String shown = differences.stream().limit(25).collect(Collectors.joining("\n  "));
      throw new IllegalStateException("generated/ is out of date with openapi/ and templates/ ("
          + differences.size() + " file(s) differ):\n  " + shown
          + "\nRegenerate it with: mvn -B -Pregenerate -pl sdk -am generate-sources"
          + " and commit the result. Never edit generated/ by hand.");
    }
  }

  static List<String> differences(Path fresh, Path committed) {
    Set<String> freshFiles = files(fresh);
    Set<String> committedFiles = files(committed);
    Set<String> all = new TreeSet<>(freshFiles);
    all.addAll(committedFiles);
    List<String> out = new ArrayList<>();
    for (String file : all) {
      if (!committedFiles.contains(file)) {
        out.add("missing from generated/: " + file);
      } else if (!freshFiles.contains(file)) {
        out.add("no longer generated: " + file);
      } else if (!sameContent(fresh.resolve(file), committed.resolve(file))) {
        out.add("differs: " + file);
      }
    }
    return out;
  }

  private static Set<String> files(Path root) {
    if (!Files.isDirectory(root)) {
      return new TreeSet<>();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(".openapi-generator"))
          .filter(p -> !p.equals("README.md"))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameContent(Path a, Path b) {
    try {
      // Line endings may differ on a Windows checkout; the content may not.
      return Arrays.equals(normalize(Files.readAllBytes(a)), normalize(Files.readAllBytes(b)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] normalize(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
