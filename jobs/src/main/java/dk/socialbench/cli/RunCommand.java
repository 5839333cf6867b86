package dk.socialbench.cli;

import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Not built yet.")
final class RunCommand implements Runnable {
  @Override
  public void run() {
    throw new UnsupportedOperationException("run is not built yet");
  }
}
