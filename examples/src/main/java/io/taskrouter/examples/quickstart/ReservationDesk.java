package io.taskrouter.examples.quickstart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the story's reservations are answered: an assignment-callback endpoint, or REST polling. */
interface ReservationDesk extends AutoCloseable {

  /** The URL to give the workflow as its assignment callback, or null when answering through REST. */
  @Nullable String callbackUrl();

  /** One line for the trace: how reservations are answered. */
  String describe();

  /** Gives the desk a chance to answer what is pending now (REST polling); a callback desk waits. */
  void answerPending(String workspaceSid, String taskSid);

  /** Every offer answered so far, in order. */
  List<Offer> offers();

  @Override
  void close();
}
