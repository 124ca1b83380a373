package io.taskrouter.codegen;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenType;

/**
 * OpenAPI Generator configuration for the local server's wire layer. It reads the spec the same
 * way as the SDK's generator (it is one: the operations, parameters and names are the SDK's
 * {@link OperationView}s and {@link ParamView}s) and renders, from {@code templates/server/}, into
 * {@code io.taskrouter.local.wire.generated}:
 * <ul>
 *   <li>per operation, a request record holding every parameter with its Java type and a decoder
 *       that checks everything the spec says ({@code request.mustache});
 *   <li>{@code OperationHandlers}, one method per operation, and {@code Routes}, the route table
 *       and the dispatch from a route to its handler method;
 *   <li>per response schema, a {@code Source} interface (one accessor per field) and a writer that
 *       emits exactly the schema's fields.
 * </ul>
 * The generated code relies on the hand-written runtime in {@code io.taskrouter.local.wire}. The SDK
 * generator's own files (models, Retrofit interfaces, resources, params, scopes) are not written.
 */
public class TaskRouterServerCodegen extends TaskRouterCodegen {
  static final String SERVER_PACKAGE = "io.taskrouter.local.wire.generated";

  public TaskRouterServerCodegen() {
    super();
    outputFolder = "target/generated-sources/taskrouter-server";
    modelTemplateFiles.clear();
    apiTemplateFiles.clear();
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.SERVER;
  }

  @Override
  public String getName() {
    return "taskrouter-local-server";
  }

  @Override
  public String getHelp() {
    return "Generates the local TaskRouter server's wire layer: request records and decoders, routes, handlers, writers.";
  }

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> bundle) {
    ExtraFileRenderer renderer = new ExtraFileRenderer(Paths.get(templateDir()), Paths.get(outputFolder));
    ServerTypes types = new ServerTypes(openAPI);

    List<ServerOperationView> operations = new ArrayList<>();
    for (OperationView op : operations()) {
      operations.add(new ServerOperationView(op, rawOperation(op), types, this));
    }
    for (ServerOperationView op : operations) {
      renderer.render("request.mustache", javaPath(op.recordName), data("op", op));
    }
    renderer.render("handlers.mustache", javaPath("OperationHandlers"), data("operations", operations));
    renderer.render("routes.mustache", javaPath("Routes"), data("operations", operations));

    for (Map.Entry<String, Schema> entry : responseSchemas().entrySet()) {
      ServerSchemaView schema = new ServerSchemaView(entry.getKey(), entry.getValue(), types, this);
      renderer.render("source.mustache", javaPath(schema.sourceName), data("schema", schema));
      renderer.render("writer.mustache", javaPath(schema.writerName), data("schema", schema));
    }
    renderer.render("package-info.mustache", javaPath("package-info"), data("package", SERVER_PACKAGE));
    return bundle;
  }

  private Operation rawOperation(OperationView op) {
    PathItem item = openAPI.getPaths().get("/" + op.path);
    Operation raw = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(op.httpMethod));
    if (raw == null) {
      throw new IllegalStateException("operation " + op.operationId + " not found at " + op.httpMethod + " /" + op.path);
    }
    return raw;
  }

  /** Every named object schema but those only sent as request bodies: the server renders them. */
  @SuppressWarnings("rawtypes")
  private Map<String, Schema> responseSchemas() {
    Set<String> requestOnly = new LinkedHashSet<>();
    openAPI.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
      if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
        operation.getRequestBody().getContent().values().forEach(media -> {
          if (media.getSchema() != null && media.getSchema().get$ref() != null) {
            requestOnly.add(org.openapitools.codegen.utils.ModelUtils.getSimpleRef(media.getSchema().get$ref()));
          }
        });
      }
    }));
    Map<String, Schema> schemas = new LinkedHashMap<>();
    openAPI.getComponents().getSchemas().forEach((name, schema) -> {
      boolean isEnum = schema.getEnum() != null && !schema.getEnum().isEmpty();
      if (!isEnum && !requestOnly.contains(name)) {
        schemas.put(name, schema);
      }
    });
    return schemas;
  }

  private static Map<String, Object> data(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(key, value);
    data.put("package", SERVER_PACKAGE);
    return data;
  }

  private static Path javaPath(String className) {
    return Paths.get("src/main/java", SERVER_PACKAGE.replace('.', '/'), className + ".java");
  }
}
