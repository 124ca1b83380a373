package io.taskrouter.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the files OpenAPI Generator has no slot for (one per operation, one per scope) with the
 * same Mustache engine and the same template folder as the files it renders itself.
 */
final class ExtraFileRenderer {
  private final Path templateDir;
  private final Path outputDir;
  private final Mustache.Compiler compiler;
  private final Map<String, Template> cache = new HashMap<>();

  ExtraFileRenderer(Path templateDir, Path outputDir) {
    this.templateDir = templateDir;
    this.outputDir = outputDir;
    this.compiler = Mustache.compiler()
        .escapeHTML(false)
        .defaultValue("")
        .emptyStringIsFalse(true)
        .withLoader(name -> Files.newBufferedReader(templateDir.resolve(name + ".mustache"), StandardCharsets.UTF_8));
  }

  void render(String templateName, Path relativeTarget, Map<String, Object> data) {
    Template template = cache.computeIfAbsent(templateName, this::compile);
    Path target = outputDir.resolve(relativeTarget);
    try {
      Files.createDirectories(target.getParent());
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        template.execute(data, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private Template compile(String name) {
    try (Reader reader = Files.newBufferedReader(templateDir.resolve(name), StandardCharsets.UTF_8)) {
      return compiler.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }
}
