package dk.socialbench.cli;

import picocli.CommandLine.Command;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Not built yet.")
final class GenerateCommand implements Runnable {
  @Override
  public void run() {
    throw new UnsupportedOperationException("generate is not built yet");
  }
}
