package dk.socialbench.cli;

import dk.socialbench.UserError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a {@link UserError} as one clear message and exit code 2; anything else is a bug and keeps
 * its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed)
      throws Exception {
    UserError user = UserError.find(e);
    if (user != null) {
      cl.getErr().println("socialbench: " + user.getMessage());
      return 2;
    }
    throw e;
  }
}
