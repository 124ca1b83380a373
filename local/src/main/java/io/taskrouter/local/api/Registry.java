package io.taskrouter.local.api;

/** Where operations are declared: implemented by the HTTP layer's route table. */
public interface Registry {

  /** How an operation's request body is read. */
  enum Body { FORM, JSON }

  void register(String method, String pathTemplate, String operationId, Body body, Handler handler);

  default void register(String method, String pathTemplate, String operationId, Handler handler) {
    register(method, pathTemplate, operationId, Body.FORM, handler);
  }
}
