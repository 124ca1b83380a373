package io.taskrouter.codegen;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One operation as the local server sees it: its route, its request record (every parameter with
 * its constraints) and the handler method it is dispatched to. Built on the SDK's
 * {@link OperationView}, which already knows the operation's id, method, path and parameters.
 */
public final class ServerOperationView {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  public final OperationView op;
  public final String operationId;
  public final String httpMethod;
  /** The path template with its leading slash, as requests carry it. */
  public final String pathTemplate;
  public final String handlerMethod;
  public final String recordName;
  /** NONE, FORM or JSON (names of Route.Body). */
  public final String body;
  /** Java expression: the list of path parameter names. */
  public final String pathParamList;
  public final List<ServerParamView> params = new ArrayList<>();
  public final String successStatus;
  /** The writer of the success response's schema, or null for a response without a body. */
  public final String responseWriter;

  @SuppressWarnings("rawtypes")
  ServerOperationView(OperationView op, Operation raw, ServerTypes types, TaskRouterServerCodegen codegen) {
    this.op = op;
    this.operationId = op.operationId;
    this.httpMethod = op.httpMethod;
    this.pathTemplate = "/" + op.path;
    this.handlerMethod = op.apiMethod;
    this.recordName = Names.upperCamel(operationId) + "Request";

    List<String> pathParams = new ArrayList<>();
    Matcher m = PATH_PARAM.matcher(pathTemplate);
    while (m.find()) {
      pathParams.add(m.group(1));
    }
    this.pathParamList = pathParams.isEmpty() ? "List.of()"
        : "List.of(" + pathParams.stream().map(Names::javaString).collect(Collectors.joining(", ")) + ")";

    Map<String, ParamView> known = new HashMap<>();
    op.wireParams.forEach(p -> known.put(p.wireName, p));
    if (raw.getParameters() != null) {
      for (Parameter p : raw.getParameters()) {
        ParamView view = known.get(p.getName());
        String location = p.getIn().toUpperCase(Locale.ROOT);
        params.add(new ServerParamView(p.getName(), view != null ? view.name : codegen.toParamName(p.getName()),
            location, Boolean.TRUE.equals(p.getRequired()), p.getSchema(), p.getExplode(),
            view != null ? view.description : codegen.escapeText(p.getDescription()), types));
      }
    }
    String bodyKind = "NONE";
    if (raw.getRequestBody() != null && raw.getRequestBody().getContent() != null) {
      for (Map.Entry<String, MediaType> content : raw.getRequestBody().getContent().entrySet()) {
        boolean form = content.getKey().startsWith("application/x-www-form-urlencoded");
        boolean json = content.getKey().contains("json");
        if (!form && !json) {
          throw new IllegalArgumentException(operationId + ": the server decodes form and JSON bodies only, not "
              + content.getKey());
        }
        bodyKind = form ? "FORM" : "JSON";
        Schema schema = types.resolve(content.getValue().getSchema());
        List<?> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
          ParamView view = form ? known.get(property.getKey()) : null;
          params.add(new ServerParamView(property.getKey(),
              view != null ? view.name : codegen.toParamName(property.getKey()), bodyKind,
              required.contains(property.getKey()), property.getValue(), null,
              view != null ? view.description : codegen.escapeText(property.getValue().getDescription()), types));
        }
      }
    }
    this.body = bodyKind;

    String status = null;
    String writer = null;
    for (Map.Entry<String, ApiResponse> response : raw.getResponses().entrySet()) {
      if (response.getKey().startsWith("2")) {
        status = response.getKey();
        ApiResponse value = response.getValue();
        if (value.getContent() != null && value.getContent().get("application/json") != null) {
          String ref = types.refName(value.getContent().get("application/json").getSchema());
          writer = ref == null ? null : codegen.toModelName(ref) + "Writer";
        }
      }
    }
    this.successStatus = status;
    this.responseWriter = writer;
  }

  public boolean isHasParams() {
    return !params.isEmpty();
  }
}
