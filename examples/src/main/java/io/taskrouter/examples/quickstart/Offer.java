package io.taskrouter.examples.quickstart;

/** A reservation as the quickstart saw it: which task was offered to whom, and the answer given. */
record Offer(String reservationSid, String taskSid, String workerSid, String workerName, String answer) {}
