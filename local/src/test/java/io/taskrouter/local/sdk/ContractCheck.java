package io.taskrouter.local.sdk;

import io.taskrouter.local.support.ContractValidator;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The server tests' {@link ContractValidator} installed on the SDK's OkHttp client: every response the
 * SDK receives is validated against {@code openapi/taskrouter.yaml}. A violation is thrown into the
 * call (as the validator does) and also kept here, because the SDK may wrap what an interceptor throws
 * (an asynchronous call turns it into a failed future); {@link #assertNoViolations()} fails the test
 * whatever the SDK did with it.
 */
final class ContractCheck implements Interceptor {
  private final ContractValidator validator = ContractValidator.instance();
  private final ConcurrentLinkedQueue<AssertionError> violations = new ConcurrentLinkedQueue<>();
  private final AtomicLong validated = new AtomicLong();

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      Response response = validator.intercept(chain);
      validated.incrementAndGet();
      return response;
    } catch (AssertionError violation) {
      violations.add(violation);
      throw violation;
    }
  }

  /** Responses that passed validation. */
  long validated() {
    return validated.get();
  }

  List<AssertionError> violations() {
    return List.copyOf(violations);
  }

  /** Hands over the violations seen so far and forgets them (for a test that provokes one on purpose). */
  List<AssertionError> takeViolations() {
    List<AssertionError> taken = new java.util.ArrayList<>();
    AssertionError next;
    while ((next = violations.poll()) != null) {
      taken.add(next);
    }
    return taken;
  }

  void assertNoViolations() {
    List<AssertionError> seen = violations();
    if (!seen.isEmpty()) {
      AssertionError failure = new AssertionError(seen.size() + " response(s) violate openapi/taskrouter.yaml; first: "
          + seen.get(0).getMessage());
      seen.forEach(failure::addSuppressed);
      throw failure;
    }
  }
}
