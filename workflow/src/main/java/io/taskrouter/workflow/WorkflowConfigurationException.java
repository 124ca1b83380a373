package io.taskrouter.workflow;

import org.jspecify.annotations.Nullable;

/**
 * A workflow configuration that is not valid: names the JSON path of what is wrong
 * ({@code $.task_routing.filters[1].targets[0].expression}) and, for an expression, the 0-based
 * character position of the problem inside it. The message starts with the path.
 */
public final class WorkflowConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int position;

  WorkflowConfigurationException(String path, int position, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.path = path;
    this.position = position;
  }

  /** @return the JSON path of the value that is wrong, {@code $} for the whole document */
  public String path() {
    return path;
  }

  /** @return the position of the problem inside the expression at {@link #path()}, or -1 when it is not an expression */
  public int position() {
    return position;
  }
}
