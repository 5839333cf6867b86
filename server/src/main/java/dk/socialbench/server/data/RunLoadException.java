package dk.socialbench.server.data;

/**
 * A run that cannot be served: its manifest or one of its published datasets is missing or does not
 * match the contract. The message names the run, the file and what to do.
 */
public final class RunLoadException extends Exception {
  public RunLoadException(String message) {
    super(message);
  }

  public RunLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
