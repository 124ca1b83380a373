package io.taskrouter.local.callback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what a class logs (through java.util.logging, the System.Logger default) until closed. */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture(Class<?> source) {
    logger = Logger.getLogger(source.getName());
    logger.addHandler(this);
    logger.setUseParentHandlers(false);
  }

  static LogCapture of(Class<?> source) {
    return new LogCapture(source);
  }

  /** The messages logged so far. */
  List<String> messages() {
    return records.stream().map(LogRecord::getMessage).toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setUseParentHandlers(true);
  }
}
