package dk.socialbench.cli;

import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Not built yet.")
final class DemoCommand implements Runnable {
  @Override
  public void run() {
    throw new UnsupportedOperationException("demo is not built yet");
  }
}
