package dk.socialbench.notebooks.run;

import dk.socialbench.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code socialbench notebook}: the analyst notebooks, run headless. */
@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    description =
        "Runs analyst notebooks (Jupyter format, Java) headless and writes their outputs.",
    subcommands = {NotebookRunCommand.class})
public final class NotebookCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests execute it in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new NotebookCommand());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          UserError user = UserError.find(e);
          if (user == null) {
            throw e;
          }
          line.getErr().println("socialbench notebook: " + user.getMessage());
          return 2;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
