package io.taskrouter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The blocks that the examples' sources (main and test) mark with {@code // README:name} ...
 * {@code // README:end}, each as the README must show it: without the indentation they have in the
 * source.
 */
final class ReadmeSnippets {
  private static final Pattern MARKED = Pattern.compile("// README:([a-z-]+)\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL);

  private ReadmeSnippets() {}

  /** Every marked block of the example tests, by name. */
  static Map<String, String> inTestSources() throws IOException {
    return in("examples/src/test/java/io/taskrouter/examples");
  }

  /** Every marked block of the compiled examples (the seed's calls, reservations, webhooks...), by name. */
  static Map<String, String> inMainSources() throws IOException {
    return in("examples/src/main/java/io/taskrouter/examples");
  }

  private static Map<String, String> in(String folder) throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    try (Stream<Path> sources = Files.list(root().resolve(folder))) {
      sources.filter(p -> p.toString().endsWith(".java")).sorted().forEach(source -> {
        Matcher block = MARKED.matcher(read(source));
        while (block.find()) {
          snippets.put(block.group(1), unindented(block.group(2)));
        }
      });
    }
    return snippets;
  }

  static void assertReadmeShowsAll(Map<String, String> snippets) throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    snippets.forEach((name, text) -> assertThat(readme).as("README shows the %s snippet", name).contains(text));
  }

  private static String unindented(String block) {
    int margin = block.lines().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    block.lines().forEach(line -> out.append(line.isBlank() ? "" : line.substring(margin)).append('\n'));
    return out.toString().stripTrailing();
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("examples")) ? here : here.getParent();
  }
}
