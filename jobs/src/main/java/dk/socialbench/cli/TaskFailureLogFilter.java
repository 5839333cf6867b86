package dk.socialbench.cli;

import dk.socialbench.UserError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.core.filter.AbstractFilterable;

/**
 * Keeps Spark's own report of a task that failed with a {@link UserError} (a bad delivery found on
 * an executor) off the console: the executor's ERROR with the stack trace, the scheduler's WARN
 * "Lost task" that repeats it, the WARNs of the tasks it cancelled, and the ERROR "aborting job" of
 * that stage. The command line then prints the error's message once, as for any other bad input
 * ({@link UserErrorHandler}). Every other event passes, so a genuine failure keeps its trace.
 */
final class TaskFailureLogFilter extends AbstractFilter {
  private static final String USER_ERROR = UserError.class.getName();
  private static final Pattern STAGE = Pattern.compile("in stage (\\d+\\.\\d+)");

  private final Set<String> stagesFailedByUserError = ConcurrentHashMap.newKeySet();

  /** Adds the filter to every appender of the current logging configuration. */
  static void install() {
    if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
      return; // not log4j-core: nothing of ours to configure
    }
    TaskFailureLogFilter filter = new TaskFailureLogFilter();
    filter.start();
    for (Appender appender : context.getConfiguration().getAppenders().values()) {
      if (appender instanceof AbstractFilterable filterable) {
        filterable.addFilter(filter);
      }
    }
  }

  @Override
  public Result filter(LogEvent event) {
    String message = event.getMessage() == null ? "" : event.getMessage().getFormattedMessage();
    if (UserError.find(event.getThrown()) != null || message.contains(USER_ERROR)) {
      Matcher stage = STAGE.matcher(message);
      if (stage.find()) {
        stagesFailedByUserError.add(stage.group(1));
      }
      return Result.DENY;
    }
    if (message.contains("aborting job")) {
      Matcher stage = STAGE.matcher(message);
      if (stage.find() && stagesFailedByUserError.contains(stage.group(1))) {
        return Result.DENY;
      }
    }
    return Result.NEUTRAL;
  }
}
