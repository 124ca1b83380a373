package io.taskrouter.local.sdk;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of {@code openapi/taskrouter.yaml}: method, path template and operationId of each,
 * read from the spec itself, and the operation a concrete request (method and path) is an instance of.
 */
final class SpecOperations {
  /** One operation of the spec. */
  record Operation(String method, String pathTemplate, String operationId) {
    private List<String> segments() {
      return List.of(pathTemplate.substring(1).split("/"));
    }

    /** The number of literal (non-parameter) segments: the more, the more specific the template. */
    long literalSegments() {
      return segments().stream().filter(s -> !s.startsWith("{")).count();
    }

    boolean matches(String requestMethod, String path) {
      if (!method.equalsIgnoreCase(requestMethod)) {
        return false;
      }
      List<String> template = segments();
      String[] actual = path.substring(1).split("/", -1);
      if (actual.length != template.size()) {
        return false;
      }
      for (int i = 0; i < actual.length; i++) {
        String expected = template.get(i);
        boolean parameter = expected.startsWith("{") && expected.endsWith("}");
        if (parameter ? actual[i].isEmpty() : !expected.equals(actual[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private static volatile SpecOperations loaded;

  private final List<Operation> operations;

  private SpecOperations(List<Operation> operations) {
    this.operations = List.copyOf(operations);
  }

  /** The spec named by the {@code taskrouter.spec} system property (set by the build), parsed once. */
  static SpecOperations load() {
    SpecOperations current = loaded;
    if (current == null) {
      synchronized (SpecOperations.class) {
        current = loaded;
        if (current == null) {
          current = read(specPath());
          loaded = current;
        }
      }
    }
    return current;
  }

  static Path specPath() {
    return Path.of(System.getProperty("taskrouter.spec", "../openapi/taskrouter.yaml")).toAbsolutePath().normalize();
  }

  static SpecOperations read(Path spec) {
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("no OpenAPI description at " + spec);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
    if (api == null || api.getPaths() == null) {
      throw new IllegalStateException("could not parse " + spec);
    }
    List<Operation> operations = new ArrayList<>();
    api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
        operations.add(new Operation(method.name().toUpperCase(Locale.ROOT), template, operation.getOperationId()))));
    return new SpecOperations(operations);
  }

  List<Operation> all() {
    return operations;
  }

  /** Every operationId of the spec. */
  Set<String> operationIds() {
    Set<String> ids = new TreeSet<>();
    operations.forEach(o -> ids.add(o.operationId()));
    return ids;
  }

  /**
   * The operation a request is an instance of. A literal segment beats a parameter
   * ({@code /TaskQueues/Statistics} is not {@code /TaskQueues/{Sid}}).
   */
  Optional<Operation> operationOf(String method, String encodedPath) {
    return operations.stream()
        .filter(o -> o.matches(method, encodedPath))
        .max(Comparator.comparingLong(Operation::literalSegments));
  }
}
