package io.taskrouter.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One level of the facade: the root ({@code client.workspaces()}), a workspace
 * ({@code client.workspace(ws).tasks()}), a task ({@code ...task(sid).reservations()}), and so on.
 * A scope binds the path parameters above it; it hands out the resources whose operations need
 * exactly those parameters, and the child scopes that bind one more.
 */
public final class ScopeView {
  public final String className;
  public final boolean root;
  public final String description;
  /** The path parameters this scope binds, outermost first. */
  public final List<ParamView> params;
  public final List<ResourceRef> resources = new ArrayList<>();
  public final List<ChildRef> children = new ArrayList<>();

  /** A resource handed out by a scope. */
  public static final class ResourceRef {
    public final String accessor;
    public final String className;
    public final String description;

    ResourceRef(String accessor, String className, String description) {
      this.accessor = accessor;
      this.className = className;
      this.description = description;
    }
  }

  /** A child scope, reached by naming one more SID. */
  public static final class ChildRef {
    public final String accessor;
    public final String className;
    public final ParamView param;
    public final String noun;

    ChildRef(String accessor, String className, ParamView param, String noun) {
      this.accessor = accessor;
      this.className = className;
      this.param = param;
      this.noun = noun;
    }
  }

  private ScopeView(String className, List<ParamView> params, String description) {
    this.className = className;
    this.root = params.isEmpty();
    this.params = params;
    this.description = description;
  }

  public boolean isHasParams() {
    return !params.isEmpty();
  }

  /** Builds every scope that the operations need, with their resources and child scopes. */
  static List<ScopeView> build(List<OperationView> operations, TaskRouterCodegen codegen) {
    Map<List<String>, ScopeView> scopes = new LinkedHashMap<>();
    scopes.put(List.of(), new ScopeView("RootScope", List.of(), "the top of the API"));
    for (OperationView op : operations) {
      List<ParamView> chain = op.scopeParams;
      for (int depth = 1; depth <= chain.size(); depth++) {
        List<ParamView> prefix = chain.subList(0, depth);
        List<String> key = prefix.stream().map(p -> p.wireName).collect(Collectors.toList());
        if (!scopes.containsKey(key)) {
          String noun = noun(prefix.get(depth - 1).wireName);
          ScopeView scope = new ScopeView(noun + "Scope", List.copyOf(prefix), "one " + spaced(noun));
          scopes.put(key, scope);
          ScopeView parent = scopes.get(key.subList(0, depth - 1));
          parent.children.add(new ChildRef(Names.lowerCamel(noun), scope.className,
              prefix.get(depth - 1), spaced(noun)));
        }
      }
    }
    for (OperationView op : operations) {
      ScopeView scope = scopes.get(op.scopeParams.stream().map(p -> p.wireName).collect(Collectors.toList()));
      String resourceClass = codegen.toApiName(op.tag) + "Resource";
      if (scope.resources.stream().noneMatch(r -> r.className.equals(resourceClass))) {
        var tag = codegen.findTag(op.tag);
        scope.resources.add(new ResourceRef(codegen.accessorFor(op.tag), resourceClass,
            tag == null ? null : codegen.escapeText(tag.getDescription())));
      }
    }
    return new ArrayList<>(scopes.values());
  }

  /** {@code TaskQueueSid} -> {@code TaskQueue}. */
  private static String noun(String sidParam) {
    return sidParam.endsWith("Sid") ? sidParam.substring(0, sidParam.length() - 3) : sidParam;
  }

  /** {@code TaskQueue} -> {@code task queue}. */
  private static String spaced(String noun) {
    return noun.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
