package dk.socialbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code socialbench} command line of the jobs module: one subcommand per class. */
@Command(
    name = "socialbench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cross-municipal analyses of adult social services (SEL §85 and §107).",
    subcommands = {
      GenerateCommand.class,
      RunCommand.class,
      DemoCommand.class,
      BenchmarkCommand.class,
      AuditCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    TaskFailureLogFilter.install();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests execute it in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
