package dk.socialbench;

/**
 * A problem the user can fix (a malformed file, a missing key, a bad option): printed as its
 * message, without a stack trace. The message never contains a CPR number or a name.
 *
 * <p>Thrown by ingest, the generator and the pipeline, caught by the command lines of {@code jobs}
 * and {@code notebooks}: it lives in the root package, below every feature package, so that none of
 * them depends on another for it.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }

  /** The first {@code UserError} in the cause chain (Spark wraps executor failures), or null. */
  public static UserError find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UserError u) {
        return u;
      }
    }
    return null;
  }
}
