package dk.socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.UserError;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter.Result;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class TaskFailureLogFilterTest {
  private final TaskFailureLogFilter filter = new TaskFailureLogFilter();

  private static LogEvent event(Level level, String message, Throwable thrown) {
    return Log4jLogEvent.newBuilder()
        .setLoggerName("org.apache.spark.scheduler.TaskSetManager")
        .setLevel(level)
        .setMessage(new SimpleMessage(message))
        .setThrown(thrown)
        .build();
  }

  @Test
  void sparks_reports_of_a_task_failed_by_a_bad_delivery_are_kept_off_the_console() {
    UserError bad = new UserError("a.csv: line 5: a quoted cell is never closed");
    // As Spark 3.5 logs them, in this order, for one bad file.
    assertEquals(
        Result.DENY,
        filter.filter(event(Level.ERROR, "Exception in task 0.0 in stage 3.0 (TID 7)", bad)));
    assertEquals(
        Result.DENY,
        filter.filter(
            event(
                Level.WARN,
                "Lost task 0.0 in stage 3.0 (TID 7) (localhost executor driver):"
                    + " dk.socialbench.UserError: a.csv: line 5: ...\n\tat ...",
                null)));
    assertEquals(
        Result.DENY,
        filter.filter(
            event(Level.ERROR, "Task 0 in stage 3.0 failed 1 times; aborting job", null)));
    assertEquals(
        Result.DENY,
        filter.filter(event(Level.ERROR, "job failed", new SparkException("Job aborted", bad))));
  }

  @Test
  void every_other_failure_keeps_its_report() {
    RuntimeException bug = new IllegalStateException("a bug");
    assertEquals(
        Result.NEUTRAL,
        filter.filter(event(Level.ERROR, "Exception in task 0.0 in stage 4.0 (TID 9)", bug)));
    assertEquals(
        Result.NEUTRAL,
        filter.filter(
            event(Level.ERROR, "Task 0 in stage 4.0 failed 1 times; aborting job", null)));
    assertEquals(Result.NEUTRAL, filter.filter(event(Level.WARN, "something else", null)));
  }
}
